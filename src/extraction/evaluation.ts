// Scores an extraction against a hand annotation in the fixture format (tests/fixtures/articles/
// README.md). Pure: the eval script and the tests feed it parsed files.
//
// Rules:
// - Quotes: text compared after trimming whitespace and outer punctuation, with curly and straight
//   marks equal. Predicted and gold quotes are paired in document order (a repeated phrase pairs
//   once per occurrence). A predicted span equal to a `not_quotes` entry is neither right nor wrong.
// - Speakers: accuracy over matched quotes; both null counts as right.
// - People: a predicted person matches a gold person when its name equals the gold name or one of
//   the gold aliases (the text may never spell the full name: "Ahmadinejad" for Mahmoud
//   Ahmadinejad), or the gold name is one of its aliases; each gold person matches once.
// - Boilerplate: the share of `boilerplate` lines found among the dropped lines (compared trimmed);
//   `captions` are counted separately.
import { Extraction } from "./types";
import { normalizeMarks } from "./tokens";

export interface GoldPerson {
  name: string;
  aliases: string[];
}

export interface GoldQuote {
  text: string;
  speaker: string | null;
  fragment?: boolean;
}

export interface GoldArticle {
  people: GoldPerson[];
  quotes: GoldQuote[];
  boilerplate?: string[];
  captions?: string[];
  not_quotes?: string[];
  /** Not part of the fixture format; the eval script fills it from the sample catalog when known. */
  topics?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  name: string;
  quotes: Counts;
  speakers: { correct: number; total: number };
  fragments: { correct: number; total: number };
  people: Counts;
  boilerplate: { dropped: number; total: number };
  captions: { dropped: number; total: number };
  /**
   * Dropped lines the gold lists neither as boilerplate nor as a caption: what the cleaner may have
   * wrongly taken out of the story (the evaluator scores only boilerplate recall, so this is its
   * precision's other side; an upper bound where a set's gold does not list every furniture line).
   */
  wronglyDropped: string[];
  topics?: Counts;
  /** Human-readable differences, for looking at the misses. */
  misses: string[];
  /**
   * Per attribution rule (the quote's `attributedBy`, "(none)" when no rule decided): the matched
   * quotes it decided and how many of those got the right speaker.
   */
  rules: Record<string, { correct: number; total: number }>;
}

export interface TotalScore {
  quotes: Counts & Prf;
  speakerAccuracy: number;
  fragmentAccuracy: number;
  people: Counts & Prf;
  boilerplate: { dropped: number; total: number };
  captions: { dropped: number; total: number };
  wronglyDropped: number;
  topics?: Counts & Prf;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Quote text as compared: marks unified, whitespace and outer punctuation trimmed. (Round 28: a
 * word a captured column breaks with a hyphen at the line's end, "dedi-" ¶ "cated", is one word,
 * as the extractor joins it.)
 */
export function normalizeQuote(text: string): string {
  return normalizeMarks(text)
    .replace(/(\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/gu, "$1")
    .replace(/\s+/g, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "")
    .toLowerCase();
}

function normalizeName(name: string): string {
  return normalizeMarks(name).replace(/\s+/g, " ").trim().toLowerCase();
}

/** Index of the gold person a predicted name stands for, or -1. */
export function matchPerson(name: string, aliases: string[], gold: GoldPerson[]): number {
  const n = normalizeName(name);
  const exact = gold.findIndex((g) => normalizeName(g.name) === n);
  if (exact >= 0) return exact;
  const byAlias = gold.findIndex((g) => g.aliases.some((a) => normalizeName(a) === n));
  if (byAlias >= 0) return byAlias;
  return gold.findIndex((g) => aliases.some((a) => normalizeName(a) === normalizeName(g.name)));
}

/** People matched by name or alias, each gold person once; `personOf` maps a predicted name to its gold index. */
function scorePeople(predicted: Extraction, gold: GoldArticle, misses: string[]): { people: Counts; personOf: Map<string, number> } {
  const goldMatched = new Set<number>();
  const personOf = new Map<string, number>();
  const people: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of predicted.people) {
    const g = matchPerson(p.name, p.aliases, gold.people);
    personOf.set(p.name, g);
    if (g >= 0 && !goldMatched.has(g)) {
      goldMatched.add(g);
      people.tp++;
    } else {
      people.fp++;
      misses.push(`person not in gold: ${p.name}`);
    }
  }
  gold.people.forEach((g, i) => {
    if (!goldMatched.has(i)) {
      people.fn++;
      misses.push(`person missed: ${g.name}`);
    }
  });

  return { people, personOf };
}

/** Quotes paired in document order; speakers and fragment flags compared on the pairs. */
function scoreQuotes(predicted: Extraction, gold: GoldArticle, personOf: Map<string, number>, misses: string[]) {
  const quotes: Counts = { tp: 0, fp: 0, fn: 0 };
  const speakers = { correct: 0, total: 0 };
  const rules: Record<string, { correct: number; total: number }> = {};
  const fragments = { correct: 0, total: 0 };
  const notQuotes = new Set((gold.not_quotes ?? []).map(normalizeQuote));
  const used = new Set<number>();
  for (const q of predicted.quotes) {
    const text = normalizeQuote(q.text);
    const g = gold.quotes.findIndex((x, i) => !used.has(i) && normalizeQuote(x.text) === text);
    if (g < 0) {
      if (!notQuotes.has(text)) {
        quotes.fp++;
        misses.push(`quote not in gold: "${q.text.slice(0, 60)}"`);
      }
      continue;
    }
    used.add(g);
    quotes.tp++;
    const want = gold.quotes[g];
    const wantPerson = want.speaker === null ? -1 : matchPerson(want.speaker, [], gold.people);
    const gotPerson = q.speaker === null ? -1 : (personOf.get(q.speaker) ?? -2);
    speakers.total++;
    const rule = (rules[q.attributedBy ?? "(none)"] ??= { correct: 0, total: 0 });
    rule.total++;
    if (wantPerson === gotPerson) rule.correct++;
    if (wantPerson === gotPerson) speakers.correct++;
    else misses.push(`speaker of "${q.text.slice(0, 40)}": got ${q.speaker}, want ${want.speaker}`);
    fragments.total++;
    if (!!want.fragment === q.isFragment) fragments.correct++;
    else misses.push(`fragment flag of "${q.text.slice(0, 40)}": got ${q.isFragment}`);
  }
  gold.quotes.forEach((g, i) => {
    if (!used.has(i)) {
      quotes.fn++;
      misses.push(`quote missed: "${g.text.slice(0, 60)}"`);
    }
  });

  return { quotes, speakers, fragments, rules };
}

/** Boilerplate and caption lines found among the dropped lines. */
function scoreDropped(predicted: Extraction, gold: GoldArticle, misses: string[]) {
  const dropped = new Set(predicted.droppedLines.map((l) => l.trim()));
  const boilerplate = { dropped: 0, total: 0 };
  for (const line of gold.boilerplate ?? []) {
    boilerplate.total++;
    if (dropped.has(line.trim())) boilerplate.dropped++;
    else misses.push(`boilerplate kept: "${line.trim().slice(0, 60)}"`);
  }
  const captions = { dropped: 0, total: 0 };
  for (const line of gold.captions ?? []) {
    captions.total++;
    if (dropped.has(line.trim())) captions.dropped++;
    else misses.push(`caption kept: "${line.trim().slice(0, 60)}"`);
  }

  const listed = new Set([...(gold.boilerplate ?? []), ...(gold.captions ?? [])].map((l) => l.trim()));
  const wronglyDropped = [...dropped].filter((l) => l !== "" && !listed.has(l));
  return { boilerplate, captions, wronglyDropped };
}

export function scoreArticle(name: string, predicted: Extraction, gold: GoldArticle): ArticleScore {
  const misses: string[] = [];
  const { people, personOf } = scorePeople(predicted, gold, misses);
  const { quotes, speakers, fragments, rules } = scoreQuotes(predicted, gold, personOf, misses);
  const { boilerplate, captions, wronglyDropped } = scoreDropped(predicted, gold, misses);
  let topics: Counts | undefined;
  if (gold.topics) {
    const want = new Set(gold.topics);
    const tp = predicted.topics.filter((t) => want.has(t)).length;
    topics = { tp, fp: predicted.topics.length - tp, fn: want.size - tp };
    if (topics.fp || topics.fn) misses.push(`topics: got [${predicted.topics.join(", ")}], want [${gold.topics.join(", ")}]`);
  }

  return { name, quotes, speakers, fragments, people, boilerplate, captions, wronglyDropped, topics, misses, rules };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function totalScore(rows: ArticleScore[]): TotalScore {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const quotes = rows.reduce((acc, r) => add(acc, r.quotes), zero);
  const people = rows.reduce((acc, r) => add(acc, r.people), zero);
  const sum = (pick: (r: ArticleScore) => { [k: string]: number }, key: string) => rows.reduce((acc, r) => acc + pick(r)[key], 0);
  const speakerTotal = sum((r) => r.speakers, "total");
  const fragmentTotal = sum((r) => r.fragments, "total");
  const topicRows = rows.filter((r) => r.topics);
  const topics = topicRows.length ? topicRows.reduce((acc, r) => add(acc, r.topics as Counts), zero) : undefined;
  return {
    quotes: { ...quotes, ...prf(quotes) },
    speakerAccuracy: speakerTotal === 0 ? 1 : sum((r) => r.speakers, "correct") / speakerTotal,
    fragmentAccuracy: fragmentTotal === 0 ? 1 : sum((r) => r.fragments, "correct") / fragmentTotal,
    people: { ...people, ...prf(people) },
    boilerplate: { dropped: sum((r) => r.boilerplate, "dropped"), total: sum((r) => r.boilerplate, "total") },
    captions: { dropped: sum((r) => r.captions, "dropped"), total: sum((r) => r.captions, "total") },
    wronglyDropped: rows.reduce((acc, r) => acc + r.wronglyDropped.length, 0),
    topics: topics ? { ...topics, ...prf(topics) } : undefined,
  };
}
