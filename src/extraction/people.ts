// Finds people: runs of capitalised words whose tail looks like a personal name, kept only with
// evidence that a person is meant (a title or role before it, a role after it, a common given name,
// a middle initial, a speech verb next to it). Surname-only and misspelt mentions are then folded
// into the full name they refer to, so each person appears once.
import {
  COURTESY_TITLES,
  DEMONYMS,
  FEMALE_TITLES,
  GIVEN_NAMES,
  MALE_TITLES,
  MONTHS_AND_DAYS,
  NAME_PARTICLES,
  ORG_WORDS,
  PLACES,
  ROLE_NOUNS,
  STOPWORDS,
  TITLE_WORDS,
} from "./lexicon";
import { Doc, SectionKind } from "./sentences";
import { isAcronym, isCapitalized, stripPossessive, Token } from "./tokens";

export type Gender = "m" | "f";

export interface Mention {
  /** Index in the people list. */
  person: number;
  /** Token range of the name itself, and of the name with the titles in front of it. */
  firstToken: number;
  lastToken: number;
  titleStart: number;
  start: number;
  end: number;
  surface: string;
  possessive: boolean;
  /** Follows a preposition ("a spokesman for X"): not the subject of the clause. */
  afterPreposition: boolean;
  insideQuote: boolean;
  section: SectionKind;
}

export interface PersonRecord {
  name: string;
  aliases: string[];
  gender?: Gender;
  /** Title and role words used with the person ("minister", "spokeswoman"), lower case. */
  roles: Set<string>;
}

export interface PeopleResult {
  people: PersonRecord[];
  /** Every mention attached to a person, in text order. */
  mentions: Mention[];
}

const PREPOSITIONS = new Set(
  "of for with by about to from against on at in into like than between among toward towards including over under after before behind via".split(" "),
);

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/, "").replace(/’/g, "'");
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}

function nameLike(word: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}'’\-]*$/u.test(word) || isAcronym(word)) return false;
  const l = lower(word);
  if (GIVEN_NAMES.has(l)) return true;
  if ([STOPWORDS, MONTHS_AND_DAYS, ORG_WORDS, PLACES, DEMONYMS, TITLE_WORDS].some((list) => list.has(l))) return false;
  // "Iranian-Americans", "post-Cold", "Anglo-French": compounds of places and nationalities.
  if (l.includes("-") && l.split("-").some((part) => DEMONYMS.has(part) || PLACES.has(part) || STOPWORDS.has(part)))
    return false;
  return true;
}

function adjacent(a: Token, b: Token, text: string): boolean {
  return /^ +$/.test(text.slice(a.end, b.start));
}

interface Candidate {
  first: number;
  last: number;
  titleStart: number;
  words: string[];
  possessive: boolean;
  evidence: boolean;
  roles: string[];
  sentenceStart: boolean;
}

/** True when most longer words of the text are capitalised: headline case, where capitals say nothing. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => isCapitalized(w)).length / words.length > 0.6;
}

function candidates(doc: Doc, lowerWords: Set<string>, headlineCase: (offset: number) => boolean): Candidate[] {
  const { tokens, text } = doc;
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token.word || !isCapitalized(token.text)) {
      i++;
      continue;
    }
    if (headlineCase(token.start)) {
      // In headline case every word is capitalised: offer each word alone, to be matched against
      // names found in the story ("Trump Calls Inquiry a 'Witch Hunt'").
      const { base, possessive } = stripPossessive(token.text);
      if (nameLike(base)) {
        found.push({ first: i, last: i, titleStart: i, words: [base], possessive, evidence: false, roles: [], sentenceStart: false });
      }
      i++;
      continue;
    }
    // Grow the run of capitalised words (with initials and particles inside).
    const runStart = i;
    let j = i;
    while (j + 1 < tokens.length && adjacent(tokens[j], tokens[j + 1], text) && !stripPossessive(tokens[j].text).possessive) {
      const next = tokens[j + 1];
      const particle = NAME_PARTICLES.has(next.text) && tokens[j + 2] && isCapitalized(tokens[j + 2].text);
      if (!(next.word && (isCapitalized(next.text) || particle))) break;
      j++;
    }
    const runEnd = j;
    i = runEnd + 1;

    const words = tokens.slice(runStart, runEnd + 1).map((t) => t.text);
    const { base, possessive } = stripPossessive(words[words.length - 1]);
    words[words.length - 1] = base;

    // The name is the longest tail of name-like words (at most four).
    let k = words.length - 1;
    while (k >= 0 && words.length - k <= 4) {
      const w = words[k];
      const inner = k > 0 && k < words.length - 1;
      if (nameLike(w) || (inner && (isInitial(w) || NAME_PARTICLES.has(w)))) k--;
      else break;
    }
    let nameStart = k + 1;
    while (nameStart < words.length && NAME_PARTICLES.has(words[nameStart])) nameStart++;
    if (nameStart >= words.length || isInitial(words[words.length - 1])) continue;

    const sentence = doc.tokenSentence[runStart];
    const sentenceStart = runStart === 0 || doc.tokenSentence[runStart - 1] !== sentence || !tokens[runStart - 1].word && /["“‘']/.test(tokens[runStart - 1].text) && (runStart < 2 || doc.tokenSentence[runStart - 2] !== sentence);
    // A capitalised opener that the text also uses in lower case is an ordinary word ("Asked Trump").
    if (nameStart === 0 && words.length - nameStart > 1 && sentenceStart) {
      const l = words[0].toLowerCase();
      if (!GIVEN_NAMES.has(l) && (lowerWords.has(l) || /(?:ing|ed|ly)$/.test(l))) nameStart = 1;
    }
    const name = words.slice(nameStart);
    const prefix = words.slice(0, nameStart).map(lower);
    const roles = prefix.filter((w) => TITLE_WORDS.has(w));
    const before = runStart > 0 && doc.tokenSentence[runStart - 1] === sentence ? tokens[runStart - 1] : undefined;
    if (before && before.word && (ROLE_NOUNS.has(lower(before.text)) || TITLE_WORDS.has(lower(before.text)))) roles.push(lower(before.text));
    // "Kenya's Information Minister, Joe Mucheru, ...": the title set off before the name.
    const beforeComma = before?.text === "," && runStart > 1 ? tokens[runStart - 2] : undefined;
    if (beforeComma && doc.tokenSentence[runStart - 2] === sentence && TITLE_WORDS.has(lower(beforeComma.text)) && isCapitalized(beforeComma.text))
      roles.push(lower(beforeComma.text));

    // A role in an appositive: "Kitty McKinsey, a spokesman for ...", "Holdren, Assistant to ...".
    if (tokens[runEnd + 1]?.text === ",") {
      for (let a = runEnd + 2; a < Math.min(tokens.length, runEnd + 10); a++) {
        const t = tokens[a];
        if (doc.tokenSentence[a] !== sentence || /^[,.;:()]$/.test(t.text) || doc.tokenQuote[a] >= 0) break;
        const l = lower(t.text);
        if (ROLE_NOUNS.has(l) || (TITLE_WORDS.has(l) && !COURTESY_TITLES.has(l))) roles.push(l);
      }
    }

    const firstName = name[0].toLowerCase();
    // "Morgan Stanley analyst Betsy Graseck", "Kremlin spokesman Dmitry Peskov": a capitalised run
    // right before a role and another name is the employer, not a person.
    const next = tokens[runEnd + 1];
    const employer =
      !!next && adjacent(tokens[runEnd], next, text) && ROLE_NOUNS.has(next.text) && !!tokens[runEnd + 2] && isCapitalized(tokens[runEnd + 2].text);
    let evidence = roles.length > 0 && !employer;
    if (name.length >= 2) {
      // A speech verb next to a capitalised pair is no evidence on its own: "Goldman Sachs said".
      evidence ||= !employer && (GIVEN_NAMES.has(firstName) || name.some(isInitial));
    } else {
      // "the Obama administration": a surname used as an adjective for a government.
      if (next && /^(?:administration|presidency|government|campaign|-era)$/i.test(next.text) && !PLACES.has(firstName)) evidence = true;
    }

    found.push({
      first: runStart + nameStart,
      last: runEnd,
      titleStart: runStart + (prefix.length && roles.length ? 0 : nameStart),
      words: name,
      possessive,
      evidence,
      roles,
      sentenceStart,
    });
  }
  return found;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function findPeople(doc: Doc): PeopleResult {
  const lowerWords = new Set((doc.text.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’\-]*/gu) ?? []).map((w) => w));
  const titleCaseRanges = doc.sections.filter((s) => s.kind === "headline" && isTitleCase(doc.text.slice(s.start, s.end)));
  const all = candidates(doc, lowerWords, (offset) => titleCaseRanges.some((s) => offset >= s.start && offset <= s.end));
  const sectionOf = (token: number): SectionKind => {
    const offset = doc.tokens[token].start;
    return (doc.sections.find((s) => offset >= s.start && offset <= s.end) ?? doc.sections[0]).kind;
  };
  const titleCaseSections = new Set(
    doc.sections.filter((s) => s.kind === "headline" && isTitleCase(doc.text.slice(s.start, s.end))).map((s) => s.start),
  );
  const trusted = (c: Candidate) => {
    const offset = doc.tokens[c.first].start;
    return !doc.sections.some((s) => titleCaseSections.has(s.start) && offset >= s.start && offset <= s.end);
  };

  interface Cluster {
    words: string[];
    candidates: Candidate[];
  }
  const clusters: Cluster[] = [];
  const key = (words: string[]) => words.join(" ").replace(/’/g, "'");

  // 1. Full names with evidence make people; "John Holdren" and "John P. Holdren" are one.
  for (const c of all.filter((c) => c.words.length >= 2 && c.evidence && trusted(c))) {
    const cluster = clusters.find(
      (cl) => key(cl.words) === key(c.words) || (cl.words[0] === c.words[0] && cl.words[cl.words.length - 1] === c.words[c.words.length - 1]),
    );
    if (cluster) {
      cluster.candidates.push(c);
      if (c.words.length > cluster.words.length) cluster.words = c.words;
    } else clusters.push({ words: c.words, candidates: [c] });
  }
  // 2. The same full name without evidence elsewhere is the same person.
  for (const c of all.filter((c) => c.words.length >= 2 && !(c.evidence && trusted(c)))) {
    const cluster = clusters.find((cl) => key(cl.words) === key(c.words) || (cl.words[0] === c.words[0] && cl.words[cl.words.length - 1] === c.words[c.words.length - 1]));
    if (cluster) cluster.candidates.push(c);
  }
  // 3. Single words: a known surname, a near-miss spelling of one after a title, or a titled name.
  const singles = all.filter((c) => c.words.length === 1);
  for (const c of singles) {
    const word = key(c.words);
    const bySurname = clusters.filter((cl) => cl.words.length >= 2 && key([cl.words[cl.words.length - 1]]) === word);
    if (bySurname.length > 0) {
      bySurname[bySurname.length - 1].candidates.push(c);
      continue;
    }
    // Surname first ("Xi" for Xi Jinping, "Kim" for Kim Jong-un): a lone word equal to the first
    // word of one full name, when it is not a common given name or the name is clearly East Asian.
    const byFamilyName = clusters.filter(
      (cl) => cl.words.length >= 2 && key([cl.words[0]]) === word && (!GIVEN_NAMES.has(word.toLowerCase()) || /-\p{Ll}/u.test(cl.words[cl.words.length - 1])),
    );
    if (byFamilyName.length === 1) {
      byFamilyName[0].candidates.push(c);
      continue;
    }
    const same = clusters.find((cl) => cl.words.length === 1 && key(cl.words) === word);
    if (same) {
      same.candidates.push(c);
      continue;
    }
    if (!c.evidence || !trusted(c)) continue;
    const near = clusters.find((cl) => {
      const surname = key([cl.words[cl.words.length - 1]]);
      return cl.words.length >= 2 && word.length >= 5 && surname[0] === word[0] && editDistance(surname.toLowerCase(), word.toLowerCase()) <= 2;
    });
    if (near) near.candidates.push(c);
    else clusters.push({ words: c.words, candidates: [c] });
  }
  // Single-word people found before their full name is known are merged in afterwards.
  for (const cl of clusters.filter((x) => x.words.length === 1)) {
    const full = clusters.find((x) => x.words.length >= 2 && key([x.words[x.words.length - 1]]) === key(cl.words));
    if (full) {
      full.candidates.push(...cl.candidates);
      cl.candidates = [];
    }
  }

  const people: PersonRecord[] = [];
  const mentions: Mention[] = [];
  const live = clusters.filter((x) => x.candidates.length > 0);
  for (const cl of live) cl.candidates.sort((a, b) => a.first - b.first);
  // People in order of first mention, as an editor reads them.
  live.sort((a, b) => a.candidates[0].first - b.candidates[0].first);
  for (const cl of live) {
    const roles = new Set(cl.candidates.flatMap((c) => c.roles));
    const aliases: string[] = [];
    for (const c of cl.candidates) {
      const courtesy = c.first > 0 && c.words.length === 1 && COURTESY_TITLES.has(lower(doc.tokens[c.first - 1].text)) && c.first - 1 >= c.titleStart;
      const alias = (courtesy ? doc.tokens[c.first - 1].text + " " : "") + c.words.join(" ");
      if (!aliases.includes(alias)) aliases.push(alias);
    }
    const genders = new Set<Gender>();
    const given = GIVEN_NAMES.get(cl.words[0].toLowerCase());
    if (cl.words.length >= 2 && (given === "m" || given === "f")) genders.add(given);
    for (const role of roles) {
      if (MALE_TITLES.has(role)) genders.add("m");
      if (FEMALE_TITLES.has(role)) genders.add("f");
    }
    const index = people.length;
    people.push({ name: cl.words.join(" "), aliases, gender: genders.size === 1 ? [...genders][0] : undefined, roles });
    for (const c of cl.candidates) {
      const prev = doc.tokens[c.titleStart - 1];
      mentions.push({
        person: index,
        firstToken: c.first,
        lastToken: c.last,
        titleStart: c.titleStart,
        start: doc.tokens[c.first].start,
        end: doc.tokens[c.last].end,
        surface: c.words.join(" "),
        possessive: c.possessive,
        afterPreposition: !!prev && doc.tokenSentence[c.titleStart - 1] === doc.tokenSentence[c.first] && PREPOSITIONS.has(prev.text.toLowerCase()),
        insideQuote: doc.tokenQuote[c.first] >= 0,
        section: sectionOf(c.first),
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { people, mentions };
}
