// Extraction runs in time linear in its input: ingest takes whatever text a client sends, so one
// hostile shape (a line with no spaces, a run of quotation marks) must not cost seconds. Each
// shape is timed at 100 000 and 200 000 characters: the larger must finish well within a generous
// bound, and doubling the input may at most about triple the time (a quadratic step quadruples it).
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../src/extraction";

const realistic = fs.readFileSync(path.join(__dirname, "fixtures/articles/seed-trump-putin-call.txt"), "utf8");

/** `unit` repeated to exactly n characters. */
const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SHAPES: [string, (n: number) => string][] = [
  ["no spaces at all", (n) => repeat("abcdefghij", n)],
  ["no spaces, letters and punctuation", (n) => repeat("Ab.c,D-e'f", n)],
  ["one long line of words, no newline", (n) => repeat("the minister said that the plan would work ", n)],
  ["all quotation marks", (n) => repeat('"', n)],
  ["all curly and single marks", (n) => repeat("“‘”’'", n)],
  ["all capital words", (n) => repeat("Jane Roe Minister Smith ", n)],
  ['alternating "a" "b"', (n) => repeat('"a" "b" ', n)],
  ["quotes with attributions in one sentence", (n) => repeat('"yes," Roe said, "no," he said, ', n)],
  ["many short lines", (n) => repeat("Roe said.\n", n)],
  ["many short paragraphs and captions", (n) => repeat("Minister Jane Roe\n\n", n)],
  ["@ and . runs", (n) => repeat("@.", n)],
  ["runs of dots and marks", (n) => repeat(".", n / 2) + repeat('."', n / 2)],
  ["pipes and spaces", (n) => repeat("| ", n / 2) + repeat("|", n / 2)],
  ["a realistic article repeated", (n) => repeat(realistic + "\n\n", n)],
  // Round 5: the new person mechanisms (initials, particles, pseudonym frames, captions, slots).
  ["runs of initials and particles", (n) => repeat("J. K. L. van der de la Roe ", n)],
  [
    "pseudonym frames and pronoun quotes",
    (n) => repeat('A woman who gave her name only as Ana (not her real name) said "no," she said. ', n),
  ],
  ["lone surnames in speaker slots", (n) => repeat('"Yes," Roe said. "No," said Doe, who ran. Li said: "Maybe." ', n)],
  ["captions and pronouns", (n) => repeat('"We act," she said.\n\nJane Roe speaks on May 3. (Agency photo)\n\n', n)],
];

/** Best of two runs, in milliseconds. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    extractArticle(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("extractArticle on hostile input", () => {
  beforeAll(() => {
    // Warm the regular expressions and the JIT so the first shape is not charged for it.
    extractArticle(realistic);
  });

  it.each(SHAPES)("takes linear time on %s", (_name, make) => {
    const small = time(make(100_000));
    const large = time(make(200_000));
    expect(large).toBeLessThan(1500);
    // A few milliseconds of slack: at these sizes timer and GC noise is that large.
    expect(large).toBeLessThanOrEqual(3 * small + 25);
  });
});
