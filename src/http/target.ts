// Where a request goes: the request target split into a route path and the query string Apollo reads.

/**
 * Path and query string ("?…", or "") of a request target. Express ignored one trailing slash, and
 * so does this. An absolute-form target (sent to proxies; servers must accept it) is parsed whole.
 */
export function splitTarget(target: string): { path: string; search: string } {
  if (!target.startsWith("/")) {
    try {
      const url = new URL(target);
      return { path: trimSlash(url.pathname), search: url.search };
    } catch {
      return { path: "", search: "" };
    }
  }
  const question = target.indexOf("?");
  if (question === -1) return { path: trimSlash(target), search: "" };
  return { path: trimSlash(target.slice(0, question)), search: target.slice(question) };
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
