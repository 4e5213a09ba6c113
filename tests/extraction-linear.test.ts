// Extraction on hostile input: every shape of bench/lib/hostile-text.ts, at 200 000 characters
// (what ingest accepts), is extracted without error into a well-formed result. How long it takes,
// and that doubling the input at most triples it, is `npm run bench:extraction-linear`'s to
// measure (run by .ci/run): tests do not time.
import { extractArticle } from "../src/extraction";
import { HOSTILE_TEXT } from "../bench/lib/hostile-text";

describe("extractArticle on hostile input", () => {
  it.each(HOSTILE_TEXT)("extracts %s (200 000 characters) into a well-formed result", (_name, make) => {
    const text = make(200_000);
    const result = extractArticle(text);
    expect(Array.isArray(result.quotes)).toBe(true);
    expect(Array.isArray(result.people)).toBe(true);
    // Whatever it found lies inside the text it was given (a hard wrap read as a space).
    const flat = text.replace(/\s+/g, " ");
    for (const quote of result.quotes) expect(flat).toContain(quote.text.slice(0, 40).replace(/\s+/g, " "));
  });
});
