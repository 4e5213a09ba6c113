// The one way the HTTP layer answers outside Apollo Server: a JSON body with a status.
import { ServerResponse } from "node:http";

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  // Node would count the body itself, but not for HEAD, where it writes none; probes send HEAD.
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}
