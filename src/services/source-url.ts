// One spelling per source: the same story ingested as `HTTPS://Example.com:443/a/#top` and
// `https://example.com/a` is one draft, not two.

/**
 * The canonical form of an http(s) URL: scheme and host in lower case, default port and
 * fragment dropped, dot segments resolved, trailing slashes of the path dropped. The query string
 * is kept as given (its order can matter to the site). Text that is not a URL comes back trimmed.
 */
export function normalizeSourceUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = "";
  const path = url.pathname.replace(/\/+$/, "");
  url.pathname = path || "/";
  const href = url.href;
  // "https://example.com/?q" and "https://example.com?q" are one source; so are ".../" and "...".
  return url.pathname === "/" ? href.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)\//, "$1") : href;
}
