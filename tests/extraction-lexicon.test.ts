// The lexicon (src/extraction/lexicon.ts) is the one place word lists live: each list is written
// without duplicates, lists that contradict each other share no word, and every list says what it
// is for. Other extraction modules build no word lists of their own.
import fs from "node:fs";
import path from "node:path";
import { RAW_LISTS } from "../src/extraction/lexicon";

const list = (name: string): readonly string[] => {
  const words = RAW_LISTS.get(name);
  if (!words) throw new Error(`no list ${name} in the lexicon`);
  return words;
};

/** The given-name lists: each name in one of them only. */
const NAME_LISTS = ["MALE_NAMES", "FEMALE_NAMES", "UNISEX_NAMES", "MORE_MALE_NAMES", "MORE_FEMALE_NAMES", "MORE_UNISEX_NAMES"];

/** Lists that must not share a word: a word in both would be read two contradictory ways. */
const CONFLICTING: [string, string, string][] = [
  ...NAME_LISTS.flatMap((a, i) =>
    NAME_LISTS.slice(i + 1).map((b) => [a, b, "a given name has one gender hint, in one list"] as [string, string, string]),
  ),
  ["MALE_TITLES", "FEMALE_TITLES", "a title gives one gender"],
  ["PRONOUNS_MALE", "PRONOUNS_FEMALE", "a pronoun gives one gender"],
  ["PRONOUNS_MALE", "NON_PERSON_SUBJECTS", "a personal pronoun refers to a person"],
  ["PRONOUNS_FEMALE", "NON_PERSON_SUBJECTS", "a personal pronoun refers to a person"],
  ...NAME_LISTS.flatMap((names) =>
    ["STOPWORDS", "MONTHS_AND_DAYS", "ORG_WORDS", "PLACES", "DEMONYMS", "TITLE_WORDS"].map(
      (other) =>
        [names, other, "a given name is evidence of a person; the other list says the word is not a name"] as [string, string, string],
    ),
  ),
];

/** Lists that must lie inside another. */
const SUBSETS: [string, string][] = [
  ["COURTESY_TITLES", "TITLE_WORDS"],
  ["FEATURE_HEADS", "PLACE_HEADS_LAST"],
  ["WEAK_TITLES", "TITLE_WORDS"],
  ["ORG_ADJECTIVES", "ORG_WORDS"],
  ["SHORT_FILLERS", "VERB_FILLERS"],
  ["PLURAL_TITLES", "TITLE_WORDS"],
];

describe("the extraction lexicon", () => {
  it("holds every list once, by name", () => {
    expect(RAW_LISTS.size).toBeGreaterThanOrEqual(30);
  });

  it.each([...RAW_LISTS.keys()])("writes %s without duplicate entries", (name) => {
    const words = list(name);
    const duplicates = words.filter((w, i) => words.indexOf(w) !== i);
    expect(duplicates).toEqual([]);
  });

  it.each(CONFLICTING)("keeps %s and %s apart (%s)", (a, b) => {
    const other = new Set(list(b));
    expect(list(a).filter((w) => other.has(w))).toEqual([]);
  });

  it.each(SUBSETS)("keeps %s inside %s", (a, b) => {
    const outer = new Set(list(b));
    expect(list(a).filter((w) => !outer.has(w))).toEqual([]);
  });

  it("gives every exported list a comment saying what it is for", () => {
    const source = fs.readFileSync(path.join(__dirname, "../src/extraction/lexicon.ts"), "utf8").split("\n");
    const uncommented = source
      .map((line, i) => ({ line, before: source[i - 1] ?? "" }))
      .filter(({ line }) => /^export const [A-Z_]+\b/.test(line))
      .filter(({ before }) => !/^\s*(?:\/\/|\*|\/\*\*)/.test(before))
      .map(({ line }) => line);
    expect(uncommented).toEqual([]);
  });

  it("is the only extraction module that builds word lists", () => {
    const dir = path.join(__dirname, "../src/extraction");
    const offenders = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "lexicon.ts")
      // A set built from a string of words, or from an array of string literals.
      .filter((f) =>
        /new (?:Set|Map)\(\s*(?:["'`][^"'`]*\s[^"'`]*["'`]\s*\.split|\[\s*["'`])/.test(fs.readFileSync(path.join(dir, f), "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
