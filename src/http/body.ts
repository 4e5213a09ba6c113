// Reads a JSON request body with body-parser (size limit, charset and content-encoding checks,
// gzip/deflate/br, strict top level), as express.json() did before the server left Express.
import { IncomingMessage, ServerResponse } from "node:http";
import bodyParser from "body-parser";

/** A body the server will not read, with the HTTP status that says why. */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "RequestBodyError";
  }
}

interface BodyParserError {
  status?: number;
  type?: string;
  message: string;
}

/** What the client is told; never body-parser's own parse message, which quotes the body. */
function refusal(error: BodyParserError, limit: number): RequestBodyError {
  const status = error.status ?? 400;
  if (status === 413) return new RequestBodyError(413, `request body larger than ${limit} bytes`);
  if (status === 415) return new RequestBodyError(415, error.message);
  if (error.type === "entity.parse.failed") return new RequestBodyError(400, "request body is not valid JSON");
  return new RequestBodyError(400, "request body could not be read");
}

/**
 * A reader of JSON bodies up to `limit` decoded bytes (so a small compressed body cannot inflate
 * past it). It resolves to the parsed body, or undefined when there is none or it is not
 * `application/json` (Apollo Server then answers with its own 400), and rejects with a
 * RequestBodyError.
 */
export function jsonBodyReader(limit: number): (req: IncomingMessage, res: ServerResponse) => Promise<unknown> {
  const parse = bodyParser.json({ limit, strict: true });
  return (req, res) =>
    new Promise((resolve, reject) => {
      parse(req, res, (error?: unknown) => {
        if (error) reject(refusal(error as BodyParserError, limit));
        else resolve((req as IncomingMessage & { body?: unknown }).body);
      });
    });
}
