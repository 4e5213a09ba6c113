// The canonical spelling of a source URL (the key that makes re-ingesting a source idempotent).
import { normalizeSourceUrl } from "../src/services/source-url";

describe("normalizeSourceUrl", () => {
  it.each([
    ["HTTPS://Example.COM/a/b", "https://example.com/a/b"],
    ["https://example.com:443/a", "https://example.com/a"],
    ["http://example.com:80/a", "http://example.com/a"],
    ["http://example.com:8080/a", "http://example.com:8080/a"],
    ["https://example.com/a/b///", "https://example.com/a/b"],
    ["https://example.com/a#top", "https://example.com/a"],
    ["https://example.com/", "https://example.com"],
    ["https://example.com", "https://example.com"],
    ["https://example.com/?q=1", "https://example.com?q=1"],
    ["https://example.com/a/?q=1#x", "https://example.com/a?q=1"],
    ["https://example.com/a/../b", "https://example.com/b"],
    ["  https://example.com/a  ", "https://example.com/a"],
  ])("%s → %s", (raw, canonical) => {
    expect(normalizeSourceUrl(raw)).toBe(canonical);
  });

  it("keeps the query string as given (its order can matter)", () => {
    expect(normalizeSourceUrl("https://example.com/a?b=2&a=1")).toBe("https://example.com/a?b=2&a=1");
  });

  it("returns text that is not a URL trimmed", () => {
    expect(normalizeSourceUrl(" not a url ")).toBe("not a url");
  });
});
