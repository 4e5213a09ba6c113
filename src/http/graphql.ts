// Apollo Server on a bare node:http request, as @apollo/server/standalone and the Express
// integration do it: read the body, hand Apollo method, headers, query string and body, then copy
// its status, headers and body (one string, or chunks for incremental delivery) back out.
import { IncomingMessage, ServerResponse } from "node:http";
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLResponse } from "@apollo/server";
import { jsonBodyReader, RequestBodyError } from "./body";
import { sendJson } from "./respond";

/** express.json()'s limit before this module replaced it ("1mb" meant 1024 × 1024 bytes). */
export const BODY_LIMIT = 1024 * 1024;

const readJsonBody = jsonBodyReader(BODY_LIMIT);

/** Builds the context from the request; what it throws, Apollo Server turns into the response. */
export type RequestContext<TContext> = (req: IncomingMessage) => Promise<TContext>;

export async function serveGraphQL<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: RequestContext<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(req, res);
  } catch (error) {
    if (!(error instanceof RequestBodyError)) throw error;
    if (res.destroyed) return;
    // Shaped like Apollo Server's own refusals (a missing body, a CSRF block), which clients parse.
    sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers: headerMap(req), search, body },
    context: () => context(req),
  });
  await writeResponse(res, response);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    // The client left: stop producing (leaving the loop ends Apollo's iterator).
    if (res.destroyed) return;
    res.write(chunk);
  }
  res.end();
}
