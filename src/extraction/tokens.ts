// A small tokenizer that keeps character offsets, so every later step (names, quotes, sentences)
// can point back into the text it came from.
import { ABBREVIATIONS, COMPOUND_NAME_ENDS, GIVEN_NAMES } from "./lexicon";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters or digits); everything else is one punctuation character. */
  word: boolean;
}

// Acronyms with dots (U.S., D.C.) first, then words with inner apostrophes/hyphens/dots
// (don't, Putin's, Jong-un, Secunia.com), then any single non-space character. A prime or a
// modifier letter apostrophe ("we′re", "CDC′s": transcripts typed with them) is an apostrophe too.
// (Round 12: a markup tag left in pasted copy, `<p>`, `</p>`, `<br />`, is one token and no word.)
// (Round 14: a letter the capture lost, "?" or "\ufffd" between a letter and a lower-case one,
// stays inside its word: "Justo Hern?ndez".)
export const LOST_LETTER = String.raw`(?<=\p{L})[?\ufffd](?=\p{Ll})`;
const TOKEN_RE = new RegExp(String.raw`<\/?[a-z][a-z0-9]{0,9}(?:\s*\/)?>|(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:(?:[\p{L}\p{M}\p{N}'’′ʼ\-.]|${LOST_LETTER})*[\p{L}\p{M}\p{N}])?|\S`, "gu");

// (Not "FitzGerald": "Fitz" opens a surname.)
const GLUED_NAMES = /^(?!Fitz\p{Lu})(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u;

/**
 * Round 41: "LeighAnn", "MaryBeth", "JoAnn": a given name run into a second part that compound
 * given names take is one given name, not two names a lost line break glued.
 */
function compoundGivenName(first: string, second: string): boolean {
  return GIVEN_NAMES.has(first.toLowerCase()) && COMPOUND_NAME_ENDS.has(second.toLowerCase());
}

/** A rank's first word and what must follow its stop for the stop to be the rank's. */
const RANK_PREFIXES = new Map([
  ["Tech", /^\.\s+Sgt\b/],
  ["Rear", /^\.\s+Adm\b/],
]);

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_RE)) {
    let value = match[0];
    const start = match.index;
    // A period right after an abbreviation or an initial belongs to the word ("Mr.", "John P. Holdren").
    if (text[start + value.length] === "." && /^\p{L}/u.test(value)) {
      if (ABBREVIATIONS.has(value.toLowerCase()) || /^\p{Lu}$/u.test(value)) value += ".";
      // (Round 13: "Tech. Sgt. Jane Roe": a rank's abbreviated prefix, only before the rank, since
      // "Virginia Tech." ends a sentence; round 39: "Rear. Adm. Jane Roe", a stop typed in the rank.)
      else if (RANK_PREFIXES.get(value)?.test(text.slice(start + value.length, start + value.length + 8))) value += ".";
    }
    // (Round 30: "Story LandisElias Roe": two names a lost line break glued together, the second a
    // given name, are two words; "McConville", "DeShawn" open on a short prefix.)
    const glued = GLUED_NAMES.exec(value);
    if (glued && GIVEN_NAMES.has(glued[2].toLowerCase()) && !compoundGivenName(glued[1], glued[2])) {
      const cut = start + offset + glued[1].length;
      tokens.push({ text: glued[1], start: start + offset, end: cut, word: true }, { text: glued[2], start: cut, end: start + value.length + offset, word: true });
      continue;
    }
    tokens.push({ text: value, start: start + offset, end: start + value.length + offset, word: /^[\p{L}\p{N}]/u.test(value) });
  }
  // The regex consumed "Mr" then "."; drop periods already folded into the previous token.
  return tokens.filter((token, i) => !(i > 0 && token.text === "." && tokens[i - 1].end > token.start));
}

/** "Putin’s" → "Putin", "Militants'" is handled by the tokenizer (the mark is its own token). */
export function stripPossessive(word: string): { base: string; possessive: boolean } {
  // (Round 18: "Stakeholder?s": a lost apostrophe before a final s is the possessive's.)
  const match = /^(.*\p{L})['’′ʼ?\ufffd]s$/u.exec(word);
  return match ? { base: match[1], possessive: true } : { base: word, possessive: false };
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** All letters upper case and more than one of them: an acronym (NATO, KCNA), not a name. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length > 1 && letters === letters.toUpperCase();
}

/**
 * Round 12: where `texts[i]` opens a rating's warfare qualifications in brackets between a title
 * and a name ("Master Chief (AW/SW) Jay Powers"), the index of the closing bracket; else undefined.
 * Round 13: a retired mark or a lieutenant's grade in brackets too ("(Ret.)", "(j.g.)").
 * Round 27: a command's short name in brackets inside the title ("Commander, Surface Force Example
 * Fleet (COMSURFEX) Force Master Chief Jane Roe"), up to twelve capitals.
 */
export function qualificationEnd(texts: readonly (string | undefined)[], i: number): number | undefined {
  if (texts[i] !== "(") return undefined;
  for (let k = i + 1; k < texts.length && k <= i + 8; k++) {
    const t = texts[k];
    if (t === ")") return k > i + 1 ? k : undefined;
    // (Round 13: a retired mark, "Maj. Gen. (Ret.) Jane Roe", and a grade, "Lt. (j.g.) Jane Roe".)
    if (t === undefined || !/^(?:\p{Lu}{1,12}|\/|Ret\.|ret\.|j\.g\.|jg)$/u.test(t)) return undefined;
  }
  return undefined;
}

/** `texts` without the bracketed qualifications of `qualificationEnd`. */
export function withoutQualifications(texts: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const end = qualificationEnd(texts, i);
    if (end === undefined) kept.push(texts[i]);
    else i = end;
  }
  return kept;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’′ʼ\-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

export const DOUBLE_MARKS = "\"“”„«»";
export const SINGLE_MARKS = "'‘’‚‹›";

/** Straight and curly marks compare equal; used by evaluation and by callers matching quote text. */
export function normalizeMarks(text: string): string {
  return text.replace(/[“”„«»]/g, '"').replace(/[‘’‚‹›]/g, "'");
}

/** `text` as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * How often `text` names someone by any of `forms` (whole words, longest forms first so "Vladimir
 * Putin" counts once, not also as "Putin"); at least 1, since they were found in it.
 */
export function countMentions(text: string, forms: readonly string[]): number {
  const alternatives = [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (!alternatives.length) return 1;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return Math.max(1, text.match(pattern)?.length ?? 0);
}
