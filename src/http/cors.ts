// Cross-origin requests from editorial front ends served from another origin: which origins may
// call the API, answered by the maintained `cors` middleware (preflights, Vary: Origin, the
// allowed methods and headers).
import { IncomingMessage, ServerResponse } from "node:http";
import cors, { CorsOptions } from "cors";

/** Who may call from a browser: exact origins, `*` (anyone: readers-only deployments), or nobody. */
export type CorsOrigins = "*" | readonly (string | RegExp)[];

/** In development any port of localhost and 127.0.0.1: a front end's dev server, a Sandbox tab. */
export const DEVELOPMENT_ORIGINS: readonly RegExp[] = [/^http:\/\/localhost(:\d+)?$/, /^http:\/\/127\.0\.0\.1(:\d+)?$/];

/** Request headers a client may send: the body's type, a token, Apollo's CSRF header, a request id. */
const ALLOWED_HEADERS = ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"];

/**
 * Applies CORS to a request; resolves true when it has answered it itself (a preflight, 204).
 * Credentials (cookies) are never allowed with `*`; tokens travel in Authorization, not cookies,
 * so an allowed origin cannot borrow a reader's session either way.
 */
export function corsHandler(origins: CorsOrigins): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const options: CorsOptions = {
    origin: origins === "*" ? "*" : [...origins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ["x-request-id"],
    credentials: origins !== "*",
    maxAge: 600,
    optionsSuccessStatus: 204,
  };
  const middleware = cors(options);
  // No origin allowed (production's default): nothing to add to any answer, at no cost per request.
  if (origins !== "*" && origins.length === 0) return () => Promise.resolve(false);
  return (req, res) =>
    new Promise((resolve, reject) => {
      res.once("finish", () => resolve(true));
      middleware(req, res, (error?: unknown) =>
        error ? reject(error instanceof Error ? error : new Error("CORS middleware failed")) : resolve(false),
      );
    });
}
