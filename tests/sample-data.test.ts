import { contextOf } from "../src/seed/sample-data";
import { slugify } from "../src/services/slugs";

describe("sample data helpers", () => {
  const body =
    "Trump has already begun to reshape the U.S. role in the world, for the “America first” policy he promised. Next one.\n\n" +
    "“If Putin likes Donald Trump, that’s an asset,” Trump said. “Now, I don’t know,” he said. “I hope I do.”";

  it("takes the whole sentence around a quote, not stopping at abbreviations", () => {
    const start = body.indexOf("America first");
    expect(contextOf(body, start, start + "America first".length)).toBe(
      "Trump has already begun to reshape the U.S. role in the world, for the “America first” policy he promised.",
    );
  });

  it("keeps a quote's context inside its own sentence and paragraph", () => {
    const start = body.indexOf("Now, I don’t know");
    expect(contextOf(body, start, start + "Now, I don’t know,".length)).toBe("“Now, I don’t know,” he said.");
    const last = body.indexOf("I hope I do.");
    expect(contextOf(body, last, last + "I hope I do.".length)).toBe("“I hope I do.”");
  });

  it("makes slugs of names with accents and punctuation", () => {
    expect(slugify("Kim Jong-un")).toBe("kim-jong-un");
    expect(slugify("  Ségolène Royal! ")).toBe("segolene-royal");
  });
});
