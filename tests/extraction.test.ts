// Extraction (src/extraction) on annotated articles: the accuracy bars over each set, and the seed
// article exactly. No database is used.
import path from "node:path";
import { extractArticle, SAMPLE_TOPIC_CANDIDATES, toExtractionJson } from "../src/extraction";
import { normalizeQuote, scoreArticle, totalScore } from "../src/extraction/evaluation";
import { loadAnnotatedArticles } from "../src/extraction/fixtures";

const articles = loadAnnotatedArticles(path.join(__dirname, "fixtures/articles"));
const seed = articles.find((a) => a.name === "seed-trump-putin-call")!;
const HOLDOUT5 = { quotes: 0.95, speakers: 0.95, people: 0.9, boilerplate: 0.95 };
// holdout6 (issue 15, round 2): a floor a little under its scores after tuning on it.
const HOLDOUT6 = { quotes: 0.95, speakers: 0.95, people: 0.9, boilerplate: 0.95 };
// holdout7 (issue 15, round 3; first runs in docs/extraction.md): a floor under its scores after
// tuning on it (quotes 0.98, speakers 1.00, people 0.94, boilerplate 46 of 48).
const HOLDOUT7 = { quotes: 0.95, speakers: 0.95, people: 0.9, boilerplate: 0.9 };
// holdout8 (issue 15, round 4; first runs in docs/extraction.md: speakers 0.50, people F1 0.72
// with the round-3 rules): a floor under its scores after tuning on it (quotes 1.00, speakers
// 1.00, people 1.00, boilerplate 63 of 63).
const HOLDOUT8 = { quotes: 0.95, speakers: 0.95, people: 0.93, boilerplate: 0.95 };
// holdout9 (issue 15, round 5; first runs in docs/extraction.md: batch 1 speakers 18/20, people
// F1 0.87; batches 2-3 13/13, 0.93; batches 4-6 8/10, 0.83): a floor under its scores after tuning
// on batches 1 and 4-6 (quotes 1.00, speakers 41/44 = 0.93, people 0.92, boilerplate 39 of 44).
const HOLDOUT9 = { quotes: 0.95, speakers: 0.9, people: 0.88, boilerplate: 0.85 };
// holdout10 (issue 15, round 6; first runs per batch in docs/extraction.md: batch 1 speakers 14/15,
// people F1 0.82; batches 2-4 15/26, 0.86): a floor a little under its scores after tuning on it
// (quotes 1.00, speakers 42/42, people 1.00, boilerplate 67 of 67).
const HOLDOUT10 = { quotes: 0.95, speakers: 0.95, people: 0.93, boilerplate: 0.95 };
// holdout11 (issue 15, round 7; first runs in docs/extraction.md, all five batches at 9b49720:
// quotes F1 0.96, speakers 32/35, people F1 0.92, boilerplate 44 of 47): a floor a little under
// its scores after tuning on it (quotes 0.97, speakers 36/36, people 1.00, boilerplate 47 of 47).
const HOLDOUT11 = { quotes: 0.95, speakers: 0.95, people: 0.95, boilerplate: 0.95 };
// holdout12 (issue 15, round 7): annotated beside holdout11 from the same share of sources by a
// second annotator, never read by the round-7 rule writer, and scored once with round 7's rules
// (docs/extraction-holdout12-first-run.txt: quotes F1 0.99, speakers 28/41, people F1 0.76,
// boilerplate 31 of 39). Tuned on in round 8 (quotes 0.99, speakers 39/41 = 0.95, people 0.94,
// boilerplate 38 of 39): a floor a little under that.
const HOLDOUT12 = { quotes: 0.95, speakers: 0.92, people: 0.9, boilerplate: 0.95 };
// holdout13 (issue 15, round 8; first runs per batch in docs/extraction.md, all five batches at
// 2d5130c: quotes F1 0.96, speakers 22/24, people F1 0.91, boilerplate 57 of 65): a floor a little
// under its scores after tuning on it.
const HOLDOUT13 = { quotes: 0.93, speakers: 0.92, people: 0.9, boilerplate: 0.95 };
// holdout14 (issue 15, round 9; first runs per batch in docs/extraction.md, all four batches at
// ec558b0: quotes F1 1.00, speakers 17/19, people F1 0.72, boilerplate 84 of 106): a floor a little
// under its scores after tuning on it.
const HOLDOUT14 = { quotes: 0.95, speakers: 0.95, people: 0.85, boilerplate: 0.93 };

// The development sets: the fixtures the rules were written on, and the holdout sets annotated
// later by someone who had not read the extractor (their first, unseen scores are in
// tests/fixtures/README.md; now that rules were generalised from their misses they guard
// regressions). holdout5 to holdout14 (issue 15) are gated at a floor a little under their current scores, not at
// the older sets' bars, which they do not all reach yet. The frozen set is reported, never gated.
const FULL = { quotes: 0.95, speakers: 0.95, people: 0.9, boilerplate: 1 };
describe.each([
  ["the annotated fixtures", articles, 9, FULL],
  ["the holdout articles", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout")), 10, FULL],
  ["the second holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout2")), 10, FULL],
  ["the third holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout3")), 10, FULL],
  ["the fourth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout4")), 7, FULL],
  ["the fifth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout5")), 26, HOLDOUT5],
  ["the sixth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout6")), 16, HOLDOUT6],
  ["the seventh holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout7")), 16, HOLDOUT7],
  ["the eighth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout8")), 12, HOLDOUT8],
  ["the ninth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout9")), 15, HOLDOUT9],
  ["the tenth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout10")), 18, HOLDOUT10],
  ["the eleventh holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout11")), 15, HOLDOUT11],
  ["the twelfth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout12")), 14, HOLDOUT12],
  ["the thirteenth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout13")), 13, HOLDOUT13],
  ["the fourteenth holdout", loadAnnotatedArticles(path.join(__dirname, "fixtures/holdout14")), 16, HOLDOUT14],
])("extractArticle on %s", (_name, set, size, bars) => {
  const rows = set.map((a) => scoreArticle(a.name, extractArticle(a.text), a.gold));
  const total = totalScore(rows);

  it(`finds the quotations (F1 >= ${bars.quotes})`, () => {
    expect(set.length).toBeGreaterThanOrEqual(size);
    expect(total.quotes.f1).toBeGreaterThanOrEqual(bars.quotes);
  });

  it(`attributes matched quotations to the right speaker (>= ${bars.speakers})`, () => {
    expect(total.speakerAccuracy).toBeGreaterThanOrEqual(bars.speakers);
  });

  it(`lists the people once each (F1 >= ${bars.people})`, () => {
    expect(total.people.f1).toBeGreaterThanOrEqual(bars.people);
  });

  it(`drops the boilerplate lines (>= ${bars.boilerplate} of them)`, () => {
    if (bars.boilerplate === 1) {
      const kept = rows.flatMap((r) => r.misses.filter((m) => m.startsWith("boilerplate kept")));
      expect(kept).toEqual([]);
    }
    expect(total.boilerplate.dropped).toBeGreaterThanOrEqual(bars.boilerplate * total.boilerplate.total);
  });
});

describe("extractArticle on the seed article", () => {
  const extraction = extractArticle(seed.text, { topics: SAMPLE_TOPIC_CANDIDATES });

  it("returns all ten quote spans in order with speaker and fragment flag", () => {
    const got = extraction.quotes.map((q) => ({ text: normalizeQuote(q.text), speaker: q.speaker, isFragment: q.isFragment }));
    const want = seed.gold.quotes.map((q) => ({ text: normalizeQuote(q.text), speaker: q.speaker, isFragment: !!q.fragment }));
    expect(got).toHaveLength(10);
    expect(got).toEqual(want);
  });

  it("keeps the quoted text exactly and points position at it in the body", () => {
    extraction.quotes.forEach((q, i) => {
      expect(q.text).toBe(seed.gold.quotes[i].text);
      expect(extraction.body.slice(q.position, q.position + q.text.length)).toBe(q.text);
      expect(q.context).toContain(q.text);
    });
  });

  it("resolves the 'he said' after a quote naming Putin to Donald Trump", () => {
    const quote = extraction.quotes.find((q) => q.text.startsWith("Now, I don’t know"))!;
    expect(quote.context).toMatch(/he said/);
    expect(quote.speaker).toBe("Donald Trump");
  });

  it("drops the two junk lines and reads the dateline", () => {
    expect(extraction.droppedLines).toEqual(seed.gold.boilerplate);
    expect(extraction.dateline).toBe("MOSCOW");
    expect(extraction.headline).toBeNull();
    expect(extraction.body.startsWith("President Trump and Russian President Vladimir Putin")).toBe(true);
    expect(extraction.body).not.toMatch(/subscribe|password/i);
  });

  it("lists each person once under the full name, organisations excluded", () => {
    // In order of first mention; "Obama" only appears as "the Obama administration".
    expect(extraction.people).toEqual([
      { name: "Donald Trump", aliases: ["Trump", "Donald Trump"] },
      { name: "Vladimir Putin", aliases: ["Vladimir Putin", "Putin"] },
      { name: "Obama", aliases: ["Obama"] },
      { name: "Sergei Lavrov", aliases: ["Sergei Lavrov", "Lavrov"] },
    ]);
  });

  it("suggests topics from the sample tree, best first", () => {
    expect(extraction.topics[0]).toBe("us-russia-relations");
    expect(extraction.topics).toEqual(expect.arrayContaining(["sanctions", "nato", "terrorism", "election-interference"]));
  });

  it("prints exactly the documented keys as JSON", () => {
    const json = toExtractionJson(extraction);
    expect(Object.keys(json)).toEqual(["headline", "dateline", "body", "droppedLines", "people", "quotes", "topics"]);
    expect(Object.keys(json.quotes[0])).toEqual(["text", "speaker", "isFragment"]);
  });
});
