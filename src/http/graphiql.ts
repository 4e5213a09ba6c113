// GraphiQL served by the API itself, from npm packages (graphiql's browser bundle and React's),
// at /graphiql: the explorer for a laptop without the internet, where Apollo Sandbox (loaded
// from Apollo's servers) shows a blank page. Only where introspection is on.
import fs from "node:fs";
import { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { sendJson } from "./respond";

const GRAPHIQL_PATH = "/graphiql";

/**
 * The files the page loads, each from its package (found through its package.json: React's
 * exports do not list its browser builds), read once when first asked for.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

function assetFile({ pkg, file }: { pkg: string; file: string }): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

export interface ExplorerStart {
  /** The operation the editor opens with. */
  document: string;
  /** Headers it sends (in development, the generated editor token). */
  headers: Record<string, string>;
}

/** JSON inside a <script>: "</script>" and friends cannot end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

function page(start: ExplorerStart): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Newsdesk · GraphiQL</title>
<link rel="stylesheet" href="${GRAPHIQL_PATH}/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style></head>
<body><div id="graphiql">Loading GraphiQL…</div>
<script src="${GRAPHIQL_PATH}/react.js"></script>
<script src="${GRAPHIQL_PATH}/react-dom.js"></script>
<script src="${GRAPHIQL_PATH}/graphiql.js"></script>
<script>
  const start = ${scriptJson(start)};
  const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).href });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: start.document,
      defaultHeaders: JSON.stringify(start.headers, null, 2),
      defaultEditorToolsVisibility: "headers",
      shouldPersistHeaders: false,
    }),
  );
</script></body></html>`;
}

/** Answers GET /graphiql and its assets; resolves false for any other path. */
export function graphiqlHandler(start: ExplorerStart): (req: IncomingMessage, res: ServerResponse, path: string) => boolean {
  const html = page(start);
  const cache = new Map<string, Buffer>();
  return (req, res, path) => {
    if (path !== GRAPHIQL_PATH && !path.startsWith(`${GRAPHIQL_PATH}/`)) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      sendJson(res, 405, { error: "method not allowed" });
      return true;
    }
    const name = path.slice(GRAPHIQL_PATH.length + 1);
    const asset = name ? ASSETS[name] : undefined;
    if (name && !asset) {
      sendJson(res, 404, { error: "not found" });
      return true;
    }
    let body: Buffer;
    if (asset) {
      body = cache.get(name) ?? fs.readFileSync(assetFile(asset));
      cache.set(name, body);
      res.setHeader("content-type", `${asset.type}; charset=utf-8`);
      res.setHeader("cache-control", "public, max-age=3600");
    } else {
      body = Buffer.from(html);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("cache-control", "no-store");
    }
    res.setHeader("content-length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
