// Extraction rules on short texts written for the purpose (not from the fixtures): attribution
// patterns, marks that are not quotes, organisations that look like names, page furniture.
import { extractArticle } from "../src/extraction";

const quotes = (text: string) => extractArticle(text).quotes.map((q) => [q.text, q.speaker, q.isFragment]);

describe("quote attribution", () => {
  it("reads 'said X, the Y of Z' and a split quote", () => {
    expect(quotes(`"We will not back down," said John Smith, the mayor of Springfield. "Not now, not ever."`)).toEqual([
      ["We will not back down,", "John Smith", false],
      ["Not now, not ever.", "John Smith", false],
    ]);
  });

  it("reads an appositive role, a colon intro and a pronoun", () => {
    expect(quotes(`Jane Doe, a spokeswoman for the company, said: "We are reviewing the decision." She added that "nothing has been decided yet."`)).toEqual([
      ["We are reviewing the decision.", "Jane Doe", false],
      ["nothing has been decided yet.", "Jane Doe", true],
    ]);
  });

  it("takes the speaker from the inverted phrase's last name, not its employer", () => {
    const e = extractArticle(`Goldman Sachs said profits rose. "Markets were strong," said Morgan Stanley analyst Betsy Graseck.`);
    expect(e.people.map((p) => p.name)).toEqual(["Betsy Graseck"]);
    expect(e.quotes[0].speaker).toBe("Betsy Graseck");
  });

  it("resolves 'she' to the subject, not the latest name", () => {
    expect(quotes(`Mary Barra, chief executive of General Motors, met union leader Shawn Fain on Monday. "We made progress," she said.`)).toEqual([
      ["We made progress,", "Mary Barra", false],
    ]);
  });

  it("gives organisations and unnamed people no speaker", () => {
    expect(quotes(`The White House said it was "deeply concerned." The Kremlin called the report 'fake news'. "It's a disaster," said one resident.`)).toEqual([
      ["deeply concerned.", null, true],
      ["fake news", null, true],
      ["It's a disaster,", null, false],
    ]);
  });

  it("carries a quote over paragraphs and keeps a short closing paragraph", () => {
    const text = `"The economy is slowing," Federal Reserve Chair Jerome Powell said on Wednesday.\n\n"We are prepared to act. We will watch the data.\n\n"But we are not in a hurry," he said.`;
    expect(quotes(text).map((q) => q[1])).toEqual(["Jerome Powell", "Jerome Powell", "Jerome Powell"]);
  });
});

describe("quote marks", () => {
  it("skips apostrophes, titles of works, words as words and nested quotes", () => {
    const text = `Putin's aide said the album, "Midnight Sun", used the word "comrade" twice. Officials didn't comment. Jeffrey stated "I underline 'to stop this program' now."`;
    expect(extractArticle(text).quotes.map((q) => q.text)).toEqual(["I underline 'to stop this program' now."]);
  });
});

describe("cleaning", () => {
  it("drops bylines, share prompts and a cut-off last line, and reads a dateline", () => {
    const e = extractArticle(
      `Mayor resigns after inquiry\n\nBy Ann Lee, City Reporter\n\nShare this:\n\nLONDON (Reuters) - The mayor resigned on Monday after a long inquiry into city finances.\n\nThe Voice of America reaches millions of peo`,
    );
    expect(e.headline).toBe("Mayor resigns after inquiry");
    expect(e.dateline).toBe("LONDON");
    expect(e.body).toBe("The mayor resigned on Monday after a long inquiry into city finances.");
    expect(e.droppedLines).toEqual(["By Ann Lee, City Reporter", "Share this:", "The Voice of America reaches millions of peo"]);
    expect(e.people).toEqual([]);
  });
});
