// The attribution reader: a quote's sentence as a frame (the reporter's words with each quotation
// as one placeholder), the indexes the rules look things up in, and the resolvers the rules share
// (who a phrase, a pronoun or a role names; the subject of a verb of saying). The rules
// themselves, in order, are in rules.ts; the sieve that runs them is quotes.ts.
import {
  CLAUSE_OPENERS,
  DETERMINERS,
  ORIGIN_NOUNS,
  INTERVIEW_VERBS,
  INTRO_NOUNS,
  KINSHIP_NOUNS,
  NOT_AGENT_NOUNS,
  MANNER_VERBS,
  NON_PERSON_SUBJECTS,
  POSSESSED_SPEECH_NOUNS,
  PREPOSITIONS,
  PRONOUNS_FEMALE,
  PRONOUNS_MALE,
  QUESTION_OPENERS,
  ROLE_NOUNS,
  SMALL_WORDS,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  VERB_FILLERS,
  WRITING_VERBS,
} from "./lexicon";
import { Gender, inCapitals, isRoleNoun, isRoleWord, lastAtOrBefore, Mention, ORDINAL, PeopleResult } from "./people";
import { Doc, DocQuote } from "./sentences";
import { isCapitalized, qualificationEnd, Token, withoutQualifications, wordCount } from "./tokens";

/** A person, "explicitly not a person" (an organisation, "a spokesperson", "it"), or not found. */
export type Attribution = { person: number } | { person: null } | undefined;
export const NOBODY: Attribution = { person: null };

/** One item of a sentence's frame: a token of the reporter's words, or a whole quotation. */
export type FrameItem = { token: number } | { quote: number };

/** How many frame items either side of a quote the attribution rules read. */
export const WINDOW = 60;
// (Round 27: a motto or a creed, set off by a comma or not, "The wing's motto, "...," hangs over ...".)
const NAMING_CUES = /\b(?:titled|entitled|named|dubbed|nicknamed|headlined|(?:the|a) (?:word|term|phrase|name|label|hashtag)s?|(?:the|a|its|their|our|his|her|\p{L}+['’]s) (?:motto|slogan|creed|tagline|watchword)s?,?|known as|referred to as)$/iu;

/** Everything the rules look up, built once per document. */
export interface Ctx {
  doc: Doc;
  found: PeopleResult;
  tokens: Token[];
  text: string;
  mentionsByLast: Map<number, Mention>;
  mentionsByStart: Map<number, Mention>;
  tokensOfSentence: number[][];
  quotesOfSentence: DocQuote[][];
  quotesInParagraph: Map<number, number>;
  sentencesOfParagraph: number[][];
  labelAt: Map<number, { offset: number; name: string }>;
  /**
   * Statement headings ("Statement by Chief Jane Roe") in body order (see `CleanedText`), `start`
   * the body offset each applies from (for a binary search).
   */
  headings: readonly { start: number; speaker: string }[];
  /** Lower-cased token texts, computed once: the rules compare words many times per quote. */
  lowered: string[];
  /**
   * Headlines in headline case capitalise their verbs ("Trump Calls ... a 'Witch Hunt'"); round 8:
   * so do a script's paragraphs in capitals ("GENERAL JANE ROE SAID"). By start, not overlapping.
   */
  headlineCase: { start: number; end: number }[];
  holdersOfRole: Map<string, Mention[]>;
  frames: Map<number, FrameItem[]>;
  framePositions: Map<number, { at: Map<number, number>; words: boolean }>;
  /** Whether the body is a transcript (a turn label recurs), computed on first use. */
  transcript?: boolean;
  /** Whether set-off quotations are credited on the line below them (see `creditsBelow`). */
  creditsBelow?: boolean;
}

/** Most longer words capitalised: headline case. */
function isHeadlineCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => isCapitalized(w)).length / words.length > 0.6;
}

export function lower(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * `labels`: speakers named by a label block set off above a quotation (see `CleanedText`), by the
 * offset of the quotation's paragraph in the body.
 */
export function createContext(doc: Doc, found: PeopleResult, labels: { offset: number; name: string }[], headings: readonly { offset: number; speaker: string }[] = []): Ctx {
  const { tokens, text } = doc;
  const mentionsByLast = new Map<number, Mention>();
  const mentionsByStart = new Map<number, Mention>();
  for (const m of found.mentions) {
    mentionsByLast.set(m.lastToken, m);
    mentionsByStart.set(m.titleStart, m);
    mentionsByStart.set(m.firstToken, m);
  }
  const tokensOfSentence: number[][] = doc.sentences.map(() => []);
  doc.tokenSentence.forEach((s, i) => s >= 0 && tokensOfSentence[s].push(i));
  const quotesOfSentence: DocQuote[][] = doc.sentences.map(() => []);
  const quotesInParagraph = new Map<number, number>();
  for (const q of doc.quotes) {
    quotesOfSentence[q.sentence]?.push(q);
    quotesInParagraph.set(q.paragraph, (quotesInParagraph.get(q.paragraph) ?? 0) + 1);
  }
  const sentencesOfParagraph: number[][] = doc.paragraphs.map(() => []);
  for (const x of doc.sentences) sentencesOfParagraph[x.paragraph].push(x.index);
  return {
    doc,
    found,
    tokens,
    text,
    mentionsByLast,
    mentionsByStart,
    tokensOfSentence,
    quotesOfSentence,
    quotesInParagraph,
    sentencesOfParagraph,
    labelAt: new Map(labels.map((l) => [l.offset, l] as const)),
    headings: headings.map((h) => ({ start: h.offset, speaker: h.speaker })),
    lowered: tokens.map((t) => lower(t.text)),
    // (Round 8: and a script's paragraphs in capitals, "GENERAL JANE ROE SAID ...".)
    headlineCase: [...doc.sections.filter((s) => s.kind === "headline" && isHeadlineCase(text.slice(s.start, s.end))), ...doc.paragraphs.filter((p) => inCapitals(text.slice(p.start, p.end)))].sort((a, b) => a.start - b.start),
    holdersOfRole: new Map(),
    frames: new Map(),
    framePositions: new Map(),
  };
}

export function mentionSentence(c: Ctx, m: Mention): number {
  return c.doc.tokenSentence[m.firstToken];
}

export function word(c: Ctx, item: FrameItem | undefined): string | undefined {
  return item && "token" in item ? c.tokens[item.token].text : undefined;
}

/** The item's word lower-cased, or "" for a quotation or nothing. */
export function lw(c: Ctx, item: FrameItem | undefined): string {
  return item && "token" in item ? c.lowered[item.token] : "";
}

/** A verb of saying in lower case (or anywhere in a headline-case headline). */
export function isSpeechVerb(c: Ctx, item: FrameItem | undefined): boolean {
  const w = word(c, item);
  if (!w || !SPEECH_VERBS.has(lower(w))) return false;
  const token = (item as { token: number }).token;
  const at = c.tokens[token].start;
  // (Round 8: "Says Jane Roe, "..."": a verb of saying opening its sentence, the attribution
  // inverted; not a participle, "Asked about it, Roe said".)
  const opens = /^(?:Says|Said|Adds|Added|Writes|Wrote|Explains|Explained|Recalls|Recalled|Notes|Noted)$/.test(w) && (token === 0 || c.doc.tokenSentence[token - 1] !== c.doc.tokenSentence[token]);
  const section = c.headlineCase[lastAtOrBefore(c.headlineCase, at)];
  return !isCapitalized(w) || opens || (!!section && at <= section.end);
}

export function isFillerWord(w: string): boolean {
  return VERB_FILLERS.has(lower(w));
}

/** A word allowed between a subject and its verb ("has also", "reportedly", "couldn't"). */
export function isFiller(c: Ctx, item: FrameItem | undefined): boolean {
  const w = word(c, item);
  // "he couldn't disclose", "she cannot say": negated auxiliaries are fillers too.
  return !!w && !isCapitalized(w) && (VERB_FILLERS.has(lower(w)) || /^\p{Ll}+ly$/u.test(w) || /^\p{Ll}+n['’]t$|^cannot$/u.test(w));
}

export function isParticiple(c: Ctx, item: FrameItem | undefined): boolean {
  return /^\p{Ll}+ing$/u.test(word(c, item) ?? "");
}

export function frameOf(c: Ctx, s: number): FrameItem[] {
  let f = c.frames.get(s);
  if (!f) c.frames.set(s, (f = frame(c, s)));
  return f;
}

/** Any reporter's word in the frame, brackets aside (`"..." ((it)).`, a source's language tag). */
function hasWordsOutsideBrackets(c: Ctx, items: FrameItem[]): boolean {
  let depth = 0;
  for (const it of items) {
    if (!("token" in it)) continue;
    const t = c.tokens[it.token].text;
    if (t === "(") depth++;
    else if (t === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c.tokens[it.token].word) return true;
  }
  return false;
}

/** Per sentence: each quote's position in the frame, and whether the frame holds any word. */
export function positionsOf(c: Ctx, s: number): { at: Map<number, number>; words: boolean } {
  let p = c.framePositions.get(s);
  if (!p) {
    const items = frameOf(c, s);
    const at = new Map<number, number>();
    items.forEach((it, i) => "quote" in it && at.set(it.quote, i));
    c.framePositions.set(s, (p = { at, words: hasWordsOutsideBrackets(c, items) }));
  }
  return p;
}

/**
 * The mentions ending before offset `at` that pass `ok`, in text order, read backwards only as
 * far as the reference rules look (four sentences before the latest one and before `here`, at
 * most 60 mentions, 200 examined), so resolving many pronouns stays linear.
 */
export function mentionsBefore(c: Ctx, at: number, here: number, ok: (m: Mention) => boolean): Mention[] {
  const { found } = c;
  const out: Mention[] = [];
  let stopBelow = -Infinity;
  for (let i = lastAtOrBefore(found.mentions, at), seen = 0; i >= 0 && out.length < 60 && seen < 200; i--, seen++) {
    const m = found.mentions[i];
    if (m.end > at || !ok(m)) continue;
    const s = mentionSentence(c, m);
    if (s < stopBelow) break;
    if (out.length === 0) stopBelow = Math.min(s, here) - 4;
    out.push(m);
  }
  return out.reverse();
}

/**
 * The name a statement heading's speaker phrase ends on: "Chief Jane Roe" → "Jane Roe", "U.S.
 * Secretary of Agriculture Jane Roe" → "Agriculture Jane Roe" (read back to the nearest title or
 * role word, at most four words; the caller tries its shorter tails), "the Secretary" → "".
 */
export function headingName(phrase: string): string {
  const words = phrase.split(/\s+/).map((w) => w.replace(/['’]s?$/, ""));
  let k = words.length;
  while (k > 0 && words.length - k < 4 && /^\p{Lu}/u.test(words[k - 1]) && !TITLE_WORDS.has(lower(words[k - 1])) && !ROLE_NOUNS.has(lower(words[k - 1]))) k--;
  return words.slice(k).join(" ");
}

/**
 * Who a statement heading names: the person whose name (or one person's surname) the phrase ends
 * on, longest tail first ("Agriculture Jane Roe": "Jane Roe"); with no name, "the Secretary", the
 * one holder of the role. Undefined when the text names no such person.
 */
export function headingSpeaker(c: Ctx, phrase: string): Attribution {
  const name = headingName(phrase).split(" ").filter(Boolean);
  const { people } = c.found;
  // (Compared in lower case: a heading in capitals, "STATEMENT BY CHIEF JANE ROE".)
  for (let k = 0; k < name.length; k++) {
    const tail = lower(name.slice(k).join(" "));
    const person = people.findIndex((p) => lower(p.name) === tail || p.aliases.some((a) => lower(a) === tail));
    if (person >= 0) return { person };
  }
  if (name.length > 0) {
    const surname = lower(name[name.length - 1]);
    const sharing = people.map((p, i) => (lower(p.name.split(" ").pop() ?? "") === surname ? i : -1)).filter((i) => i >= 0);
    return sharing.length === 1 ? { person: sharing[0] } : undefined;
  }
  const role = lower(phrase.split(/\s+/).pop() ?? "");
  const holders = new Set(roleHolders(c, role).map((m) => m.person));
  return holders.size === 1 ? { person: [...holders][0] } : undefined;
}

export function roleHolders(c: Ctx, role: string): Mention[] {
  const { found, holdersOfRole } = c;
  let list = holdersOfRole.get(role);
  if (!list) {
    // "Gen. Jane Roe ... the general said": abbreviated titles count as the full word.
    const holds = (m: Mention) => [...found.people[m.person].roles].some((r) => r === role || TITLE_ABBREVIATIONS.get(r.replace(/\.$/, "")) === role);
    holdersOfRole.set(role, (list = found.mentions.filter(holds)));
  }
  return list;
}

/** The sentence with every quotation replaced by one placeholder: the reporter's words. */
export function frame(c: Ctx, sentence: number): FrameItem[] {
  const { doc, tokens, tokensOfSentence, quotesOfSentence } = c;
  const items: FrameItem[] = [];
  const placed = new Set<number>();
  // (Round 14: a nickname in marks inside a name, `said Director Charles "Chip" Groat`, is part of
  // the name's mention: its tokens are left out, so the name reads whole.)
  const nicknames = new Set<number>();
  for (const i of tokensOfSentence[sentence]) {
    const q = doc.tokenQuote[i];
    if (q < 0) items.push({ token: i });
    else if (nicknames.has(q)) continue;
    else if (!placed.has(q)) {
      if ([1, 2, 3].some((k) => (c.mentionsByStart.get(i - k)?.end ?? -1) >= doc.quotes[q].close)) {
        nicknames.add(q);
        continue;
      }
      placed.add(q);
      items.push({ quote: q });
    }
  }
  for (const quote of quotesOfSentence[sentence]) {
    if (!placed.has(quote.index) && !nicknames.has(quote.index)) {
      const at = items.findIndex((it) => "token" in it && tokens[it.token].start > quote.open);
      items.splice(at < 0 ? items.length : at, 0, { quote: quote.index });
    }
  }
  return items;
}

export function genderCompatible(c: Ctx, person: number, gender: Gender | undefined): boolean {
  const { found } = c;
  const g = found.people[person].gender;
  return g === undefined || gender === undefined || g === gender;
}

/**
 * "he"/"she": the subject of the nearest sentence before it that names a compatible person
 * outside quotation marks ("Mary Barra ... met Shawn Fain. ... she said" is Barra); possessives
 * and objects of prepositions only when nothing else is found.
 */
export function resolvePronoun(c: Ctx, tokenIndex: number, gender: Gender | undefined, depth = 0): Attribution {
  const { doc, found, tokens, mentionsByStart } = c;
  const at = tokens[tokenIndex].start;
  const before = mentionsBefore(c, at, doc.tokenSentence[tokenIndex], (m) => !m.insideQuote && genderCompatible(c, m.person, gender));
  if (before.length === 0) {
    // "The man nominated ... says he is ... Admiral Jane Roe discussed ...": a lead that names
    // its subject only after the pronoun, in the same paragraph.
    const paragraph = doc.sentences[doc.tokenSentence[tokenIndex]]?.paragraph;
    const paragraphOf = (m: Mention) => doc.sentences[mentionSentence(c, m)]?.paragraph;
    for (let i = lastAtOrBefore(found.mentions, at) + 1; i < found.mentions.length; i++) {
      const m = found.mentions[i];
      if (paragraphOf(m) !== undefined && paragraph !== undefined && paragraphOf(m) > paragraph) break;
      if (m.start > at && !m.insideQuote && !m.possessive && !m.afterPreposition && genderCompatible(c, m.person, gender) && paragraphOf(m) === paragraph) return { person: m.person };
    }
    return captionPerson(c, gender);
  }
  const sentenceOf = (m: Mention) => doc.tokenSentence[m.firstToken];
  // "Roe wrote an article ... Doe drew crowds. '...,' he wrote": the person who did the same
  // (writing) before, within three sentences.
  const verb = lower(tokens[tokenIndex + 1]?.text ?? "");
  if (WRITING_VERBS.has(verb)) {
    const here = doc.tokenSentence[tokenIndex];
    // The verb follows the name, or its appositive ("Roe, a student, wrote").
    const wrote = (m: Mention) => {
      for (let t = m.lastToken + 1; t < tokens.length && t <= m.lastToken + 10 && doc.tokenSentence[t] === sentenceOf(m); t++) {
        if (lower(tokens[t].text) === verb) return t === m.lastToken + 1 || tokens[t - 1].text === ",";
        if (mentionsByStart.has(t) || doc.tokenQuote[t] >= 0) return false;
      }
      return false;
    };
    const same = before.filter((m) => !m.possessive && !m.afterPreposition && !m.insideQuote && here - sentenceOf(m) <= 3 && wrote(m));
    if (same.length) return { person: same[same.length - 1].person };
  }
  // "Roe's sister begged him to stop, but he refused": with no subject named in the pronoun's
  // own sentence, its possessor is the one meant.
  const own = before.filter((m) => sentenceOf(m) === doc.tokenSentence[tokenIndex]);
  const possessor = own.find((m) => m.possessive);
  if (possessor && !own.some((m) => !m.possessive && !m.afterPreposition)) return { person: possessor.person };
  let sentence = sentenceOf(before[before.length - 1]);
  // "For Jane Roe, a teacher, Warhol was a legend. She said ...": a person a sentence opens on
  // ("For X,") is what it is about, ahead of its grammatical subject.
  const topic = (m: Mention) => m.titleStart > 0 && tokens[m.titleStart - 1].text === "For" && doc.tokenSentence[m.titleStart - 2] !== sentenceOf(m);
  for (let steps = 0; steps < 4 && sentence >= 0; steps++, sentence--) {
    const subject = before.find((m) => sentenceOf(m) === sentence && topic(m)) ?? before.find((m) => sentenceOf(m) === sentence && !m.possessive && !m.afterPreposition);
    if (!subject) continue;
    // "He praised Governor Doe ...": the same pronoun as that sentence's subject, before the name,
    // carries the chain back to whoever it refers to (the object named after it is not meant).
    const chained = depth < 3 && gender ? pronounBefore(c, sentence, subject.titleStart, gender) : undefined;
    if (chained !== undefined && chained < tokenIndex) return resolvePronoun(c, chained, gender, depth + 1);
    return { person: subject.person };
  }
  return { person: before[before.length - 1].person };
}

/**
 * A photo's caption introduces whom the story beside it quotes ("Superintendent Jane Roe cuts the
 * ribbon." under a story that only says "she said"): the one person the captions name who passes
 * `ok`, for a reference the story itself leaves unresolved. Captions are read after the body, so
 * no look-back finds them.
 */
export function captionPerson(c: Ctx, gender: Gender | undefined): Attribution {
  // (Read once per document: the people the captions name, outside quotations.)
  let people = captionPeople.get(c);
  if (!people) {
    const { doc, found } = c;
    const captions = doc.sections.filter((s) => s.kind === "caption");
    people = new Set<number>();
    let k = 0;
    for (let i = captions.length ? Math.max(0, lastAtOrBefore(found.mentions, captions[0].start)) : found.mentions.length; i < found.mentions.length; i++) {
      const m = found.mentions[i];
      while (k < captions.length && captions[k].end < m.start) k++;
      if (k < captions.length && m.start >= captions[k].start && m.end <= captions[k].end && !m.insideQuote) people.add(m.person);
    }
    captionPeople.set(c, people);
  }
  const compatible = [...people].filter((p) => genderCompatible(c, p, gender));
  return compatible.length === 1 ? { person: compatible[0] } : NOBODY;
}

const captionPeople = new WeakMap<Ctx, Set<number>>();

/** A subject "he"/"she" of `gender` in sentence s, outside quotations, before token `end`. */
function pronounBefore(c: Ctx, s: number, end: number, gender: Gender): number | undefined {
  const want = gender === "m" ? "he" : "she";
  for (const t of c.tokensOfSentence[s] ?? []) {
    if (t >= end) break;
    if (c.lowered[t] === want && c.doc.tokenQuote[t] < 0) return t;
  }
  return undefined;
}

/** "the minister", "the professor": the latest person who carried that title. */
export function resolveRole(c: Ctx, role: string, tokenIndex: number): Attribution {
  const { tokens } = c;
  const at = tokens[tokenIndex].start;
  const holding = roleHolders(c, role);
  let i = lastAtOrBefore(holding, at);
  while (i >= 0 && holding[i].end > at) i--;
  if (i >= 0) return { person: holding[i].person };
  // Named with the title only later ("the president said ... President Roe"): the one holder.
  const holders = new Set(holding.map((m) => m.person));
  return holders.size === 1 ? { person: [...holders][0] } : NOBODY;
}

/**
 * "the Assistant Attorney General said" beside "Attorney General Jane Roe" and "Assistant Attorney
 * General Tom Doe": of the role's holders, the one whose title holds every word of the phrase (the
 * latest before it, else the only one).
 */
function fullTitleHolder(c: Ctx, role: string, phrase: string[], tokenIndex: number): Attribution {
  if (phrase.length < 2) return undefined;
  const { tokens } = c;
  const titled = roleHolders(c, role).filter((m) => {
    const title = new Set(tokens.slice(m.titleStart, m.firstToken).map((t) => lower(t.text)));
    return phrase.every((w) => title.has(w));
  });
  const before = titled.filter((m) => m.end <= tokens[tokenIndex].start);
  const pick = before[before.length - 1] ?? (new Set(titled.map((m) => m.person)).size === 1 ? titled[0] : undefined);
  return pick ? { person: pick.person } : undefined;
}

/** A small word inside a capitalised title: "Secretary of State", "Special Agent in Charge", "Health and Human Services". */
const titleSmallWord = (w: string | undefined) => /^(?:of|in|for|at|on|the|and)$/.test(w ?? "");
/** A word that may stand beside one: a capitalised word or another small word ("Administrator for the Employment ..."). */
const titleSide = (w: string | undefined) => isCapitalized(w ?? "") || titleSmallWord(w);

/** Who a noun phrase (frame items from..to inclusive) names. */
export function resolvePhrase(c: Ctx, items: FrameItem[], from: number, to: number): Attribution {
  const { tokens, mentionsByLast } = c;
  if (from > to) return undefined;
  const first = items[from];
  const last = items[to];
  if (!("token" in first) || !("token" in last)) return undefined;
  const mention = mentionsByLast.get(last.token);
  if (mention && mention.firstToken >= first.token) {
    // Only titles, roles and determiners may precede the name ("Kremlin spokesman Dmitry
    // Peskov"; round 7: "the younger Clark"); "while Sen. Rand Paul said" is another clause.
    // (Round 12: past bracketed qualifications, "Master Chief (AW/SW) Jay Powers".)
    const lead = withoutQualifications(tokens.slice(first.token, mention.titleStart).map((t) => t.text));
    // (Round 7: a rank written with its ordinal, "2ndLt", "1stSgt", is a title too; "the younger Clark".)
    const titleWord = (w: string) => isCapitalized(w) || /^\d(?:st|nd|rd|th)\p{Lu}\p{L}*$/u.test(w) || ROLE_NOUNS.has(lower(w)) || TITLE_WORDS.has(lower(w)) || DETERMINERS.has(lower(w)) || /^(?:one|another|younger|elder|older)$/.test(w);
    // "mission commander Jane Roe", "the team's lead engineer": plain nouns modifying the role
    // word that ends the lead.
    // (Round 8: a hyphened modifier too, "ten-season jumper Jane Roe", "20-year veteran Jane Roe".)
    const modifier = (w: string) => /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*$/u.test(w) && /\p{Ll}/u.test(w) && !STOPWORDS.has(w) && !CLAUSE_OPENERS.has(w) && !SPEECH_VERBS.has(w) && !isFillerWord(w);
    // "one volunteer, Hal Roe, said", "her lawyer, Jane Doe, said": a role set off before the name.
    if (lead.length >= 2 && lead[lead.length - 1] === "," && (isRoleWord(lower(lead[lead.length - 2])) || KINSHIP_NOUNS.has(lower(lead[lead.length - 2])))) lead.pop();
    // (Round 8: an agent noun no list holds, "says ten-season jumper Jane Roe", "said rancher Jane Roe".)
    const agent = (w: string) => /^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(w) && !NOT_AGENT_NOUNS.has(w) && !STOPWORDS.has(w);
    const roleLast = lead.length > 0 && (isRoleWord(lower(lead[lead.length - 1])) || KINSHIP_NOUNS.has(lower(lead[lead.length - 1])) || TITLE_WORDS.has(lower(lead[lead.length - 1])) || agent(lead[lead.length - 1]));
    // (Round 13: an office's small words and numbers inside a capitalised title, "EPA Region 4
    // Administrator", "Assistant Secretary for Fair Housing and Equal Opportunity", "Regional
    // Administrator for the Employment and Training Administration".)
    const inTitle = (w: string, k: number) => (titleSmallWord(w) || /^\d{1,3}$/.test(w)) && k > 0 && titleSide(lead[k - 1]) && (k === lead.length - 1 || titleSide(lead[k + 1]));
    if (lead.every((w, k) => titleWord(w) || inTitle(w, k)) || (roleLast && lead.length <= 5 && lead.every((w) => titleWord(w) || modifier(w)))) {
      return mention.possessive ? NOBODY : { person: mention.person };
    }
    return undefined;
  }
  const words = items.slice(from, to + 1).map((it) => ("token" in it ? lower(tokens[it.token].text) : "\u0000"));
  if (words.includes("\u0000")) return undefined;
  if (words.length === 1) {
    // "I say", "Let me say" in an interview answer: whoever the answer's label names.
    const paragraph = c.doc.sentences[c.doc.tokenSentence[first.token]]?.paragraph ?? -1;
    if (words[0] === "i" || words[0] === "me") return answerSpeaker(c, paragraph) ?? NOBODY;
    if (words[0] === "you") return interviewee(c, paragraph) ?? NOBODY;
    if (PRONOUNS_MALE.has(words[0])) return resolvePronoun(c, first.token, "m");
    if (PRONOUNS_FEMALE.has(words[0])) return resolvePronoun(c, first.token, "f");
    if (NON_PERSON_SUBJECTS.has(words[0])) return NOBODY;
  }
  if (words.length > 7 || CLAUSE_OPENERS.has(words[0])) return undefined;
  // "the minister said": the last person with that title, else the latest person in subject
  // position (the role may have been given in a way the name finder did not link).
  // "the squad leader said", "the Denver native said", "the 26-year-old said": a described role at
  // the phrase's end, the same way.
  // ("the 52-year-old mother of three": the noun before an "of" complement heads the phrase.)
  const of = words.indexOf("of");
  const head = of > 1 ? words[of - 1] : words[words.length - 1];
  const described = (of > 1 ? of : words.length) <= 4 && (ROLE_NOUNS.has(head) || KINSHIP_NOUNS.has(head) || TITLE_WORDS.has(head) || /^\d+-year-old$/.test(head));
  if (words[0] === "the" && words.length >= 2 && described && !words.some((w) => /['’]s$/.test(w))) {
    const byTitle = fullTitleHolder(c, head, words.slice(1, of > 1 ? of : words.length), first.token);
    if (byTitle) return byTitle;
    const byRole = resolveRole(c, head, first.token);
    if (byRole?.person != null) return byRole;
    // ("As the President said, ..." in a briefing where no one is named president: a title says
    // who the speaker is, and nobody here holds it.)
    if (TITLE_WORDS.has(head)) return NOBODY;
    // Round 6: "Mayor Tom Hill spoke. ... "...," the farmer said.": the latest person holds an
    // office under another title, so the farmer is someone else, unnamed (nobody), not the mayor.
    // (A farmer may be "the Iowa native" too: only a title rules the latest person out.)
    const latest = resolvePronoun(c, first.token, undefined);
    const roles = latest?.person != null ? c.found.people[latest.person].roles : undefined;
    // (Round 7: "the Langley native", "the 10-year veteran" say where someone is from or how long
    // they served, which a titled person may be too: not another office.)
    const otherRole = !!roles && ROLE_NOUNS.has(head) && !ORIGIN_NOUNS.has(head) && [...roles].some((r) => r !== head && TITLE_WORDS.has(r));
    return otherRole ? NOBODY : latest;
  }
  const byOrganisationRole = of < 0 ? headlineOrganisationRole(c, items, from, to, head, words.length) : undefined;
  if (byOrganisationRole) return byOrganisationRole;
  return NOBODY;
}

/**
 * Round 23: "FORSCOM commander says ...": in a headline, a lower-case role after its
 * organisation's capitalised name and no article (the phrase items from..to, `head` its last word
 * of `count`), the role's one holder.
 */
function headlineOrganisationRole(c: Ctx, items: FrameItem[], from: number, to: number, head: string, count: number): Attribution {
  const { tokens } = c;
  const [first, last] = [items[from], items[to]];
  if (count < 2 || count > 4 || !("token" in first) || !("token" in last) || !(ROLE_NOUNS.has(head) || TITLE_WORDS.has(head))) return undefined;
  if (!/^\p{Ll}/u.test(tokens[last.token].text) || !isHeadline(c, first.token)) return undefined;
  return items.slice(from, to).every((it) => "token" in it && isCapitalized(tokens[it.token].text)) ? resolveRole(c, head, first.token) : undefined;
}

/** Token t stands in the document's headline. */
function isHeadline(c: Ctx, t: number): boolean {
  const at = c.tokens[t].start;
  const section = c.doc.sections[lastAtOrBefore(c.doc.sections, at)];
  return section?.kind === "headline" && at < section.end;
}

/** Round 7: "The 10-year Langley native added,": a described role of up to five words from "the". */
function describedFromThe(c: Ctx, items: FrameItem[], p: number): Attribution {
  for (let a = p - 2; a >= 0 && a >= p - 4; a--) {
    if (lw(c, items[a]) !== "the") continue;
    const described = resolvePhrase(c, items, a, p);
    return described && described.person !== null ? described : undefined;
  }
  return undefined;
}

/**
 * "X, a spokesman for Y, said": the head of the clause before the appositive that closes at frame
 * position p (a comma, a bracket or a dash).
 */
function appositiveHead(c: Ctx, items: FrameItem[], p: number): Attribution {
  const { tokens, mentionsByLast } = c;
  // (Round 14: a verb of saying after an article, or before a role, is a noun there: "X, the
  // state coordinating officer, said", "X, Director of ... and state coordinating officer for
  // ..., said".)
  const nounThere = (a: number) => /^(?:the|a|an)$/.test(lw(c, items[a - 1])) || [1, 2].some((k) => isRoleNoun(lw(c, items[a + k])));
  const clause: Mention[] = [];
  for (let a = p - 1; a >= 0; a--) {
    const it = items[a];
    if (!("token" in it) || /^[;:]$/.test(tokens[it.token].text) || (isSpeechVerb(c, it) && !nounThere(a))) break;
    const m = mentionsByLast.get(it.token);
    if (m && !m.possessive && !m.afterPreposition) clause.unshift(m);
  }
  if (clause.length === 0) return NOBODY;
  const head = clause.find((m) => tokens[m.lastToken + 1]?.text === ",") ?? clause[0];
  return { person: head.person };
}

/** The subject of the speech verb at frame position v. */
export function subjectOf(c: Ctx, items: FrameItem[], v: number, depth = 0): Attribution {
  const { tokens, mentionsByLast } = c;
  let p = v - 1;
  while (p >= 0 && isFiller(c, items[p])) p--;
  // (Round 19: "Martin Luther King, Jr. once said": the suffix after its comma closes the name.)
  if (p >= 2 && /^(?:Jr|Sr)\.?$/.test(word(c, items[p]) ?? "") && word(c, items[p - 1]) === ",") p -= 2;
  if (p < 0) return undefined;
  const item = items[p];
  if (!("token" in item)) return undefined;
  const w = tokens[item.token].text;
  const mention = mentionsByLast.get(item.token);
  if (mention) return mention.possessive ? NOBODY : { person: mention.person };
  // "Roe and colleagues describe": the named researcher speaks for the group.
  if (/^(?:colleagues|co-?authors|collaborators|associates|others|team)$/.test(c.lowered[item.token])) {
    let a = p - 1;
    if (/^(?:his|her|their)$/.test(lw(c, items[a]))) a--;
    const named = lw(c, items[a]) === "and" && items[a - 1] && "token" in items[a - 1] ? mentionsByLast.get((items[a - 1] as { token: number }).token) : undefined;
    if (named && !named.possessive && !named.insideQuote) return { person: named.person };
  }
  // "Roe's statement added", "Roe's letter says": the owner of the words speaks.
  if (INTRO_NOUNS.has(c.lowered[item.token]) || POSSESSED_SPEECH_NOUNS.has(c.lowered[item.token]) || c.lowered[item.token] === "letter") {
    const owner = items[p - 1] && "token" in items[p - 1] ? mentionsByLast.get((items[p - 1] as { token: number }).token) : undefined;
    if (owner && owner.possessive && !owner.insideQuote) return { person: owner.person };
  }
  if (w === "," || w === ")" || /^[\u2014\u2013-]$/.test(w)) return appositiveHead(c, items, p);
  if (/^(?:and|but)$/i.test(w) && depth < 3) {
    // "dismissed ... and said": the subject of the earlier verb.
    for (let a = p - 1; a >= 0; a--) if (isSpeechVerb(c, items[a])) return subjectOf(c, items, a, depth + 1);
    // (Round 6: "He tried to sing, but instead said "..."": the subject of the clause before.)
    const subject = clauseSubject(c, items, p);
    return subject?.person != null ? subject : undefined;
  }
  if (/^(?:who|that|which)$/i.test(w)) return undefined;
  // "He went on to characterise ...", "Roe wanted to add": the subject of the clause.
  if (w === "to") return clauseSubject(c, items, p);
  // "Sen. Lisa Murkowski of Alaska called", "Jane Roe of The Star and Herald wrote": a name
  // followed by a short place or body phrase. (Round 18: in lower-case words too, "Jane Roe of the
  // county office told reporters", when "of" or "from" follows the name and no preposition comes
  // before it, "the mother of Jane Roe of the district said".)
  let lowerCase = false;
  for (let a = p, steps = 0; a >= 0 && steps < 9; a--, steps++) {
    const it = items[a];
    if (!("token" in it)) break;
    const t = tokens[it.token].text;
    const m = mentionsByLast.get(it.token);
    if (m && a < p) {
      const origin = /^(?:of|from)$/.test(tokens[m.lastToken + 1]?.text ?? "") && !m.insideQuote && !m.afterPreposition;
      if (lowerCase && !origin) break;
      return m.possessive ? NOBODY : { person: m.person };
    }
    if (isCapitalized(t) || /^(?:of|from|at|for|in|on|the|late|early|earlier|last|this|&)$/.test(t) || (t === "and" && isCapitalized(word(c, items[a - 1]) ?? ""))) continue;
    if (!tokens[it.token].word) break;
    lowerCase = true;
  }
  // "Jane Roe, associate administrator for Operations said": an appositive role with no comma
  // closing it; the name before it is the subject.
  for (let a = p, steps = 0; a > 0 && steps < 10; a--, steps++) {
    const it = items[a];
    if (!("token" in it) || /^[;:.!?]$/.test(tokens[it.token].text) || isSpeechVerb(c, it)) break;
    if (tokens[it.token].text !== ",") continue;
    const prev = items[a - 1];
    const m = "token" in prev ? mentionsByLast.get(prev.token) : undefined;
    const role = items.slice(a + 1, p + 1).some((x) => "token" in x && (ROLE_NOUNS.has(lower(tokens[x.token].text)) || TITLE_WORDS.has(lower(tokens[x.token].text))));
    const opener = lw(c, items[a + 1]);
    if (m && !m.possessive && !m.afterPreposition && !m.insideQuote && role && (DETERMINERS.has(opener) || ROLE_NOUNS.has(opener) || TITLE_WORDS.has(opener) || /^\p{Ll}+$/u.test(word(c, items[a + 1]) ?? "")))
      return { person: m.person };
    break;
  }
  // A word ending here: "he", "the minister", or a non-person ("A spokesperson", "Microsoft").
  const phrase = resolvePhrase(c, items, p, p);
  if (phrase && phrase.person !== null) return phrase;
  const longer = resolvePhrase(c, items, Math.max(0, p - 1), p);
  if (longer && longer.person !== null) return longer;
  const described = describedFromThe(c, items, p);
  if (described) return described;
  return tokens[item.token].word ? NOBODY : undefined;
}

/** The first person named as a subject (or "he"/"she") in the sentence before position `upTo`. */
export function clauseSubject(c: Ctx, items: FrameItem[], upTo: number): Attribution {
  const { tokens, mentionsByLast } = c;
  for (let p = 0; p < upTo; p++) {
    const it = items[p];
    if (!("token" in it)) continue;
    const m = mentionsByLast.get(it.token);
    if (m && !m.possessive && !m.insideQuote && (!m.afterPreposition || forTopic(c, items, m))) return { person: m.person };
    const w = tokens[it.token].text;
    if (/^(?:he|He)$/.test(w)) return resolvePronoun(c, it.token, "m");
    if (/^(?:she|She)$/.test(w)) return resolvePronoun(c, it.token, "f");
    // "The farmer put it bluntly: ...": the last person who held that role.
    // (Round 28: after an opening clause too, "In trying to reach a balance ..., the Secretary
    // talked about ...".)
    const role = lw(c, items[p + 1]);
    if ((p === 0 || lw(c, items[p - 1]) === ",") && /^the$/i.test(w) && (ROLE_NOUNS.has(role) || TITLE_WORDS.has(role)) && lw(c, items[p + 2]) !== "of") {
      const byRole = resolveRole(c, role, it.token);
      if (byRole?.person != null) return byRole;
    }
  }
  return undefined;
}

/**
 * `Jane Roe interviewed the historian Tom Doe about the find.`: the one interviewed (the first
 * person within six words after a verb of interviewing, "spoke with", "asked"), who answers in the
 * quotation that follows; the interviewer (a byline, "I", "we") does not. Undefined without one.
 */
export function interviewedIn(c: Ctx, items: FrameItem[]): Attribution {
  for (let v = 0; v < items.length; v++) {
    const verb = lw(c, items[v]);
    if (!INTERVIEW_VERBS.has(verb)) continue;
    for (let p = v + 1; p < items.length && p <= v + 6; p++) {
      const it = items[p];
      if (!("token" in it) || /^[.!?;:]$/.test(c.tokens[it.token].text)) break;
      const m = c.mentionsByStart.get(it.token);
      if (!m || m.possessive || m.insideQuote) continue;
      const question = !/^ask/.test(verb) || QUESTION_OPENERS.has(c.lowered[m.lastToken + 1] ?? "");
      return question ? { person: m.person } : undefined;
    }
  }
  return undefined;
}

/** The subject of a sentence of reporting, or the one it says was interviewed (see `interviewedIn`). */
export function reportedSpeaker(c: Ctx, items: FrameItem[]): Attribution {
  const interviewed = interviewedIn(c, items);
  return interviewed ?? clauseSubject(c, items, items.length);
}

/**
 * `"...," Jane Roe, a farmer at Ames since 1990, said`: a name at frame position p set off by an
 * appositive of up to 14 items, then its verb of saying.
 */
function appositiveSpeaker(c: Ctx, items: FrameItem[], p: number): Attribution {
  const first = items[p];
  const m = first && "token" in first ? c.mentionsByStart.get(first.token) : undefined;
  if (!m || m.possessive || c.tokens[m.lastToken + 1]?.text !== ",") return undefined;
  let a = items.findIndex((it, i) => i > p && "token" in it && it.token === m.lastToken + 1);
  for (let n = 0; a > 0 && a + 1 < items.length && n < 14; n++) {
    const it = items[++a];
    if (!("token" in it) || /^[.!?;:]$/.test(c.tokens[it.token].text)) return undefined;
    if (c.tokens[it.token].text !== ",") continue;
    let v = a + 1;
    while (v < items.length && isFiller(c, items[v])) v++;
    return isSpeechVerb(c, items[v]) ? { person: m.person } : undefined;
  }
  return undefined;
}

/** "For Jane Roe, the answer is simple.": a person the sentence opens on is what it is about. */
function forTopic(c: Ctx, items: FrameItem[], m: Mention): boolean {
  const first = items[0];
  return !!first && "token" in first && first.token === m.titleStart - 1 && c.tokens[first.token].text === "For" && c.tokens[m.lastToken + 1]?.text === ",";
}

/** Attribution after the quote: `"...," X said`, `"...," said X`, `"...", it added`. */
/**
 * The name of an inverted attribution, the verb at frame position `v` ("said Senate Majority
 * Leader Chuck Schumer", "said Morgan Stanley analyst Betsy Graseck"): the last name in the
 * titled phrase after the verb, or a name set off after a role; undefined if none.
 */
function invertedName(c: Ctx, items: FrameItem[], v: number): Mention | undefined {
  const { tokens, mentionsByLast, mentionsByStart } = c;
  let m: Mention | undefined;
  // (Round 13: ten words; bracketed qualifications and small words inside a title do not count.)
  // (Round 23: fourteen, for a command's title before a service's and a rank, "said U.S. Example
  // Command Deputy Commander U.S. Air Force Lt. Gen. Jane Roe".)
  let skipped = 0;
  for (let a = v + 1; a < items.length && a - v - skipped <= 14; a++) {
    const it = items[a];
    if (!("token" in it)) break;
    const t = tokens[it.token].text;
    // "said the paper's lead author, Jane Roe, a scientist": the name set off after a role.
    // (Round 31: behind its title too, "says the agency's second civilian leader, Under Secretary
    // Jane Roe,".)
    let named = a + 1;
    while (t === "," && named < a + 4 && TITLE_WORDS.has(lower(word(c, items[named]) ?? "").replace(/\.$/, ""))) named++;
    const afterComma = t === "," && a > v + 2 ? items[named] : undefined;
    // ("said Roe's spokesman, John Doe": past an owner's possessive too.)
    if (afterComma && (!m || m.possessive) && "token" in afterComma && mentionsByStart.has(afterComma.token)) {
      m = mentionsByStart.get(afterComma.token);
      break;
    }
    // (Round 20: "explained Example Agency (EA), Harbor District Commander, Col. Jane Roe": before
    // any name, a comma between capitalised title phrases does not count either.)
    if (t === "," && !m && a > v + 1 && isCapitalized(word(c, items[a + 1]) ?? "") && /^[\p{Lu})]/u.test(word(c, items[a - 1]) ?? "")) {
      skipped++;
      continue;
    }
    // "said 2nd Lt. Jane Roe", "said Petty Officer 1st Class Jane Roe": a rank's grade too
    // (round 7: run into the rank, "said 2ndLt Jane Roe"; round 8: "says ten-season jumper").
    // (Round 31: an ordinal among them, "says the agency's second highest-ranking leader".)
    const described = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*(?:['’]s)?$/u.test(t) && /\p{Ll}/u.test(t) && (ORDINAL.test(t) || !STOPWORDS.has(t)) && !SPEECH_VERBS.has(t) && !DETERMINERS.has(t);
    // "said Special Agent in Charge Jane Roe", "said Secretary of State Jane Roe": a small word
    // inside a capitalised title.
    // (Round 13: and it does not count towards the ten words, "said Occupational Safety and
    // Health Administration Area Director Jane Roe".)
    if (titleSmallWord(t) && a > v + 1 && titleSide(word(c, items[a - 1])) && titleSide(word(c, items[a + 1]))) {
      skipped++;
      continue;
    }
    // (Round 12: "said Command Master Chief (AW/SW) Jay Powers": a rating's qualifications in brackets.)
    const qualified = a > v + 1 && isCapitalized(word(c, items[a - 1]) ?? "") ? qualificationEnd(items.slice(a, a + 10).map((item) => word(c, item)), 0) : undefined;
    if (qualified !== undefined) {
      a += qualified;
      skipped += qualified + 1;
      continue;
    }
    if (!(isCapitalized(t) || mentionsByLast.has(it.token) || ROLE_NOUNS.has(lower(t)) || TITLE_WORDS.has(lower(t)) || DETERMINERS.has(lower(t)) || /^\d+(?:st|nd|rd|th)?(?:\p{Lu}\p{L}*)?$/u.test(t) || described)) break;
    m = mentionsByLast.get(it.token) ?? m;
  }
  return m;
}

export function after(c: Ctx, items: FrameItem[], qp: number): Attribution {
  const { tokens, mentionsByLast } = c;
  let p = qp + 1;
  // A pull quote credited with a dash: `"..." - Jane Roe`.
  const dash = word(c, items[qp + 1]);
  if (dash && /^[\u2014\u2013-]$/.test(dash)) {
    const signed = signature(c, items, qp + 2, 6);
    if (signed) return signed;
  }
  // (Round 36: the verb left out, `"...," Lt. Jane Roe, Sector Example's response chief.`: the
  // comma closing the quotation, the name and its role set off, the sentence's end; only for a
  // quotation opening its sentence, not one someone else's words frame, `When the radio said
  // "...," Jane Roe, a fisherman, began to cry.`)
  const end = quoteEnd(c, items[qp]);
  const opens = opensSentence(c, items, qp);
  if (opens && end > 0 && /,\s*$/.test(c.doc.text.slice(Math.max(0, end - 3), end))) {
    const signed = signature(c, items, qp + 1, 12, true);
    if (signed) return signed;
  }
  while (p < items.length && /^[,;:\u2014\u2013-]$/.test(word(c, items[p]) ?? "")) p++;
  const appositive = appositiveSpeaker(c, items, p) ?? (opens ? longAppositiveThenSaid(c, items, p) : undefined);
  if (appositive) return appositive;
  // (Round 13: up to twelve words, for a long office's title before the name, "FDA Center for
  // Drug Evaluation and Research Director Jane Roe said"; the phrase is checked by resolvePhrase.)
  for (let v = p; v < items.length && v - p <= 12; v++) {
    const it = items[v];
    if (!("token" in it) || /^[.!?;]$/.test(tokens[it.token].text)) return undefined;
    if (!isSpeechVerb(c, it) && !(v > p && MANNER_VERBS.has(tokens[it.token].text))) continue;
    // ("..." by the report": after a determiner the word is a noun, not a verb of saying.)
    if (v > p && DETERMINERS.has(lw(c, items[v - 1]))) continue;
    // `"...," adding that "..."`: a participle's subject is found before the quote.
    if (v === p && (isParticiple(c, it) || lw(c, items[v + 1]) === "that")) return undefined;
    if (v === p) {
      // Inverted: "said KCNA", "said Senate Majority Leader Chuck Schumer", "said Morgan
      // Stanley analyst Betsy Graseck", "said he": the last name in the phrase after the verb.
      const next = items[v + 1];
      if (!next || !("token" in next)) return undefined;
      const m = invertedName(c, items, v);
      if (m) return m.possessive ? NOBODY : { person: m.person };
      const w = lower(tokens[next.token].text);
      if (PRONOUNS_MALE.has(w)) return resolvePronoun(c, next.token, "m");
      if (PRONOUNS_FEMALE.has(w)) return resolvePronoun(c, next.token, "f");
      // "'We will not be moved,' says mayor": a headline's role with no article, its one holder.
      if ((ROLE_NOUNS.has(w) || TITLE_WORDS.has(w)) && /^\p{Ll}/u.test(tokens[next.token].text)) return resolveRole(c, w, next.token);
      // ""...," said the mayor.": the described role after the verb, up to the clause's end.
      if (w === "the") {
        let end = v + 1;
        // (Up to a preposition, a relative or a punctuation mark: "said the mayor on Monday".)
        const stop = (it: FrameItem) => !("token" in it) || !tokens[it.token].word || (/^(?:on|in|at|after|before|during|when|while|as|who|to|from|by|with|about|this|last|earlier|later)$/.test(c.lowered[it.token]) && lw(c, items[end]) !== "the");
        while (end + 1 < items.length && end - v < 6 && !stop(items[end + 1])) end++;
        const described = resolvePhrase(c, items, v + 1, end);
        if (described) return described;
      }
      return tokens[next.token].word ? NOBODY : undefined;
    }
    // (Round 30: `"..." of the U.S. also depends on its forces, said Jane Roe.`: the verb and
    // the name close the sentence after a comma, whatever stands between.)
    const closing = closingSaid(c, items);
    if (closing?.verb === v) return { person: closing.person };
    let end = v - 1;
    while (end >= p && isFiller(c, items[end])) end--;
    // ("one volunteer, Hal Roe, said": the comma closing a name set off.)
    const beforeComma = word(c, items[end]) === "," ? items[end - 1] : undefined;
    if (beforeComma && "token" in beforeComma && mentionsByLast.has(beforeComma.token)) end--;
    return nameOfOrigin(c, items, p, end) ?? resolvePhrase(c, items, p, end);
  }
  return undefined;
}

/**
 * Round 40: `"...," Jane Roe, park ranger with the Harbor District U.S. Army Corps of Engineers
 * said.`: a name right after the quotation, set off by a comma, and the verb of saying closing the
 * sentence after a long description (up to 24 words, no other person named in it).
 */
function longAppositiveThenSaid(c: Ctx, items: FrameItem[], p: number): Attribution {
  const { tokens, mentionsByStart } = c;
  const first = items[p];
  const m = first && "token" in first ? mentionsByStart.get(first.token) : undefined;
  if (!m || m.possessive || tokens[m.lastToken + 1]?.text !== ",") return undefined;
  for (let v = p + 1; v < items.length && v - p <= 24; v++) {
    const it = items[v];
    if (!("token" in it) || /^[!?;]$/.test(tokens[it.token].text) || (it.token > m.lastToken && mentionsByStart.has(it.token))) return undefined;
    if (tokens[it.token].text === ".") return undefined;
    const closes = !items[v + 1] || word(c, items[v + 1]) === ".";
    if (it.token > m.lastToken + 1 && closes && isSpeechVerb(c, it)) return { person: m.person };
  }
  return undefined;
}

/** No word before the quotation in its sentence: the quotation opens it. */
function opensSentence(c: Ctx, items: FrameItem[], qp: number): boolean {
  for (let k = 0; k < qp; k++) {
    const it = items[k];
    if ("token" in it && c.tokens[it.token].word) return false;
  }
  return true;
}

/** Where the quotation item's text ends (its closing mark's offset); -1 for a word. */
function quoteEnd(c: Ctx, item: FrameItem | undefined): number {
  return item && "quote" in item ? c.doc.quotes[item.quote].textEnd : -1;
}

/**
 * A quotation signed after it: titles, a name, and at most `roleWords` words of role set off by a
 * comma or in brackets (`"..." – Senator Jane Roe (D-N.M.)`, `"..." - Jane Roe, farmer`), no
 * verb of saying, up to the next quotation or a full stop (`"..." — Chuck. "..." — Betty`).
 * `roleNeeded`: the name alone is no signature.
 */
function signature(c: Ctx, items: FrameItem[], from: number, roleWords: number, roleNeeded = false): Attribution {
  const { tokens, mentionsByStart } = c;
  if (!items[from] || !("token" in items[from])) return undefined;
  // (Round 14: after a title, `"..." – Senator Jane Roe (D-N.M.)`.)
  let at = from;
  const titleAt = (it: FrameItem | undefined) => !!it && "token" in it && !mentionsByStart.has(it.token) && TITLE_WORDS.has(lower(word(c, it) ?? "").replace(/\.$/, ""));
  while (at < from + 3 && items[at + 1] && titleAt(items[at])) at++;
  const first = items[at];
  const m = first && "token" in first ? mentionsByStart.get(first.token) : undefined;
  // (A possessive names no speaker where the verb is left out: `"Harbor Days," Jane Roe's festival, ...`.)
  if (!m || (roleNeeded && m.possessive)) return undefined;
  const rest: FrameItem[] = [];
  for (const it of items.slice(at)) {
    if (!("token" in it) || /^[.!?]$/.test(tokens[it.token].text)) break;
    if (it.token > m.lastToken && tokens[it.token].word) rest.push(it);
  }
  // (A role after a comma, or a party and a state in brackets.)
  const roleAfter = /^[,(]$/.test(tokens[m.lastToken + 1]?.text ?? "") && rest.length <= roleWords && rest.every((it) => !isSpeechVerb(c, it));
  return (rest.length === 0 && !roleNeeded) || (roleAfter && rest.length > 0) ? { person: m.person } : undefined;
}

/**
 * Round 24: `“...!” Agency Specialist (Driver Instructor) Jane Roe, Driver and Marine Division,
 * explains that ...`: after the quotation, a name behind its capitalised title (a bracketed
 * qualification inside it), then "of ..." or a phrase set off by commas, then a verb of saying
 * before the sentence ends, twenty words at most: the name's person.
 */
export function titledSubjectAfter(c: Ctx, items: FrameItem[], qp: number): Attribution {
  const { tokens, mentionsByStart } = c;
  let a = qp + 1;
  let m: Mention | undefined;
  for (let depth = 0; a < items.length && a - qp <= 10; a++) {
    const it = items[a];
    if (!("token" in it)) return undefined;
    const t = tokens[it.token].text;
    m = depth === 0 ? mentionsByStart.get(it.token) : undefined;
    if (m) break;
    depth += t === "(" ? 1 : t === ")" ? -1 : 0;
    if (depth < 0 || (depth === 0 && t !== ")" && !isCapitalized(t) && !titleSmallWord(t))) return undefined;
  }
  if (!m || m.possessive || a === qp + 1) return undefined;
  const after = lower(tokens[m.lastToken + 1]?.text ?? "");
  if (after !== "of" && after !== ",") return undefined;
  for (let v = a + 1; v < items.length && v - qp <= 20; v++) {
    const it = items[v];
    if (!("token" in it) || /^[.!?;]$/.test(tokens[it.token].text) || (it.token > m.lastToken && mentionsByStart.has(it.token))) return undefined;
    if (it.token > m.lastToken + 1 && isSpeechVerb(c, it)) return { person: m.person };
  }
  return undefined;
}

/**
 * Round 24: `Tom Doe introduced her with a hearty “Welcome home, Amy!”`: a greeting given "with"
 * an article and at most two describing words is the sentence's subject's.
 */
export function greetedWith(c: Ctx, items: FrameItem[], qp: number): boolean {
  for (let k = qp - 1; k >= Math.max(0, qp - 4); k--) {
    const w = lw(c, items[k]);
    if (w === "with") return k < qp - 1 && /^(?:a|an)$/.test(lw(c, items[k + 1]) ?? "");
    if (!/^\p{Ll}+$/u.test(word(c, items[k]) ?? "")) return false;
  }
  return false;
}

/** Round 18: `"...," Jane Roe of the Example Agency said`: a name opening the subject, then where it is from. */
function nameOfOrigin(c: Ctx, items: FrameItem[], p: number, end: number): Attribution {
  const lead = items[p];
  const m = lead && "token" in lead ? c.mentionsByStart.get(lead.token) : undefined;
  if (!m || m.possessive || !/^(?:of|from)$/.test(c.tokens[m.lastToken + 1]?.text ?? "")) return undefined;
  const rest = items.slice(p + 1, end + 1);
  const other = rest.some((it) => "token" in it && it.token > m.lastToken && (c.mentionsByStart.has(it.token) || !c.tokens[it.token].word));
  return other ? undefined : { person: m.person };
}

/**
 * The subject of a participle or gerund of saying ("X addressed ... saying", "X continued by
 * saying that", "..., adding that"): the subject of the finite verb of saying before it, else
 * the subject of the clause (a name, "he"/"she", "the <role>").
 */
export function participleSubject(c: Ctx, items: FrameItem[], v: number): Attribution {
  const { tokens, mentionsByLast } = c;
  // "..., with Roe stating: ...": the participle's own subject right before it.
  const own = items[v - 1] && "token" in items[v - 1] ? mentionsByLast.get((items[v - 1] as { token: number }).token) : undefined;
  if (own && !own.possessive && !own.insideQuote && !isSpeechVerb(c, items[v - 2])) return { person: own.person };
  for (let a = v - 1; a >= 0; a--) {
    if (isSpeechVerb(c, items[a]) && !isParticiple(c, items[a])) {
      const subject = subjectOf(c, items, a);
      if (subject && subject.person !== null) return subject;
      break;
    }
  }
  for (let p = 0; p < v; p++) {
    const it = items[p];
    if (!("token" in it)) continue;
    const m = mentionsByLast.get(it.token);
    if (m && !m.possessive && !m.afterPreposition && !m.insideQuote) return { person: m.person };
    const w = lower(tokens[it.token].text);
    if (w === "he") return resolvePronoun(c, it.token, "m");
    if (w === "she") return resolvePronoun(c, it.token, "f");
    if (w === "the" && p + 1 < v) {
      const role = lw(c, items[p + 1]);
      if (ROLE_NOUNS.has(role) || TITLE_WORDS.has(role)) return resolveRole(c, role, it.token);
    }
  }
  return undefined;
}

/** `Roe's call to "..."`, `Roe's words, "..."`: the quotation belongs to the possessor of the noun. */
export function possessedWords(c: Ctx, items: FrameItem[], qp: number): Attribution {
  const { mentionsByLast } = c;
  let p = qp - 1;
  if (/^(?:to|for|of|,|:)$/.test(word(c, items[p]) ?? "")) p--;
  if (!POSSESSED_SPEECH_NOUNS.has(lw(c, items[p]))) return undefined;
  // ("his famous quote, "...": an adjective between the owner and the noun.)
  let o = p - 1;
  if (/^\p{Ll}+$/u.test(word(c, items[o]) ?? "") && !PRONOUNS_MALE.has(lw(c, items[o])) && !PRONOUNS_FEMALE.has(lw(c, items[o])) && !STOPWORDS.has(lw(c, items[o]))) o--;
  const owner = items[o];
  // "His famous quote, "..."": a possessive pronoun for its owner.
  const own = lw(c, owner);
  if (owner && "token" in owner && (own === "his" || own === "her")) return resolvePronoun(c, owner.token, own === "his" ? "m" : "f");
  const m = owner && "token" in owner ? mentionsByLast.get(owner.token) : undefined;
  return m && m.possessive && !m.insideQuote ? { person: m.person } : undefined;
}

/** Attribution before the quote in its sentence: `X said "..."`, `X said: "..."`. */
/**
 * `The trail will reopen, said spokesman Jane Roe, who ... -- "..."`: after a comma, a verb of
 * saying then its subject (roles and titles before the name): the inverted attribution of the
 * clause, whose speaker goes on into the quotation.
 */
function invertedSubject(c: Ctx, items: FrameItem[], v: number): Attribution {
  // (Round 8: or the verb opening the sentence, "Says ten-season jumper Jane Roe, "..."".)
  if (word(c, items[v - 1]) !== "," && v !== 0) return undefined;
  for (let p = v + 1; p < items.length && p <= v + 5; p++) {
    const it = items[p];
    if (!("token" in it)) return undefined;
    const m = c.mentionsByStart.get(it.token);
    if (m) return m.possessive || m.insideQuote ? undefined : { person: m.person };
    const l = c.lowered[it.token];
    // (A plain or hyphened modifier of the role: "veteran", "ten-season", "20-year-old".)
    const modifier = /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*$/u.test(l) && /\p{Ll}/u.test(l) && !STOPWORDS.has(l) && !SPEECH_VERBS.has(l) && !CLAUSE_OPENERS.has(l);
    if (!(isRoleWord(l) || TITLE_WORDS.has(l) || DETERMINERS.has(l) || isCapitalized(c.tokens[it.token].text) || modifier)) return undefined;
  }
  return undefined;
}

/**
 * Round 18: `Roe was recognized for "pioneering the field"`, `it was called "a disgrace"`: a verb of
 * saying in the passive; its subject is who was spoken of, and the speaker goes unnamed.
 */
function passiveVoice(c: Ctx, items: FrameItem[], v: number): boolean {
  if (!/(?:ed|told)$/.test(lw(c, items[v]))) return false;
  // (Fillers may stand between: "was also described as".)
  for (let b = v - 1; b >= 0 && b >= v - 4; b--) {
    const w = lw(c, items[b]);
    if (/^(?:was|were|is|are|been|being|be)$/.test(w)) return true;
    if (!VERB_FILLERS.has(w)) return false;
  }
  return false;
}

export function before(c: Ctx, items: FrameItem[], qp: number): Attribution {
  const { mentionsByStart } = c;
  for (let v = qp - 1; v >= 0; v--) {
    // ("efforts in the state,": after a preposition and a determiner the word is a noun, not a
    // verb of saying; "of her saying" is a gerund, still one.)
    // (Round 30: "The continued "..." of ...": a participle right between a determiner and the
    // quotation is its adjective.)
    const adjective = v === qp - 1 && DETERMINERS.has(lw(c, items[v - 1])) && /ed$/.test(lw(c, items[v]));
    const noun = (DETERMINERS.has(lw(c, items[v - 1])) && PREPOSITIONS.has(lw(c, items[v - 2])) && !/ing$/.test(lw(c, items[v]))) || adjective;
    if (isSpeechVerb(c, items[v]) && !noun) {
      if (passiveVoice(c, items, v)) return NOBODY;
      if (isParticiple(c, items[v])) {
        const subject = participleSubject(c, items, v);
        if (subject) return subject;
      }
      const inverted = invertedSubject(c, items, v);
      if (inverted) return inverted;
      // `"A," said Capt. Jane Roe, the commander. "B"` left in one sentence: the inverted
      // attribution of the quote before the verb (read first: with a quotation before the verb,
      // no subject stands there).
      let q = v - 1;
      while (q >= 0 && /^[,;:\u2014\u2013-]$/.test(word(c, items[q]) ?? "")) q--;
      if (q >= 0 && q !== qp && "quote" in items[q]) {
        const fromQuote = after(c, items, q);
        if (fromQuote?.person != null) return fromQuote;
      }
      const subject = subjectOf(c, items, v);
      if (subject) return subject;
      const next = items[v + 1];
      const m = next && "token" in next ? mentionsByStart.get(next.token) : undefined;
      return m && !m.possessive ? { person: m.person } : undefined;
    }
  }
  return undefined;
}

/**
 * Round 37: `Completing what he called a "very methodical" transition, ...`: a label after "what"
 * and its subject's verb of naming (`called`, `termed`, `described as`) is the subject's words (a
 * pronoun or a name).
 */
export function whatTheyCalled(c: Ctx, items: FrameItem[], qp: number): Attribution {
  let k = qp - 1;
  if (DETERMINERS.has(lw(c, items[k]))) k--;
  if (lw(c, items[k]) === "as" && /^(?:described|characterized|characterised)$/.test(lw(c, items[k - 1]))) k--;
  if (!/^(?:called|calls|termed|terms|dubbed|dubs|labeled|labelled|described|characterized|characterised)$/.test(lw(c, items[k]))) return undefined;
  const subject = items[k - 1];
  if (lw(c, items[k - 2]) !== "what" || !subject || !("token" in subject)) return undefined;
  const w = lw(c, subject);
  if (PRONOUNS_MALE.has(w)) return resolvePronoun(c, subject.token, "m");
  if (PRONOUNS_FEMALE.has(w)) return resolvePronoun(c, subject.token, "f");
  const m = c.mentionsByLast.get(subject.token);
  return m && !m.possessive ? { person: m.person } : undefined;
}

/** "according to X" anywhere in the sentence; "in the words of (the role,) X" before the quote. */
/**
 * Round 30: `The continued "..." of the U.S. depends on its forces, said Jane Roe.`: the sentence
 * closes on an inverted attribution (a comma, a verb of saying, a titled name, the stop); the
 * verb's position and the name's person.
 */
export function closingSaid(c: Ctx, items: FrameItem[]): { verb: number; person: number } | undefined {
  let p = items.length - 1;
  while (p >= 0 && "token" in items[p] && /^[.!?]$/.test(c.tokens[(items[p] as { token: number }).token].text)) p--;
  const last = items[p];
  const m = last && "token" in last ? c.mentionsByLast.get(last.token) : undefined;
  if (!m || m.possessive || m.person === null) return undefined;
  let v = p;
  while (v >= 0 && "token" in items[v] && (items[v] as { token: number }).token >= m.titleStart) v--;
  return isSpeechVerb(c, items[v]) && word(c, items[v - 1]) === "," ? { verb: v, person: m.person } : undefined;
}

export function accordingTo(c: Ctx, items: FrameItem[], qp = items.length): Attribution {
  const { mentionsByLast, mentionsByStart } = c;
  for (let p = 0; p + 2 < qp; p++) {
    if (lw(c, items[p]) === "words" && lw(c, items[p + 1]) === "of") {
      for (let a = p + 2; a < qp && a - p <= 10; a++) {
        const it = items[a];
        if (!("token" in it)) break;
        const m = mentionsByStart.get(it.token) ?? mentionsByLast.get(it.token);
        if (m) return m.possessive ? NOBODY : { person: m.person };
      }
      return NOBODY;
    }
  }
  for (let p = 0; p + 2 < items.length; p++) {
    if (lw(c, items[p]) === "according" && lw(c, items[p + 1]) === "to") {
      const next = items[p + 2];
      if (!("token" in next)) return undefined;
      // "according to engineer Jane Roe", "according to the agency's director, Jane Roe": a name
      // after a short lead of determiners, role nouns and title words.
      for (let a = p + 2; a < items.length && a <= p + 7; a++) {
        const it = items[a];
        if (!("token" in it)) break;
        const m = mentionsByStart.get(it.token);
        if (m) return m.possessive ? NOBODY : { person: m.person };
        const w = c.lowered[it.token];
        if (!(DETERMINERS.has(w) || ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || w === "," || /^\p{Ll}+$/u.test(c.tokens[it.token].text))) break;
      }
      return NOBODY;
    }
  }
  return undefined;
}

/** First person named in the sentence as a subject (not possessive, not after a preposition). */
export function sentenceSubject(c: Ctx, items: FrameItem[], upTo = items.length): Attribution {
  const { mentionsByLast } = c;
  for (let p = 0; p < upTo; p++) {
    const it = items[p];
    if (!("token" in it)) continue;
    const m = mentionsByLast.get(it.token);
    if (m && !m.possessive && !m.afterPreposition && !m.insideQuote) return { person: m.person };
  }
  return undefined;
}

/**
 * A paragraph that introduces the quotation after it without a verb of saying: a speaker label
 * ("Jane Roe, Minister of Health"), an intro ("The following is a statement from Minister Jane
 * Roe ...", "Excerpts of Minister Jane Roe speaking at ..."), or a release headline ("Minister
 * Roe Statement on ..."). Only paragraphs holding no quotation of their own count.
 */
/**
 * `Jane Roe, Harbour Commissioner`: a paragraph that is a name, then a comma and a short role (at
 * most twelve words, no sentence, no quotation, no verb of saying): a speaker's label or credit.
 */
export function labelLine(c: Ctx, paragraph: number): Attribution {
  const { doc, tokens, text, mentionsByStart, tokensOfSentence, quotesInParagraph, sentencesOfParagraph } = c;
  const para = doc.paragraphs[paragraph];
  if (!para || quotesInParagraph.has(paragraph)) return undefined;
  let first = tokensOfSentence[sentencesOfParagraph[paragraph][0]]?.[0];
  // ("— Jane Roe, farmer": a credit signed with a dash.)
  while (first !== undefined && /^(?:[—–]|--?)$/.test(tokens[first]?.text ?? "")) first++;
  const opening = first === undefined ? undefined : mentionsByStart.get(first);
  if (!opening) return undefined;
  const paraText = text.slice(para.start, para.end).replace(/^(?:[—–]|--?)\s*/, "");
  let end = opening.lastToken;
  // In headline case a name is found word by word ("Jane" "Roe"): take the run of its mentions.
  while (mentionsByStart.get(end + 1)?.person === opening.person) end = (mentionsByStart.get(end + 1) as Mention).lastToken;
  const labelled = tokens[end + 1]?.text === "," && wordCount(paraText) <= 12 && !/[.!?]$/.test(paraText) && !/\b(?:said|says|told|added)\b/.test(paraText);
  return labelled ? { person: opening.person } : undefined;
}

/**
 * Round 6: whether the copy credits its set-off quotations below them (`"..."` ¶ `Jane Roe,
 * farmer`), read from the first quotation that fills its paragraph: a label line after it and
 * none before. Testimonial pages do; release pages set the label above.
 */
export function creditsBelow(c: Ctx): boolean {
  if (c.creditsBelow === undefined) {
    const q = c.doc.quotes.find((x) => {
      const para = c.doc.paragraphs[x.paragraph];
      return x.open === para.start && c.text.slice(x.close, para.end).trim().length === 0;
    });
    c.creditsBelow = !!q && !labelLine(c, q.paragraph - 1) && !!labelLine(c, q.paragraph + 1);
  }
  return c.creditsBelow;
}

export function introduction(c: Ctx, paragraph: number): Attribution {
  const { doc, tokens, mentionsByLast, mentionsByStart, tokensOfSentence, quotesInParagraph, sentencesOfParagraph } = c;
  if (quotesInParagraph.has(paragraph)) return undefined;
  const para = doc.paragraphs[paragraph];
  const paraTokens = sentencesOfParagraph[paragraph].flatMap((x) => tokensOfSentence[x]);
  if (paraTokens.length === 0) return undefined;
  // A paragraph with its own verb of saying ("..., who said:") is read by the usual rules.
  // (Past forms only: "report" or "comments" may be nouns.)
  if (paraTokens.some((t) => SPEECH_VERBS.has(tokens[t].text) && /(?:ed|said|says|told|wrote)$/.test(tokens[t].text))) return undefined;
  const label = labelLine(c, paragraph);
  if (label) return label;
  for (const t of paraTokens) {
    const w = lower(tokens[t].text);
    if (!INTRO_NOUNS.has(w)) continue;
    // "Roe Statement on ...", "Minister Roe's remarks": the name right before the noun.
    const m = mentionsByLast.get(t - 1);
    if (m && !m.insideQuote) return { person: m.person };
    // "a statement from (title) Jane Roe", "excerpts of Jane Roe speaking".
    if (/^(?:from|by|of)$/i.test(tokens[t + 1]?.text ?? "")) {
      for (let a = t + 2; a < t + 9 && a < tokens.length && tokens[a].start < para.end; a++) {
        const found = mentionsByStart.get(a);
        if (found) return { person: found.person };
        if (!isCapitalized(tokens[a].text) && !DETERMINERS.has(lower(tokens[a].text)) && !ROLE_NOUNS.has(lower(tokens[a].text))) break;
      }
    }
  }
  return undefined;
}

export function quoteText(c: Ctx, q: DocQuote): string {
  const { text } = c;
  return text.slice(q.textStart, q.textEnd);
}

export function isTitleOrMention(c: Ctx, q: DocQuote, items: FrameItem[]): boolean {
  const { tokens, text } = c;
  const inner = quoteText(c, q).trim();
  if (!/\p{L}/u.test(inner)) return true;
  // Round 12: a web address in marks (`Retrieved from “https://...”`) names a page, says nothing.
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(inner)) return true;
  // Round 6: a headline that is one quotation from end to end (""Roe Has Made Clean-Ups a
  // Priority"") quotes someone, however capitalised.
  const section = c.doc.sections[lastAtOrBefore(c.doc.sections, q.open)];
  if (section?.kind === "headline" && q.open === section.start && q.close >= c.text.slice(section.start, section.end).trimEnd().length + section.start) return false;
  const lead = text.slice(Math.max(0, q.open - 40), q.open).trimEnd();
  // ("first used the term "alternative facts"": a term someone coined is their words, quoted;
  // "used the word "comrade" twice" mentions a word.)
  if (NAMING_CUES.test(lead) && !/\b(?:coined|first used|first uttered)\s+(?:the|a|this|that)\s+(?:term|phrase)$/i.test(lead)) return true;
  // A nickname inside a name (Jane "Ace" Roe): capitalised words between a given name and a surname.
  if (/^\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2}$/u.test(inner) && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, q.open - 40), q.open)) && /^ \p{Lu}\p{Ll}/u.test(text.slice(q.close, q.close + 3)))
    return true;
  // `2nd Squadron "Sabre," 3rd Regiment`: a unit's or a thing's nickname after a capitalised noun.
  if (/^\p{Lu}\p{Ll}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,2},?$/u.test(inner) && /(?:^|[^.!?:]\s)\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, q.open - 40), q.open)) && !/^\s*\p{Ll}/u.test(text.slice(q.close + 1, q.close + 4)))
    return true;
  // Every word capitalised and no closing punctuation: the name of a work ("The Internet
  // Explorer 6 Countdown"), unless the whole sentence is in headline case. (A comma may close a
  // title set off in a sentence, `a book, "The Long Winter," about`, but not one an attribution
  // follows, `"We Will Rebuild," Roe said`.)
  const words = inner.split(/\s+/);
  const capitalised = (w: string) => /^[\p{Lu}\p{N}#]/u.test(w) || SMALL_WORDS.has(w);
  const closes = /[.;:!?]$/.test(inner) || (inner.endsWith(",") && attributionFollows(c, q));
  if (words.length >= 2 && words.length <= 10 && words.every(capitalised) && !closes) {
    const frameWords = items.filter((it) => "token" in it && tokens[it.token].word).map((it) => tokens[(it as { token: number }).token].text);
    const frameCaps = frameWords.filter((w) => w.length > 3 && isCapitalized(w)).length;
    const frameLong = frameWords.filter((w) => w.length > 3).length;
    // (A short sentence around it says nothing about headline case: "Roe appeared on "Morning
    // Edition" on Tuesday" has two capitals in three long words.)
    if (frameLong < 4 || frameCaps / frameLong < 0.6) return true;
  }
  return false;
}

/** A verb of saying within the four words after the quotation: ""...," Roe said", ""...," said Roe". */
function attributionFollows(c: Ctx, q: DocQuote): boolean {
  const after = c.text.slice(q.close + 1, q.close + 60).match(/[\p{L}'’]+/gu) ?? [];
  return after.slice(0, 4).some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

export function isLabel(c: Ctx, items: FrameItem[], qp: number): boolean {
  const prev = lw(c, items[qp - 1]);
  const next = word(c, items[qp + 1]);
  // (Round 28: "informed the audience that "the Marines ... represent 38,000 Reservists" spread
  // ...": "that" before more than three words opens a clause, no label.)
  const clause = prev === "that" && "quote" in items[qp] && wordCount(quoteText(c, c.doc.quotes[items[qp].quote])) > 3;
  if (DETERMINERS.has(prev) && !clause && !!next && /^\p{Ll}+$/u.test(next) && !STOPWORDS.has(next) && !SPEECH_VERBS.has(next)) return true;
  return scareQuotedNoun(c, items, qp);
}

/**
 * `in a bondage "dress"`: one or two words in marks as the head of a noun phrase opened by a
 * determiner (a modifier between them at most), in a sentence with no verb of saying before it.
 */
function scareQuotedNoun(c: Ctx, items: FrameItem[], qp: number): boolean {
  const q = items[qp];
  if (!q || !("quote" in q)) return false;
  const words = wordCount(quoteText(c, c.doc.quotes[q.quote]));
  const prev = lw(c, items[qp - 1]);
  // "the so-called "smart" meters": the reporter's distance from a word, nobody's statement.
  if (prev === "so-called" && words <= 4) return true;
  // A short phrase in marks used as a modifier, its noun right after it ("tells Wikinews about
  // 'self-medicating' ants", "a fight over "forever" chemicals"): a scare quote, not a speaker's
  // words. After "about" even beside a verb of saying (what is told about, not what is said).
  const next = word(c, items[qp + 1]);
  const modifies = words <= 3 && !!next && /^\p{Ll}{3,}$/u.test(next) && !STOPWORDS.has(next) && !PREPOSITIONS.has(next) && !SPEECH_VERBS.has(next) && !/(?:ed|ly)$/.test(next);
  if (modifies && prev === "about") return true;
  if (words > 2 && !(modifies && PREPOSITIONS.has(prev))) return false;
  const modified = DETERMINERS.has(lw(c, items[qp - 2])) && /^\p{Ll}+$/u.test(word(c, items[qp - 1]) ?? "") && !STOPWORDS.has(prev);
  if (!DETERMINERS.has(prev) && !modified && !(modifies && PREPOSITIONS.has(prev))) return false;
  // No verb of saying in its clause ("Roe called it a "disgrace"", "railed against the
  // "messianism"" are Roe's words; "..., after seeing videos of her in a "dress"" is not).
  for (let a = qp - 1; a >= 0; a--) {
    if (/^[,;:\u2014\u2013]$/.test(word(c, items[a]) ?? "")) return true;
    if (isSpeechVerb(c, items[a]) || lw(c, items[a]) === "as") return false;
  }
  return true;
}

/**
 * In an interview set as "Jane Roe: answer ..." paragraphs, the speaker of the answer holding
 * `paragraph`: the label opening it or one of the three paragraphs before it. A label that names
 * no person ("Wikinews:", "Q:") is the interviewer: nobody. Undefined when no label is near.
 */
/**
 * Round 6: a body is a transcript when turn labels ("Q:", "JANE ROE:", "Poet Jane Roe:") open two
 * of its paragraphs at least, and a label recurs or names a person: an advisory's "What:",
 * "Where:", "Host:" each open one paragraph, name no one, and label no answers.
 */
export function isTranscript(c: Ctx): boolean {
  if (c.transcript === undefined) {
    const seen = new Set<string>();
    let recurs = false;
    let person = false;
    c.doc.paragraphs.forEach((para, p) => {
      const label = para.section === "body" ? /^((?:\p{Lu}[\p{L}.'’\-]*\s?){1,3}):\s/u.exec(c.text.slice(para.start, para.start + 50))?.[1] : undefined;
      if (!label) return;
      recurs ||= seen.has(label);
      seen.add(label);
      person ||= turnLabel(c, p)?.person != null;
    });
    c.transcript = seen.size >= 2 && (recurs || person);
  }
  return c.transcript;
}

/**
 * The speaker whose turn label opens the paragraph or one of the three before it. `narration`
 * (round 14): none past a paragraph without a label that reports speech in the third person
 * (`"...," Roe said.`): the interview is over and a story is being told.
 */
export function answerSpeaker(c: Ctx, paragraph: number, narration = false): Attribution {
  for (let p = paragraph; p >= 0 && p >= paragraph - 3; p--) {
    const para = c.doc.paragraphs[p];
    if (!para || para.section !== "body") return undefined;
    const label = turnLabel(c, p);
    if (label) return label;
    if (narration && reportsSpeech(c, p)) return undefined;
  }
  return undefined;
}

/** Whether a sentence of the paragraph has a verb of saying outside its quotations. */
function reportsSpeech(c: Ctx, paragraph: number): boolean {
  return c.sentencesOfParagraph[paragraph].some((s) => frameOf(c, s).some((it) => "token" in it && isSpeechVerb(c, it) && /^\p{Ll}/u.test(c.tokens[it.token].text)));
}

/**
 * The label opening paragraph `p`: its person ("Jane Roe:", "Poet Jane Roe:", "SECRETARY ROE:"),
 * nobody for an interviewer's label ("Wikinews:", "Q:", "QUESTION:"), undefined for no label.
 */
function turnLabel(c: Ctx, p: number): Attribution {
  const para = c.doc.paragraphs[p];
  const first = c.tokensOfSentence[c.sentencesOfParagraph[p]?.[0]]?.[0];
  if (!para || first === undefined) return undefined;
  // A name among the first words, then the colon.
  for (let t = first; t < first + 5; t++) {
    const m = c.mentionsByStart.get(t);
    if (m && c.tokens[m.lastToken + 1]?.text === ":") return { person: m.person };
    if (c.tokens[t]?.text === ":" || !c.tokens[t]?.word) break;
  }
  // One or two capitalised words and a colon open the paragraph.
  return /^(?:\p{Lu}[\p{L}.]*\s?){1,2}:\s/u.test(c.text.slice(para.start, para.start + 40)) ? NOBODY : undefined;
}

/**
 * "you" in an interviewer's turn ("QUESTION: ... you told me, "...""): the one interviewed, whose
 * label opens the nearest answer after the question (or, failing that, before it).
 */
export function interviewee(c: Ctx, paragraph: number): Attribution {
  if (answerSpeaker(c, paragraph) !== NOBODY) return undefined;
  for (const step of [1, -1]) {
    for (let p = paragraph + step, n = 0; n < 4 && p >= 0 && p < c.doc.paragraphs.length; p += step, n++) {
      const label = turnLabel(c, p);
      if (label && label.person !== null) return label;
    }
  }
  return undefined;
}
