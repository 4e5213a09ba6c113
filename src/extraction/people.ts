// Finds people: runs of capitalised words whose tail looks like a personal name, kept only with
// evidence that a person is meant (a title or role before it, a role after it, a common given name,
// a middle initial, a speech verb next to it). Surname-only and misspelt mentions are then folded
// into the full name they refer to, so each person appears once.
import {
  COURTESY_TITLES,
  DEMONYMS,
  GOVERNMENT_NOUNS,
  HYPHEN_PREFIXES,
  NUMBER_WORDS,
  NOT_WORLD_GIVEN_NAMES,
  ORG_ADJECTIVES,
  PLACE_INITIALS,
  TWO_LETTER_ABBREVIATIONS,
  SHORT_FILLERS,
  HEADLINE_VERBS,
  isPluralHeadlineVerb,
  HUMAN_OBJECT_VERBS,
  HUMAN_VERBS,
  TURN_LABEL_WORDS,
  PERSONAL_NOUNS,
  INSTITUTION_WORDS,
  PLACE_HEADS_FIRST,
  PLACE_TAILS,
  DETERMINERS,
  POST_HEADS_FIRST,
  POST_MODIFIERS,
  VESSEL_NOUNS,
  EVENT_WORDS,
  FEATURE_HEADS,
  PLACE_HEADS_LAST,
  PREPOSITIONS,
  WEAK_TITLES,
  COUNTRY_PHRASES,
  PERSON_OF_NOUNS,
  PLACE_OF_NOUNS,
  KINSHIP_NOUNS,
  FEMALE_TITLES,
  GIVEN_NAMES,
  GIVEN_NAME_SHORT_FORMS,
  MALE_TITLES,
  MONTHS_AND_DAYS,
  NON_PERSON_SUBJECTS,
  ORG_HEAD_NOUNS,
  COMPANY_NOUNS,
  PARTNER_NOUNS,
  COMPANY_MODIFIERS,
  PERSON_NOUNS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_WORDS,
  ORG_WORD_SURNAMES,
  PLACES,
  STATE_ABBREVIATIONS,
  PLURAL_TITLES,
  RARER_GIVEN_NAMES,
  ORG_ROLE_NOUNS,
  ROLE_NOUNS,
  SMALL_WORDS,
  SPEECH_VERBS,
  STOPWORDS,
  THING_HEADS,
  THING_NOUNS,
  INCIDENT_HEADS,
  OBSERVANCE_HEADS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  TITLES_AS_GIVEN_NAMES,
  VESSEL_PREFIXES,
  UNIT_MODIFIERS,
  UNIT_WORDS,
} from "./lexicon";
import { Doc, SectionKind } from "./sentences";
import { isAcronym, isCapitalized, LOST_LETTER, stripPossessive, Token, wordCount } from "./tokens";
import { worldGivenName } from "./world-names";

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

/** "Jr.", "Sr": a generational suffix after a name. */
const GENERATIONAL = /^(?:Jr|Sr)\.?$/;

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/, "").replace(/’/g, "'");
}

/**
 * "James To", "Wilson Or": a surname that is also a common word ("to", "or"), capitalised after a
 * common given name that closes the run. Places, months, titles and nationalities aside.
 */
function commonWordSurname(words: string[], k: number, speaking = false): boolean {
  const w = words[k];
  const given = words[k - 1]?.toLowerCase() ?? "";
  if (k !== words.length - 1 || k === 0 || !/^\p{Lu}\p{Ll}+$/u.test(w) || !GIVEN_NAMES.has(given) || RARER_GIVEN_NAMES.has(given)) return false;
  const l = w.toLowerCase();
  // (Nor an organisation's or a place's head: "Ross Sea", "Grant Street"; but "said Mike Hall,
  // the agency's officer": an organisation's word is a surname in a speaker's slot.)
  // (Round 13: or after a title in the run, "Ranger Nick Hall", "Sgt. Amy Church".)
  const titled = k >= 2 && (TITLE_WORDS.has(lower(words[k - 2])) || isRoleNoun(lower(words[k - 2])));
  return ![PLACES, MONTHS_AND_DAYS, TITLE_WORDS, DEMONYMS, PLACE_HEADS_LAST].some((list) => list.has(l)) && (speaking || titled || !isOrgWord(l)) && !GIVEN_NAMES.has(l);
}

/** "P.", and run-together initials ("K.C."), but not a place's or body's ("U.S.", "U.N."). */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || (/^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACE_INITIALS.includes(word));
}



/** A surname with an elided or hyphened particle: "d'Ettorre", "dell'Utri", "al-Qawasmi", "bin-Talal". */
const ELIDED_PARTICLE = /^(?:(?:d|dell|dall|l)['’]|(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|bint)-)\p{Lu}\p{Ll}+$/u;

// A capitalised word of letters, marks, apostrophes and hyphens (and a letter the capture lost).
const NAME_WORD = new RegExp(String.raw`^\p{Lu}(?:[\p{L}\p{M}'’\-]|${LOST_LETTER})*$`, "u");

/** "al-" in "al-Qawasmi": a later mention may drop it ("said Qawasmi"). */
const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az)-(?=\p{Lu})/iu;

function nameLike(word: string): boolean {
  if (ELIDED_PARTICLE.test(word)) return true;
  // (Round 14: nor a brand's capitals run into a word, "UChicago", "UConn".)
  // (Round 14: a letter the capture lost inside it, "Hern?ndez", as the tokens keep it.)
  if (!NAME_WORD.test(word) || isAcronym(word) || /^\p{Lu}{2}\p{Ll}/u.test(word)) return false;
  // "I'm", "We're", "I'll": a pronoun with its verb.
  if (/^I$|['’](?:m|ll|re|ve|d)$/.test(word)) return false;
  const l = lower(word);
  if (GIVEN_NAMES.has(l)) return true;
  if ([STOPWORDS, MONTHS_AND_DAYS, ORG_WORDS, PLACES, DEMONYMS, TITLE_WORDS].some((list) => list.has(l))) return false;
  // "Iranian-Americans", "post-Cold", "Anglo-French": compounds of places and nationalities.
  if (l.includes("-") && l.split("-").some((part) => DEMONYMS.has(part) || PLACES.has(part) || STOPWORDS.has(part)))
    return false;
  return true;
}

/**
 * `Jane "Ace" Roe`: after token j, a quoted nickname of one to three capitalised words (or
 * initials) and then, after a space, another capitalised word. Returns the nickname's tokens.
 */
function nicknameAfter(tokens: Token[], j: number, text: string): { from: number; to: number; text: string } | undefined {
  const open = tokens[j + 1];
  if (!open || !/^["“]$/.test(open.text) || !adjacent(tokens[j], open, text)) return undefined;
  for (let m = j + 2; m <= j + 4 && m + 2 < tokens.length; m++) {
    const t = tokens[m];
    if (!t.word || !isCapitalized(t.text) || (m > j + 2 && !adjacent(tokens[m - 1], t, text))) return undefined;
    const close = tokens[m + 1];
    if (/^["”]$/.test(close.text) && close.start === t.end) {
      const after = tokens[m + 2];
      if (!after.word || !isCapitalized(after.text) || !adjacent(close, after, text) || open.end !== tokens[j + 2].start) return undefined;
      return { from: j + 1, to: m + 1, text: text.slice(open.start, close.end) };
    }
  }
  return undefined;
}

/** "1st", "Second": the grade of a rank ("Petty Officer 1st Class"). */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/i;



// (Round 23: its possessive too, "the Roe administration's commitment".)
const GOVERNMENT_NOUN = { test: (w: string) => GOVERNMENT_NOUNS.has(w.toLowerCase().replace(/['’]s$/, "")) };
/** "administrations", "presidencies": a government noun's plural. */
const governmentPlural = (w: string) => /s$/.test(w) && GOVERNMENT_NOUN.test(w.replace(/ies$/, "y").replace(/s$/, ""));

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
  /** In headline case, but named with a title ("Secretary Roe on ..."): to be trusted. */
  titled?: boolean;
  /** Round 18: its appositive names it another's relative ("Jon Roe, father of Sgt. Al Roe,"). */
  kinOf?: boolean;
}

/** True when most longer words of the text are capitalised: headline case, where capitals say nothing. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => isCapitalized(w)).length / words.length > 0.6;
}

/**
 * Round 8: a paragraph written in capitals, as radio scripts are ("SOLDIERS FROM THE CALIFORNIA
 * NATIONAL GUARD GOT TO TEST ..."): eight words or more, nine in ten of them in capitals. Its
 * capitals say nothing about names, as in a headline.
 */
export function inCapitals(text: string): boolean {
  const words = text.slice(0, 2000).match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 8 && words.filter((w) => /^\p{Lu}+$/u.test(w)).length >= words.length * 0.9;
}

/** A paragraph of its own in headline case: a release headline, not a sentence or a quotation. */
function isTitleCaseLine(text: string): boolean {
  // (A sentence closed by a credit in brackets, "... on May 3. (EPA photo)", is a caption's prose.)
  // (Round 7: nor a roster's entry, fields split by semicolons: "* Jane Roe; University of X; Title".)
  // (Round 13: nor a line closing a quotation after its stop, "Petty Officer 2nd Class Jane Roe
  // said, "I was ready."", where capitals outnumber short lower-case words.)
  if (/;\s/.test(text)) return false;
  if (/^["“‘']/.test(text) || /[\p{Ll}\d][.!?]\s/u.test(text) || /[.!?:;,]["”’']?$/.test(text) || /[.!?]\s*\([^()]{1,60}\)$/.test(text)) return false;
  // "Jane Roe, Harbour Commissioner": a speaker label, whose name is read as written.
  // (Round 9: a roster's item too, "- Jane Roe, Ph.D., NOAA administrator".)
  // (Round 10: or a dash or a bracket after the name, "Jane Roe – Example Police Department".)
  if (/^(?:[-*•–]\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3}(?:,\s|\s[–—-]\s|\s\()/u.test(text) && wordCount(text) <= 12) return false;
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => isCapitalized(w)).length / words.length > 0.6;
}

/**
 * Round 14: "• Secretary Roe Tours Steel Plant in Gary, Indiana – “It was great ...,” said Roe.": a
 * round-up's item opens on its story's headline, in headline case, before a dash and the quotation.
 */
function itemHeadline(text: string, start: number): { start: number; end: number }[] {
  const lead = /^(?:[•·▪►*-]\s*)?([^"“”–—]{10,200}?)\s[–—-]\s["“]/u.exec(text);
  return lead && isTitleCaseLine(lead[1]) ? [{ start, end: start + lead[0].length - 1 }] : [];
}

/** Token t is a capitalised title right before a name in headline case. */
function isTitleBefore(tokens: Token[], t: number): boolean {
  const l = lower(tokens[t].text);
  if (!isCapitalized(tokens[t].text) || !TITLE_WORDS.has(l)) return false;
  return !WEAK_TITLES.has(l) || (t > 0 && isCapitalized(tokens[t - 1].text) && TITLE_WORDS.has(lower(tokens[t - 1].text)));
}

/**
 * Round 8: "Secretary of Transportation Jane L. Roe", "Secretary of Health and Human Services Tom
 * Doe" in headline case: token t closes a title's office (a title, "of" or "for", then up to six
 * capitalised words, "and" or "&"), so a given name after it opens a name.
 */
function officeBefore(tokens: Token[], t: number): boolean {
  for (let k = t; k >= 1 && t - k < 6; k--) {
    const w = tokens[k].text;
    if (!isCapitalized(w) && !/^(?:and|&)$/.test(w)) return false;
    if (/^(?:of|for)$/i.test(tokens[k - 1].text)) return k >= 2 && isTitleBefore(tokens, k - 2);
  }
  return false;
}

/** A run of capitalised words (initials, particles and a quoted nickname inside it). */
interface Run {
  start: number;
  end: number;
  nickname?: { from: number; to: number; text: string };
  /** Token positions of the run's words (the nickname's tokens left out) and their texts. */
  wordTokens: number[];
  words: string[];
}

function candidates(doc: Doc, lowerWords: Set<string>, headlineCase: (offset: number) => boolean): Candidate[] {
  const { tokens } = doc;
  const found: Candidate[] = [];
  const things = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token.word || !isCapitalized(token.text)) {
      i++;
      continue;
    }
    if (headlineCase(token.start)) {
      // "Roe-Doe Administration Announces ...": the surnames of a government, in a headline too.
      const n = found.length;
      if (token.text.includes("-") && governmentNames(doc, { start: i, end: i, wordTokens: [i], words: [token.text] }, found)) {
        for (const c of found.slice(n)) c.titled = true;
        i++;
        continue;
      }
      i = headlineCandidate(doc, lowerWords, i, found);
      continue;
    }
    const run = growRun(doc, i);
    i = run.end + 1;
    if (governmentNames(doc, run, found)) continue;
    // (Round 19: "USS Harry S. Truman ... aboard Harry S. Truman": a ship's name is the ship's wherever it stands.)
    const vessel = vesselName(doc, run);
    if (vessel && vessel.length >= 2) things.add(vessel.join(" "));
    const candidate = runCandidate(doc, lowerWords, run);
    if (candidate && kinOfAnother(doc, run.end)) candidate.kinOf = true;
    if (candidate && namesAThing(doc, run, candidate)) things.add(candidate.words.join(" "));
    else if (candidate) found.push(candidate);
  }
  const kept = found.filter((c) => !things.has(c.words.join(" ")));
  return withoutBareRoles([...kept, ...placeWordSurnames(doc, kept)].sort((a, b) => a.first - b.first));
}

/**
 * The words of a ship's name after its prefix, in the run or right before it ("USS Harry S.
 * Truman", "The USNS Harvey Milk": "Harry S. Truman", "Harvey Milk"), else undefined.
 */
function vesselName(doc: Doc, run: Run): string[] | undefined {
  const { words } = run;
  // (Round 22: or a capitalised vessel's noun after its service, "Coast Guard Cutter Mary Sears";
  // after a given name, "Jane Cutter", it is a surname.)
  const noun = words.findIndex((w, k) => k >= 1 && VESSEL_NOUNS.has(lower(w)) && !GIVEN_NAMES.has(lower(words[k - 1])));
  const at = VESSEL_PREFIXES.has(lower(words[0])) ? 1 : /^the$/i.test(words[0]) && VESSEL_PREFIXES.has(lower(words[1] ?? "")) ? 2 : noun + 1;
  if (at > 0) return words.length > at ? words.slice(at).map((w, k, all) => (k === all.length - 1 ? stripPossessive(w).base : w)) : undefined;
  return run.start > 0 && VESSEL_PREFIXES.has(lower(doc.tokens[run.start - 1].text)) ? words : undefined;
}

/**
 * Round 7: "Rick D. West ... "...," said West.": a surname that is a place's or a direction's word
 * is no name on its own, but alone in a speaker's slot after the full name it is that person's.
 */
function placeWordSurnames(doc: Doc, found: Candidate[]): Candidate[] {
  const { tokens, text } = doc;
  const surnames = new Set(found.filter((c) => c.words.length >= 2 && !nameLike(c.words[c.words.length - 1])).map((c) => c.words[c.words.length - 1]));
  if (surnames.size === 0) return [];
  const firstUse = found.reduce((min, c) => (surnames.has(c.words[c.words.length - 1]) ? Math.min(min, c.last) : min), tokens.length);
  const out: Candidate[] = [];
  for (let t = firstUse + 1; t < tokens.length; t++) {
    if (!surnames.has(tokens[t].text) || !inSpeakerSlot(tokens, t, t)) continue;
    const capitalBefore = t > 0 && adjacent(tokens[t - 1], tokens[t], text) && tokens[t - 1].word && isCapitalized(tokens[t - 1].text);
    const capitalAfter = !!tokens[t + 1] && adjacent(tokens[t], tokens[t + 1], text) && tokens[t + 1].word && isCapitalized(tokens[t + 1].text);
    if (capitalBefore || capitalAfter) continue;
    out.push({ first: t, last: t, titleStart: t, words: [tokens[t].text], possessive: false, evidence: false, roles: [], sentenceStart: t === 0 || doc.tokenSentence[t - 1] !== doc.tokenSentence[t] });
  }
  return out;
}

/**
 * Round 18: "Thomson Reuters, a company that provides ...", "Acme Meyer, a nonprofit in Ohio,": an
 * appositive whose head is an organisation's noun, closing the phrase (not "a company
 * spokeswoman").
 */
function describedAsOrganisation(doc: Doc, end: number): boolean {
  const { tokens } = doc;
  if (tokens[end + 1]?.text !== "," || !/^(?:a|an|the)$/i.test(tokens[end + 2]?.text ?? "")) return false;
  for (let t = end + 3; t <= end + 6 && tokens[t] && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[t].text); t++) {
    const l = tokens[t].text;
    // (The appositive's head comes first: "a spokeswoman for the company" is a person's.)
    if (PREPOSITIONS.has(l) || isRoleWord(l)) return false;
    if (!(isOrgWord(l) || ORG_HEAD_NOUNS.has(l) || COMPANY_NOUNS.has(l))) continue;
    return /^(?:[,.;:]|that|which|whose|based|in|with|from|founded|and)$/.test(tokens[t + 1]?.text ?? ".");
  }
  return false;
}

/**
 * Round 7: "the crew of the Jonathan Boy II", "at the Jane Roe Center": a name of two words or
 * more right after a lower-case "the", with no title or role around it, names a vessel, a place
 * or an event; the same words elsewhere in the text ("Jonathan Boy II sank") are that thing too.
 * (A person takes "the" only after a title or an adjective: "the late Jane Roe", "the Rev. ...".)
 */
function namesAThing(doc: Doc, run: Run, c: Candidate): boolean {
  if (COUNTRY_PHRASES.has(c.words.join("-").toLowerCase())) return true;
  const of = (t: number) => doc.tokens[t] && doc.tokenSentence[t] === doc.tokenSentence[run.start] ? lower(doc.tokens[t].text) : "";
  if (c.first === run.start && c.roles.length === 0 && of(run.start - 1) === "of" && PLACE_OF_NOUNS.has(of(run.start - 2))) return true;
  // (Round 14: a company's legal form after it, "UChicago Argonne, LLC", "Example Holdings Inc.".)
  // (Not a role's employer after a name, "Tom Hale, LLC attorney".)
  const legalForm = (t: number) =>
    doc.tokenSentence[t] === doc.tokenSentence[run.end] && /^(?:LLC|LLP|Inc|Ltd|Corp|PLC|GmbH)$/.test(doc.tokens[t]?.text ?? "") && !isRoleNoun(lower(doc.tokens[t + 1]?.text ?? ""));
  if (legalForm(run.end + 1) || (doc.tokens[run.end + 1]?.text === "," && legalForm(run.end + 2))) return true;
  if (describedAsOrganisation(doc, run.end)) return true;
  const before = doc.tokens[run.start - 1];
  // ("newspaper Lianhe Zaobao", "the cutter Pike": a name right after a thing's noun is the thing's.)
  if (c.first === run.start && c.roles.length === 0 && before && doc.tokenSentence[run.start - 1] === doc.tokenSentence[run.start] && THING_NOUNS.has(before.text)) return true;
  const after = doc.tokens[run.end + 1];
  // (A person's name as a modifier is no thing: "the Tom Cruise video", "the Andy Warhol exhibit";
  // only a name closing its phrase, before punctuation, a preposition, "and" or a verb, is.)
  const closesPhrase = !after || !after.word || doc.tokenSentence[run.end + 1] !== doc.tokenSentence[run.end] || PREPOSITIONS.has(after.text) || /^(?:and|or|was|were|is|are|had|has|will|would|could|sank|ran)$|^\p{Ll}+ed$/u.test(after.text);
  // (Round 13: nor before a thing's noun, "the James Webb telescope".)
  const thingAfter = !!after && THING_NOUNS.has(after.text);
  return c.words.length >= 2 && (closesPhrase || thingAfter) && c.first === run.start && c.roles.length === 0 && before?.text === "the" && doc.tokenSentence[run.start - 1] === doc.tokenSentence[run.start];
}

/**
 * "said Hydrologist", "the Forecaster": a role noun alone is a job, not a name, unless it is the
 * surname of a full name in the text ("Jane Baker ... Baker said").
 */
function withoutBareRoles(found: Candidate[]): Candidate[] {
  // (Round 9: a role's word as the surname of a full name from a known given name, "Jody Singer",
  // "Tom Farmer", makes "Singer said" that person's surname.)
  const surnames = new Set(
    found.filter((c) => c.words.length >= 2 && (!isRoleNoun(lower(c.words[c.words.length - 1])) || GIVEN_NAMES.has(lower(c.words[0])))).map((c) => c.words[c.words.length - 1]),
  );
  return found.filter((c) => {
    const last = lower(c.words[c.words.length - 1]);
    // "His Excellency", "To Miss Out On": a form of address or a particle is no name.
    if (NEVER_NAMES.has(last)) return false;
    // (Round 6: "Climate Scientist", "Public Affairs Specialist": a capitalised role phrase, with
    // no given name before the role word, is a job too.)
    if (c.words.length >= 2 && isRoleNoun(last) && !GIVEN_NAMES.has(lower(c.words[0])) && !surnames.has(c.words[c.words.length - 1])) return false;
    return c.words.length !== 1 || surnames.has(c.words[0]) || !isRoleWord(last);
  });
}

/**
 * "SECRETARY RICE:", "FOREIGN MINISTER GUL:", "CLINTON:", "Clinton:": a transcript's speaker
 * label opening a paragraph. The surname is offered as a single word, in title case so that it
 * joins the full name given elsewhere. It is evidence of a person on its own with a title in the
 * label ("SECRETARY"), or when it labels two turns or more of a transcript with another recurring
 * label beside it and reads as a surname (not "QUESTION:", "MODERATOR:", "Wikinews:", "CNN:").
 */
function transcriptLabels(doc: Doc, lowerWords: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  // The label's word as the text writes it elsewhere ("MCCORMACK" as "McCormack"), else in title
  // case (the text's capitalised words are collected only once a label is found).
  let written: Map<string, string> | undefined;
  const writtenForms = () => {
    if (written) return written;
    written = new Map<string, string>();
    for (const t of doc.tokens) if (t.word && /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text) && !written.has(t.text.toLowerCase())) written.set(t.text.toLowerCase(), t.text);
    return written;
  };
  const titleCase = (w: string) => writtenForms().get(w.toLowerCase()) ?? w.toLowerCase().replace(/(^|['’\-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  const labels: { para: { start: number }; titles: string[]; surname: string; word: string; at: number }[] = [];
  // Turns labelled by a letter ("Q:", "A:") count toward a transcript's recurring labels.
  let letterTurns = 0;
  for (const para of doc.paragraphs) {
    const head = doc.text.slice(para.start, para.start + 60);
    if (/^\p{Lu}{1,2}:\s/u.test(head)) letterTurns++;
    const m = /^((?:\p{Lu}[\p{Lu}.'’\-]*\s){0,3})(\p{Lu}[\p{Lu}'’\-]+):\s/u.exec(head) ?? /^((?:\p{Lu}\p{Ll}+\s)?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?):\s/u.exec(head);
    if (!m) continue;
    const titles = m[1].split(/\s+/).filter(Boolean).map(lower);
    const surname = lower(m[2]);
    if (titles.some((w) => !/^\p{Ll}[\p{Ll}.]*$/u.test(w)) || [TITLE_WORDS, ORG_WORDS, STOPWORDS, PLACES].some((list) => list.has(surname))) continue;
    labels.push({ para, titles, surname, word: m[2], at: para.start + m[1].length });
  }
  const turns = new Map<string, number>();
  for (const l of labels) turns.set(l.surname, (turns.get(l.surname) ?? 0) + 1);
  const recurringLabels = [...turns.values()].filter((n) => n >= 2).length + (letterTurns >= 2 ? 1 : 0);
  const recurring = recurringLabels >= 2;
  for (const { para, titles, surname, word, at } of labels) {
    const first = lastAtOrBefore(doc.tokens, at);
    const titleStart = lastAtOrBefore(doc.tokens, para.start);
    if (first < 0 || doc.tokens[first].text !== word) continue;
    // Round 6: in a transcript (two labels recurring), a label used once is a speaker too ("a
    // caller, HANSEN: ..."), when it reads as a surname or is a given name.
    const once = (turns.get(surname) ?? 0) === 1 && (GIVEN_NAMES.has(surname) || RARER_GIVEN_NAMES.has(surname) || word.length > 3);
    const labelsTurns = recurring && ((turns.get(surname) ?? 0) >= 2 || once) && surnameLabel(word, lowerWords);
    // "BARBARA REYNOLDS: Good afternoon ...": a common given name and a surname label a turn.
    const given = titles.length === 1 && GIVEN_NAMES.has(titles[0]) && !RARER_GIVEN_NAMES.has(titles[0]) && first > 0;
    if (given) {
      found.push({ first: first - 1, last: first, titleStart, words: [titleCase(titles[0]), titleCase(word)], possessive: false, evidence: true, roles: [], sentenceStart: false, titled: true });
      continue;
    }
    const evidence = titles.some((w) => TITLE_WORDS.has(w)) || labelsTurns;
    found.push({ first, last: first, titleStart, words: [titleCase(word)], possessive: false, evidence, roles: titles, sentenceStart: false, titled: true });
  }
  return found;
}

/**
 * A label word that reads as a surname: no word the text writes in lower case, no role or label
 * word ("MODERATOR", "Host"), no news service ("Wikinews"), and in capitals not an acronym of
 * three letters or fewer ("CNN", "VOA"; "KIM", "COX" and known given names aside).
 */
function surnameLabel(word: string, lowerWords: Set<string>): boolean {
  const l = word.toLowerCase();
  if (lowerWords.has(l) || TURN_LABEL_WORDS.has(l) || isRoleWord(l) || DEMONYMS.has(l) || MONTHS_AND_DAYS.has(l) || /news$/.test(l)) return false;
  return word.length > 3 || !isAcronym(word) || GIVEN_NAMES.has(l) || /^[^AEIOU][AEIOUY][^AEIOUY]$/.test(word);
}

/**
 * In headline case every word is capitalised: each word is offered alone, to be matched against
 * names found in the story. Returns the token to go on from.
 */
function headlineCandidate(doc: Doc, lowerWords: Set<string>, i: number, found: Candidate[]): number {
  const { tokens, text } = doc;
  const token = tokens[i];
  // In headline case every word is capitalised: offer each word alone, to be matched against
  // names found in the story ("Trump Calls Inquiry a 'Witch Hunt'"). Right after a title,
  // a given name with its surname ("Attorney General Jane M. Roe Speaks"), or a word followed
  // by a small word or a comma ("Secretary Roe on ..."), is a name in its own right.
  const { base, possessive } = stripPossessive(token.text);
  const title = i > 0 && adjacent(tokens[i - 1], token, text) && isTitleBefore(tokens, i - 1);
  const office = i > 0 && adjacent(tokens[i - 1], token, text) && officeBefore(tokens, i - 1);
  // (In capitals, a weak title before a given name is a title too: "GENERAL DAVID H. BERGER".)
  const capsTitle = i > 0 && /^\p{Lu}{2,}$/u.test(base) && /^\p{Lu}{2,}\.?$/u.test(tokens[i - 1].text) && TITLE_WORDS.has(lower(tokens[i - 1].text));
  if ((title || office || capsTitle) && GIVEN_NAMES.has(base.toLowerCase()) && !possessive) {
    let last = i + 1;
    if (tokens[last] && isInitial(tokens[last].text)) last++;
    const surname = tokens[last];
    // (Round 8: a script in capitals, "STAFF SERGEANT JUSTIN MCCAULEY TALKS ...": the surname in
    // capitals too, and the name written in title case.)
    const caps = /^\p{Lu}{2,}$/u.test(base);
    const plainWord = (w: string) => ![STOPWORDS, MONTHS_AND_DAYS, ORG_WORDS, TITLE_WORDS, SPEECH_VERBS, HEADLINE_VERBS].some((list) => list.has(w.toLowerCase()));
    // (Round 16: never a headline's verb, "Secretary Jewell Announces ...".)
    const surnameLike = (w: string) => plainWord(w) && (nameLike(w) || /^\p{Lu}\p{Ll}+$/u.test(w) || (caps && /^\p{Lu}{2}[\p{Lu}'’\-]*$/u.test(w)));
    if (surname && adjacent(tokens[last - 1], surname, text) && surnameLike(stripPossessive(surname.text).base)) {
      const words = tokens.slice(i, last + 1).map((t) => (caps ? t.text.charAt(0) + t.text.slice(1).toLowerCase() : t.text));
      const tail = stripPossessive(words[words.length - 1]);
      words[words.length - 1] = tail.base;
      found.push({ first: i, last, titleStart: i - 1, words, possessive: tail.possessive, evidence: true, roles: [lower(tokens[i - 1].text)], sentenceStart: false, titled: true });
      return last + 1;
    }
  }
  if (nameLike(base)) {
    // (The word after, in the same sentence: a heading's last word is followed by nothing.)
    const after = doc.tokenSentence[i + 1] === doc.tokenSentence[i] ? tokens[i + 1] : undefined;
    // "Governor Roe on ...", "Governor Roe, ...", "Governor Roe Statement on ...", "Minister Roe
    // About ..." (a small word capitalised in headline case), "Efforts of Secretary Roe".
    // A possessive ("Secretary Roe's Meeting with ..."), or a plural noun or verb after the name
    // ("Secretary Roe Contacts and Testimony", "Minister Roe Visits"), also close the name.
    const small = !!after && (/^\p{Ll}/u.test(after.text) || STOPWORDS.has(after.text.toLowerCase()) || /^(?:statements?|remarks|comments|testimony|message)$/i.test(after.text) || /^\p{Lu}\p{Ll}+s$/u.test(after.text));
    const titled = title && !TITLE_WORDS.has(base.toLowerCase()) && !HEADLINE_VERBS.has(base.toLowerCase()) && !SPEECH_VERBS.has(base.toLowerCase()) && !lowerWords.has(base.toLowerCase()) && (!after || !after.word || small || possessive);
    found.push({ first: i, last: i, titleStart: titled ? i - 1 : i, words: [base], possessive, evidence: titled, roles: titled ? [lower(tokens[i - 1].text)] : [], sentenceStart: false, titled });
  }
  return i + 1;
}

/**
 * Round 18: "said Jane T. Roe  Acting Clinic Director": two spaces after a name of two words or
 * more, with a title's word after them, stand for the comma the capture lost; the title is
 * another run.
 */
function titleAfterGap(doc: Doc, runStart: number, j: number): boolean {
  const { tokens } = doc;
  if (j - runStart < 1 || tokens[j + 1].start - tokens[j].end < 2) return false;
  for (let t = j + 1; t < tokens.length && t <= j + 4 && isCapitalized(tokens[t].text); t++) if (TITLE_WORDS.has(lower(tokens[t].text)) || isRoleWord(lower(tokens[t].text))) return true;
  return false;
}

/** The run of capitalised words from token i. */
function growRun(doc: Doc, i: number): Run {
  const { tokens, text } = doc;
  const runStart = i;
  let j = i;
  // A quoted nickname inside the name (Jane "Ace" Roe): its tokens, and the word it follows.
  let nickname: { from: number; to: number; text: string } | undefined;
  for (;;) {
    while (j + 1 < tokens.length && adjacent(tokens[j], tokens[j + 1], text) && !stripPossessive(tokens[j].text).possessive && !titleAfterGap(doc, runStart, j)) {
      const next = tokens[j + 1];
      // "van Berg", "van der Berg", "de la Cruz": particles, then a capitalised word.
      let k = j + 1;
      while (k < j + 4 && tokens[k] && NAME_PARTICLES.has(tokens[k].text) && adjacent(tokens[k - 1], tokens[k], text)) k++;
      const particle = k > j + 1 && !!tokens[k] && adjacent(tokens[k - 1], tokens[k], text) && isCapitalized(tokens[k].text);
      if (!(next.word && (isCapitalized(next.text) || particle || ELIDED_PARTICLE.test(next.text)))) break;
      // (Round 30: "Capt. Jane Roe Jr. The others ...": a suffix closing a sentence closes the run.)
      if (GENERATIONAL.test(tokens[j].text) && tokens[j].text.endsWith(".") && STOPWORDS.has(next.text.toLowerCase())) break;
      j++;
    }
    const nick = nickname ? undefined : nicknameAfter(tokens, j, text);
    // (Round 23: after a middle initial too, `Ralph E. "Ed" Roe`.)
    if (!nick || !(nameLike(tokens[j].text) || isInitial(tokens[j].text))) break;
    nickname = nick;
    j = nick.to + 1;
  }
  const runEnd = j;
  // Word positions of the run (the nickname's tokens left out) and their tokens.
  const wordTokens: number[] = [];
  for (let t = runStart; t <= runEnd; t++) if (!nickname || t < nickname.from || t > nickname.to) wordTokens.push(t);
  const words = wordTokens.map((t) => tokens[t].text);
  const cut = unitCut(words);
  if (cut < words.length && (!nickname || wordTokens[cut - 1] > nickname.to))
    return { start: runStart, end: wordTokens[cut - 1], nickname, wordTokens: wordTokens.slice(0, cut), words: words.slice(0, cut) };
  return { start: runStart, end: runEnd, nickname, wordTokens, words };
}

/**
 * Round 7: "Lt. Jane Roe Sector Juneau", "Petty Officer Jane Roe Air Station Kodiak": a unit's
 * word after two name words, with a place or a number after it, ends the name (and takes its
 * modifiers with it). Returns how many words of the run are the name's side.
 */
function unitCut(words: string[]): number {
  const named = (w: string) => nameLike(w) && !isInitial(w);
  const personWord = (w: string) => GIVEN_NAMES.has(w.toLowerCase()) || isRank(w);
  // (One pass with a running count, and at most two modifiers: a long run of capitals stays linear.)
  let count = 0;
  let personSeen = false;
  for (let k = 0; k < words.length - 1; k++) {
    if (k >= 2 && UNIT_WORDS.has(lower(words[k]))) {
      let cut = k;
      let before = count;
      while (cut > 2 && k - cut < 2 && UNIT_MODIFIERS.has(lower(words[cut - 1]))) if (named(words[--cut])) before--;
      // (Round 25: only after a given name or a title: "Military Sealift Command Civil Service
      // Mariners" is a command's name run into its people's.)
      // (The modifiers skipped back over are no person's words, so those seen before k count.)
      if (before >= 2 && named(words[cut - 1]) && personSeen) return cut;
    }
    if (named(words[k])) count++;
    personSeen ||= personWord(words[k]);
  }
  return words.length;
}

/** "the Roe-Doe administration", "The Roe Administration": surnames naming a government. */
function governmentNames(doc: Doc, run: Run, found: Candidate[]): boolean {
  const { tokens } = doc;
  const { start: runStart, end: runEnd } = run;
  // "the Roe-Doe administration": surnames joined by a hyphen as an adjective for a government
  // or a campaign; each is a person.
  // (Round 9: in the possessive too, "the Roe-Doe Administration’s decision".)
  const government = (t: number) => GOVERNMENT_NOUN.test(stripPossessive(tokens[t]?.text ?? "").base);
  const joined = government(runEnd + 1) ? runEnd : government(runEnd) && runEnd > runStart ? runEnd - 1 : -1;
  const parts = joined >= 0 ? tokens[joined].text.split("-") : [];
  // "The Roe Administration" in title case: one surname, capitalised government noun, after "the".
  const titled = parts.length === 1 && joined === runEnd - 1 && /^the$/i.test(tokens[joined - 1]?.text ?? "") && joined - 1 >= runStart - 1;
  // (Round 23: nor an adjective's ending, "the Maritime Administration", an agency's name.)
  const plain = (w: string) => !PLACES.has(w.toLowerCase()) && !DEMONYMS.has(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()) && !/(?:al|ic|ime|ary|ive|ous|ian|ese|ish)$/.test(w);
  if ((parts.length >= 2 || titled) && parts.length <= 3 && parts.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && nameLike(w) && plain(w) && !TITLE_WORDS.has(w.toLowerCase()))) {
    for (const part of parts) found.push({ first: joined, last: joined, titleStart: joined, words: [part], possessive: false, evidence: true, roles: [], sentenceStart: false });
    return true;
  }
  return false;
}

/**
 * Round 9: a person named by initials only, as incident reports do: "employee M.R., who ...",
 * "R.M., 48, chief of ...", "his wife, V.H.M.,", "his daughter, M.,", "Dr. V.M.": run-together
 * initials (no place's, "U.S.") after a role, a relative's noun or a title, or before an age; a
 * single initial only after a relative's noun.
 */
function initialsOnly(tokens: Token[], runStart: number, words: string[]): boolean {
  if (words.length !== 1) return false;
  const single = /^\p{Lu}\.$/u.test(words[0]);
  if (!single && (!/^(?:\p{Lu}\.){2,3}\.?$/u.test(words[0]) || PLACE_INITIALS.includes(words[0]))) return false;
  const before = lower(tokens[runStart - 1]?.text ?? "");
  const comma = before === ",";
  const noun = lower(tokens[runStart - (comma ? 2 : 1)]?.text ?? "");
  if (KINSHIP_NOUNS.has(noun) && /^(?:his|her|their|the)$/i.test(tokens[runStart - (comma ? 3 : 2)]?.text ?? "")) return true;
  if (single) return false;
  const aged = tokens[runStart + 1]?.text === "," && /^\d{1,3}$/.test(tokens[runStart + 2]?.text ?? "");
  return aged || (!comma && (isRoleWord(noun) || (TITLE_WORDS.has(noun) && /^\p{Lu}/u.test(tokens[runStart - 1]?.text ?? ""))));
}

/** "their daughter, Jordan,", "his son Austin": a relative's given name, though a place's too. */
function relativeNamedLikeAPlace(tokens: Token[], runStart: number, words: string[]): boolean {
  const kin = (t: number) => t >= 0 && KINSHIP_NOUNS.has(lower(tokens[t].text));
  return words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && (kin(runStart - 1) || (tokens[runStart - 1]?.text === "," && kin(runStart - 2))) && PLACES.has(lower(words[0]));
}

/**
 * "said Mike Hall, the ...", "Mike Hall said": a speaker's slot, where a surname may be an
 * organisation's word. (Round 13: or a person's slot, "his sister, Amy Hall", "park ranger Nick
 * Hall", "Amy Hall, 34,".)
 */
function inSpeakerSlot(tokens: Token[], runStart: number, runEnd: number): boolean {
  const after = tokens[runEnd + 1]?.text ?? "";
  const before = lower(tokens[runStart - 1]?.text ?? "");
  const relativeBefore = before === "," && KINSHIP_NOUNS.has(lower(tokens[runStart - 2]?.text ?? ""));
  const roleBefore = /^\p{Ll}/u.test(tokens[runStart - 1]?.text ?? "") && isRoleNoun(before);
  const agedAfter = after === "," && /^\d{1,3}$/.test(tokens[runEnd + 2]?.text ?? "") && /^[,)]$/.test(tokens[runEnd + 3]?.text ?? "") && !PREPOSITIONS.has(before);
  return (
    speechVerbAt(tokens, runEnd + 1) ||
    (speechVerbAt(tokens, runStart - 1) && /^[,.]$/.test(after)) ||
    (after === "," && /^(?:a|an|the)$/.test(tokens[runEnd + 2]?.text ?? "")) ||
    relativeBefore ||
    roleBefore ||
    agedAfter
  );
}

/**
 * "Poet Frank Marsh": a capitalised word before a known given name in a run of three or more,
 * itself no given name, is a description, not the name: at a sentence's start, or when a role
 * word is in it ("Russian Flight Engineer Oleg Roe"). Returns where the name starts.
 */
function afterDescription(words: string[], nameStart: number, sentenceStart: boolean, canOpen: boolean, setOff: boolean): number {
  if (words.length - nameStart < 3 || GIVEN_NAMES.has(words[nameStart].toLowerCase()) || isInitial(words[nameStart])) return nameStart;
  // (Round 13: "Volunteers Anjali Raman", "Biologist Kwabena Owusu": a role word before a given
  // name of the world list, two words left.)
  if (words.length - nameStart === 3 && isRoleWord(lower(words[nameStart])) && !GIVEN_NAMES.has(lower(words[nameStart])) && worldGivenName(words[nameStart + 1])) return nameStart + 1;
  const given = words.findIndex((w, x) => x > nameStart && x < words.length - 1 && GIVEN_NAMES.has(w.toLowerCase()));
  const described = given > nameStart && words.slice(nameStart, given).some((w) => isRoleWord(lower(w)));
  // (Round 10: "Branson Lee Harwell, 34, died", a list's "Branson Lee Harwell": a word the lexicon
  // lacks before a middle name opens a name set off by a comma, a bracket or a dash, or standing
  // alone, unless it reads as an adverb or a participle ("Retired Lee Harwell"); before a verb it
  // is a job, "Coxswain Jimmy Roe swam out".)
  const middle = canOpen && (setOff || nameStart > 0) && given === nameStart + 1 && words.length - nameStart === 3 && !/(?:ly|ed|ing)$/.test(words[nameStart]) && middleNameEvidence(words.slice(nameStart), new Set());
  // (Where a name cannot open, the words before the given name close a title: "Sergeant at Arms Jim Roe".)
  return given > nameStart && (sentenceStart || described || !canOpen) && !middle ? given : nameStart;
}

/**
 * The name is the longest tail of name-like words: at most four of them, initials and particles
 * not counted, so a name stays whole ("Ignatius K. L. Van Der Merwe", not "L. Van Der Merwe").
 */
function nameTailStart(words: string[], speaking: boolean): number {
  let k = words.length - 1;
  let counted = 0;
  while (k >= 0) {
    const w = words[k];
    const inner = k > 0 && k < words.length - 1;
    const initial = k < words.length - 1 && (isInitial(w) || twoCapitalGiven(words, k));
    // (Round 42: "Laura St. Clare": "St." opens a surname only after a given name; "Main St. Jane
    // Roe" is a street's end and a name.)
    const particle = inner && (NAME_PARTICLES.has(w.toLowerCase()) || (w === "St." && GIVEN_NAMES.has(lower(words[k - 1]))));
    if (!initial && !particle && ++counted > 4) break;
    // Round 6: a capitalised role noun before the surname is a title, not a name ("Trooper
    // Mamnoon Hussain", "Cosmonaut ..."): a role or a title before a name is evidence of a
    // person, whatever list the given name is in. (As the surname, "Tom Farmer", it stays.)
    // (Round 39: a co-holder's title, "Federal Co-Chair Earl F. Roe".)
    const role = isRoleNoun(lower(w)) || /^\p{Lu}\p{Ll}+-[Ee]lect$/u.test(w) || (/^Co-\p{Lu}/u.test(w) && (TITLE_WORDS.has(lower(w).slice(3)) || isRoleNoun(lower(w).slice(3))));
    if (k < words.length - 1 && words.length - k >= 3 && role && !GIVEN_NAMES.has(lower(w))) break;
    // Round 7: an organisation's word before two name words or more is the holder's service, not
    // the name ("Marine Corps Carlton W. Kent", "Coast Guard Jane Roe").
    if (words.length - k >= 3 && isOrgWord(lower(w)) && !GIVEN_NAMES.has(lower(w))) break;
    // Initials may also open the name ("J. Arthur Penrose"), particles only sit inside it.
    if (nameLike(w) || initial || particle || commonWordSurname(words, k, speaking) || givenBeforeInitial(words, k) || titleSurname(words, k) || titledPlaceSurname(words, k) || surnameAfterInitial(words, k) || monthGiven(words, k) || rankedGiven(words, k)) k--;
    else break;
  }
  return k + 1;
}

/** A royal title's word, also a given name ("King Sidwell") or a place's first word ("Duke Field"). */
const ROYAL_WORD = /^(?:king|prince|princess|queen|duke|earl|lord|lady|dame)$/;

/** A title or rank, written out or abbreviated with or without its stop ("Gen.", "Lt", "Colonel"). */
function isRank(word: string): boolean {
  const bare = lower(word).replace(/\.$/, "");
  return TITLE_WORDS.has(lower(word)) || TITLE_WORDS.has(bare) || TITLE_ABBREVIATIONS.has(bare);
}

/**
 * Round 21: "Maj. Gen. King Sidwell", "Sgt. Prince Adeyemi": a royal title's word after a rank is
 * a given name (ranks and royal titles do not stack), before a surname.
 */
function rankedGiven(words: string[], k: number): boolean {
  return k === words.length - 2 && ROYAL_WORD.test(lower(words[k])) && isRank(words[k - 1] ?? "") && nameLike(words[k + 1]);
}

/**
 * Round 18: "Jun Ye", "May Chen", "Jan Novak": a month's name (or its short form, no stop) opening
 * a two-word name, before a surname that is no month, day or holiday's word.
 */
function monthGiven(words: string[], k: number): boolean {
  const surname = words[k + 1] ?? "";
  return k === words.length - 2 && MONTHS_AND_DAYS.has(lower(words[k])) && !/day$/i.test(words[k]) && nameLike(surname) && !/^(?:Day|Eve|Fools?)$/.test(surname);
}

/**
 * Round 9: "KC Roe", "JD Doe": a given name written as two capitals right before the surname (no
 * abbreviation of a place, a body or a time, "US Roe", "TV Doe"), with nothing name-like before it.
 */
function twoCapitalGiven(words: string[], k: number): boolean {
  const w = words[k];
  if (k !== words.length - 2 || !/^\p{Lu}{2}$/u.test(w) || TWO_LETTER_ABBREVIATIONS.has(w.toLowerCase())) return false;
  const surname = words[k + 1];
  return /^\p{Lu}\p{Ll}+$/u.test(surname) && !isOrgWord(surname.toLowerCase()) && !PLACES.has(surname.toLowerCase()) && (k === 0 || !nameLike(words[k - 1]));
}

/**
 * Round 22: "Lt. Gen. Nadia West", "Gen. George Washington": a place's word after a rank and a
 * given name is the surname (a compass point after any name-like word there, "Col. Rhea South").
 */
function titledPlaceSurname(words: string[], k: number): boolean {
  if (k !== words.length - 1 || k < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[k]) || !PLACES.has(lower(words[k]))) return false;
  if (!isRank(words[k - 2])) return false;
  const given = lower(words[k - 1]);
  return (GIVEN_NAMES.has(given) && !RARER_GIVEN_NAMES.has(given)) || (/^(?:North|South|East|West)$/.test(words[k]) && nameLike(words[k - 1]));
}

/**
 * Round 7: "Paulette Prince", "Gloria King": a title's word closing a name right after a
 * given name is the surname.
 */
function titleSurname(words: string[], k: number): boolean {
  // (Round 39: after a middle initial too, "Kevin D. Admiral".)
  const given = lower((isInitial(words[k - 1] ?? "") && k >= 2 ? words[k - 2] : words[k - 1]) ?? "");
  return k >= 1 && k === words.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(words[k]) && TITLE_WORDS.has(lower(words[k])) && GIVEN_NAMES.has(given) && !TITLE_WORDS.has(given);
}

/**
 * Round 8: words that name no one however they stand: a programme's or a group's name ("Farm
 * Production", "Emergency Watershed Protection", "Los Macheteros": an abstract noun closing two to
 * four words, none a given name, or "Los"/"Las" before a plural; round 22: or before a programme's
 * noun, "the Money Smart program"), and an adverb capitalised before the word it
 * modifies ("42 Federally recognized tribes", "Nationally Known": endings no surname has).
 */
function programmeOrAdverb(words: string[], next: string): boolean {
  const given = words.some((w) => GIVEN_NAMES.has(w.toLowerCase()) || RARER_GIVEN_NAMES.has(w.toLowerCase()));
  if (words.length >= 2 && words.length <= 4 && !given && /^\p{Lu}\p{Ll}{2,}(?:tion|sion|ment|ity|ism|ship)$/u.test(words[words.length - 1])) return true;
  if (words.length === 2 && /^(?:Los|Las)$/.test(words[0]) && /^\p{Lu}\p{Ll}+s$/u.test(words[1])) return true;
  // (Round 22: "the agency's Money Smart program": before a programme's noun in lower case.)
  if (words.length >= 2 && words.length <= 4 && !given && /^(?:programs?|programmes?|projects?|initiatives?|course|curriculum|series)$/.test(next)) return true;
  return words.length === 1 && /(?:ally|ently|antly|ously|ively|ibly|ably|fully|lessly|edly)$/.test(words[0]) && /^\p{L}/u.test(next) && !GIVEN_NAMES.has(words[0].toLowerCase());
}

/**
 * Round 8: "Rita M. was 19 when ...", "Rita M., a survivor": a known given name and the initial of a
 * surname left out (a source named by given name and initial), the sentence going on after it.
 */
function givenAndInitial(doc: Doc, words: string[], runEnd: number): boolean {
  const after = doc.tokens[runEnd + 1];
  const goesOn = !!after && doc.tokenSentence[runEnd + 1] === doc.tokenSentence[runEnd] && (/^\p{Ll}/u.test(after.text) || after.text === ",");
  return goesOn && words.length === 2 && /^\p{Lu}\.$/u.test(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && GIVEN_NAMES.has(lower(words[0])) && !RARER_GIVEN_NAMES.has(lower(words[0]));
}

/**
 * Round 7: "Rick D. West", "Jane Q. North": after a known given name and a middle initial, a
 * place's or a direction's word is the surname (no organisation's word: "Jane Q. Agency"; round
 * 36: but one that is a surname too, "Thomas F. Hall").
 */
function surnameAfterInitial(words: string[], k: number): boolean {
  if (k !== words.length - 1 || k < 2 || !isInitial(words[k - 1]) || !GIVEN_NAMES.has(lower(words[k - 2]))) return false;
  const l = lower(words[k]);
  return /^\p{Lu}\p{Ll}+$/u.test(words[k]) && ((PLACES.has(l) && !ORG_WORDS.has(l)) || ORG_WORD_SURNAMES.has(l));
}

/**
 * "Will W. Roe", "June P. Doe": a capitalised word right before a middle initial is a given name,
 * even one that is an everyday word or a month, unless it is a title, a role, an organisation's
 * word or a place ("Sgt. W. Roe" aside, since "Sgt." is a title).
 */
function givenBeforeInitial(words: string[], k: number): boolean {
  if (k + 2 >= words.length || !isInitial(words[k + 1]) || !/^\p{Lu}\p{Ll}+$/u.test(words[k])) return false;
  const l = words[k].toLowerCase();
  // (Round 39: a title that is a given name too, "Earl F. Roe": no title stands before an initial.)
  return (![TITLE_WORDS, ORG_WORDS, PLACES, DEMONYMS].some((list) => list.has(l)) && !isRoleWord(l)) || TITLES_AS_GIVEN_NAMES.has(l);
}

/**
 * Round 18: "the Obama and second Bush administrations", "the Reagan, Bush and Clinton
 * administrations": one surname in a list of capitalised words (an ordinal may stand before one)
 * closed by a government's plural.
 */
function governmentsListed(tokens: Token[], end: number): boolean {
  let t = end + 1;
  for (let items = 0; items < 5 && /^(?:,|and)$/.test(tokens[t]?.text ?? ""); items++) {
    t++;
    if (/^(?:first|second|third|two|both|later|earlier)$/.test(tokens[t]?.text ?? "")) t++;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[t]?.text ?? "")) return false;
    t++;
    if (governmentPlural(tokens[t]?.text ?? "")) return true;
  }
  return false;
}

/** A name that is a place's, a post's, a document's or an event's (`before`: the word before the run). */
function namesAPlaceOrThing(name: string[], before: string): boolean {
  // "the San Jose del Monte Castle", "Fort Example": a place named after someone, not a person.
  // (Round 13: or a thing's, "the James Webb Space Telescope".)
  const placeTail = PLACE_HEADS_LAST.has(name[name.length - 1].toLowerCase()) || THING_NOUNS.has(name[name.length - 1].toLowerCase());
  // (Round 6: a natural feature's head, "Brush Creek", "Elk River", even after two words.)
  const feature = FEATURE_HEADS.has(name[name.length - 1].toLowerCase());
  // ("the Senator Hotel": a title before a place's head alone.)
  if (name.length === 1 && feature) return true;
  // (Round 23: not a given name, an initial and a surname that is a place's head, "Leroy J. Manor".)
  const initialled = name.length === 3 && isInitial(name[1]) && GIVEN_NAMES.has(name[0].toLowerCase()) && !feature;
  if (name.length >= 2 && !initialled && ((placeTail && (feature || name.length >= 3 || name.some((w) => NAME_PARTICLES.has(w)) || /^the$/i.test(before))) || PLACE_HEADS_FIRST.has(name[0].toLowerCase()))) return true;
  // Round 7: a post ("Sector Juneau"), a place whose first word may be a name ("Des Moines"), a
  // document or an event ("Video Teleconference", "Announcement") is no one.
  const lastLower = lower(name[name.length - 1]);
  // ("Cutter Boutwell", "Vessel Jane Roe": a vessel's noun capitalised before its name.)
  // ("Response Boat-Medium": a boat's type, its noun inside a compound.)
  const vessel = name.some((w) => lower(w).split("-").some((part) => VESSEL_NOUNS.has(part)));
  // ("Course Class", "Briefing Room": a document's or an event's word opening the run.)
  const event = name.length >= 2 && EVENT_WORDS.has(lower(name[0]));
  // (Round 13: a mission or a craft numbered after a word that is no given name, "Artemis II",
  // unlike "Elizabeth II"; a wildfire, "the Dixie Fire", "the August Complex".)
  if (name.length === 2 && /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/.test(name[1]) && (!GIVEN_NAMES.has(lower(name[0])) || RARER_GIVEN_NAMES.has(lower(name[0])))) return true;
  // (Round 18: "Quantum Physics Divisions": an organisation word's plural after no given name.)
  const orgPlural = isOrgPlural(lastLower) && !GIVEN_NAMES.has(lower(name[0]));
  // (Round 37: a unit's word after no given name, "the 15th Airlift Wing"; round 42: a thing's word
  // after no given name, "State Active Duty", or its plural after any, "Bambi Buckets".)
  const unitOrThing = (UNIT_WORDS.has(lastLower) || THING_HEADS.has(lastLower)) && (!GIVEN_NAMES.has(lower(name[0])) || (THING_HEADS.has(lastLower) && lastLower.endsWith("s")));
  if (name.length >= 2 && (orgPlural || unitOrThing || INCIDENT_HEADS.has(lastLower) || (OBSERVANCE_HEADS.has(lastLower) && !GIVEN_NAMES.has(lower(name[name.length - 2]))))) return true;
  return POST_HEADS_FIRST.has(lower(name[0])) || (name.length >= 2 && vessel) || event || (name.length >= 2 && PLACE_TAILS.has(lastLower)) || EVENT_WORDS.has(lastLower);
}

/**
 * The title whose complement runs into the run at `runStart` ("Secretary of Agriculture Jane Roe"),
 * lower case; undefined if none. (Round 13: past the complement's first half, "Assistant Secretary
 * for Fossil Energy and Carbon Management Jane Roe", "Under Secretary for Science and Innovation".)
 * (Round 14: past up to three halves, "Under Secretary of State for Arms Control Jane Roe".)
 */
function titleOfComplement(doc: Doc, runStart: number, givenAfterComplement: boolean): string | undefined {
  const { tokens } = doc;
  const sentence = doc.tokenSentence[runStart];
  const inSentence = (t: number) => t >= 0 && doc.tokenSentence[t] === sentence;
  const titleAt = (t: number) => inSentence(t) && isCapitalized(tokens[t].text) && TITLE_WORDS.has(lower(tokens[t].text));
  let t = runStart - 1;
  // (Round 27: after "the", "Comptroller of the Currency Jane Q. Roe", only before a given name:
  // "Director of the National Park Service" is the title's complement alone.)
  if (tokens[t]?.text === "the" && givenAfterComplement) t--;
  for (let half = 0; half < 3 && inSentence(t); half++) {
    if (!/^(?:of|for|and|&)$/.test(tokens[t].text)) return undefined;
    if (/^(?:of|for)$/.test(tokens[t].text) && titleAt(t - 1)) return lower(tokens[t - 1].text);
    // Back over the half's capitalised words (at most five) to the word joining it on.
    const end = t - 1;
    for (t = end; t >= end - 4 && inSentence(t) && tokens[t].word && isCapitalized(tokens[t].text); t--);
    if (t === end) return undefined;
  }
  return undefined;
}

/** Where the name starts in a run after a title's complement: its last two words, from a given name when one is known. */
function nameAfterComplement(words: string[], nameStart: number): number {
  if (words.length - nameStart <= 2) return nameStart;
  const given = words.findIndex((w, x) => x >= nameStart && x < words.length - 1 && GIVEN_NAMES.has(w.toLowerCase()));
  const start = given >= 0 ? given : words.length - 2;
  return isInitial(words[start]) || NAME_PARTICLES.has(words[start]) ? start - 1 : start;
}

/**
 * "Minister of Foreign Affairs Lena Marsh", "Secretary of Agriculture Jane Roe": a title whose
 * complement runs into the name. The name is then its last two words (from a given name when one
 * is known). `portfolio`: the run is the title's complement, no name.
 */
function titleComplement(doc: Doc, run: Run, nameStart: number): { ofTitle?: string; nameStart: number; portfolio: boolean } {
  const { tokens } = doc;
  const { start: runStart, end: runEnd, words } = run;
  // (A single word there, followed by "of", is the organisation: "Director of Voice of America".)
  const organisation = words.length === 1 && /^(?:of|for)$/.test(tokens[runEnd + 1]?.text ?? "");
  const givenAfterComplement = words.some((w, x) => x >= 1 && x < words.length - 1 && GIVEN_NAMES.has(w.toLowerCase()));
  const ofTitle = organisation ? undefined : titleOfComplement(doc, runStart, givenAfterComplement);
  if (ofTitle === undefined) return { nameStart, portfolio: false };
  // (Round 6: one word there is the title's portfolio, "Secretary for Cyber", "Minister of
  // Defence", not a name.)
  // (Round 22: so are words without a given name before "and" and a second title, "Under
  // Secretary for Intellectual Property and Director of ...".)
  const secondTitle = tokens[runEnd + 1]?.text === "and" && isCapitalized(tokens[runEnd + 2]?.text ?? "") && TITLE_WORDS.has(lower(tokens[runEnd + 2].text));
  // (Round 28: and two words without a given name closing the sentence after "for", "Under
  // Secretary for Food Safety.": "Secretary of State Roe." and "High Commissioner for Refugees
  // Ruud Roe," are names.)
  const noGiven = !words.some((w) => GIVEN_NAMES.has(w.toLowerCase()));
  const closing = words.length <= 2 && tokens[runStart - 1]?.text === "for" && /^[.;]$/.test(tokens[runEnd + 1]?.text ?? ".");
  const portfolio = words.length === 1 || (noGiven && (secondTitle || closing));
  return { ofTitle, nameStart: portfolio ? nameStart : nameAfterComplement(words, nameStart), portfolio };
}

/**
 * Round 27: "Surface Force U.S. Example Fleet (COMSURFEX)", "USS Example (SSN-799)": capitals in
 * brackets right after the run, an organisation's or a hull's short name; words without a given
 * name before one are the organisation's or the ship's ("Jane Roe (USN)" stays a name).
 */
function acronymAfter(tokens: Token[], runEnd: number): boolean {
  return tokens[runEnd + 1]?.text === "(" && /^(?=(?:[\d-]*\p{Lu}){2})[\p{Lu}\d-]+$/u.test(tokens[runEnd + 2]?.text ?? "") && tokens[runEnd + 3]?.text === ")";
}

/** Lower-case nouns of a post named after someone ("the Jane Roe professor of ..."). */
const NAMED_POSTS = /^(?:professor|professorship|chair|lectureship)$/;

/**
 * A run's name words that name no one: an organisation's before capitals in brackets (round 27,
 * acronymAfter); (round 30) a chair named after someone ("the Jane R. Roe professor of genetics";
 * "the Jane Goodall lecture" still names her), a service's members ("Marine Raiders", "Army
 * Rangers": a service's word before a plural agent noun); (round 33) a company, schools named
 * after people; (round 34) the press contact after its label.
 */
function namesNoOne(tokens: Token[], runStart: number, runEnd: number, name: string[]): boolean {
  // (Round 31: a last word that is also a given name counts for nothing, "... Assistance Grant (JAG)".)
  if (acronymAfter(tokens, runEnd) && name.length >= 2 && !name.slice(0, -1).some((w) => GIVEN_NAMES.has(lower(w)))) return true;
  if (tokens[runStart - 1]?.text.toLowerCase() === "the" && NAMED_POSTS.test(tokens[runEnd + 1]?.text ?? "")) return true;
  if (name.length === 2 && POST_MODIFIERS.has(lower(name[0])) && /\p{Ll}ers$/u.test(name[1])) return true;
  // (Round 33: a company's name hyphened round a letter, "Cream-O-Land"; schools named after
  // people, "O.J. Roe and N.B. Doe elementary schools".)
  if ((name.length === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}-\p{Lu}\p{Ll}+$/u.test(name[0])) || beforeSchoolNoun(tokens, runEnd)) return true;
  // (Round 34: the press contact after a label, "Contact: Tom Doe (301) 555-0100".)
  return tokens[runStart - 1]?.text === ":" && /^Contacts?$/.test(tokens[runStart - 2]?.text ?? "");
}

/** "... elementary schools", "... and N.B. Doe middle school": a school's lower-case noun after the run, or after another name joined by "and". */
function beforeSchoolNoun(tokens: Token[], runEnd: number): boolean {
  let t = runEnd + 1;
  if (/^(?:and|&)$/.test(tokens[t]?.text ?? "")) for (t++; t <= runEnd + 6 && isCapitalized(tokens[t]?.text ?? ""); t++);
  return /^(?:elementary|middle|high|primary|secondary|junior|charter)$/.test(tokens[t]?.text ?? "") && /^schools?$/.test(tokens[t + 1]?.text ?? "");
}

/** Where the name starts in the run, and what the run says about it; undefined: no name. */
function nameSpan(doc: Doc, lowerWords: Set<string>, run: Run) {
  const { tokens, text } = doc;
  const { start: runStart, end: runEnd, words } = run;
  const stripped = stripPossessive(words[words.length - 1]);
  const { base } = stripped;
  // "Jones' sister": a bare apostrophe after a final s, then a lower-case word.
  const apostrophe = tokens[runEnd + 1];
  const possessive =
    stripped.possessive ||
    (/s$/.test(base) && !!apostrophe && /^['’]$/.test(apostrophe.text) && apostrophe.start === tokens[runEnd].end && /^\s\p{Ll}/u.test(text.slice(apostrophe.end, apostrophe.end + 2)));
  words[words.length - 1] = base;
  // "Louis V. Franklin Sr.", "John Roe III": a generational suffix closes the name.
  const suffix = words.length >= 3 && (GENERATIONAL.test(words[words.length - 1]) || /^(?:II|III|IV)$/.test(words[words.length - 1])) ? words.pop() : undefined;

  const speaking = inSpeakerSlot(tokens, runStart, runEnd);
  if (relativeNamedLikeAPlace(tokens, runStart, words) || initialsOnly(tokens, runStart, words))
    return { nameStart: 0, possessive, ofTitle: undefined, rankGrade: false, sentenceStart: false, name: [...words], relative: true };
  // ("Dr. V.M.": a title and initials.)
  if (words.length === 2 && TITLE_WORDS.has(lower(words[0])) && /^(?:\p{Lu}\.){2,3}$/u.test(words[1]) && !PLACE_INITIALS.includes(words[1]))
    return { nameStart: 1, possessive, ofTitle: undefined, rankGrade: false, sentenceStart: false, name: [words[1]], relative: true };
  let nameStart = nameTailStart(words, speaking);
  // (Round 13: "King said" after "Martin Luther King Jr.": a title's word alone in a speaker's slot,
  // no article before it, may be a surname; it names someone only by joining a full name.)
  const bareTitle = words.length === 1 && speaking && TITLE_WORDS.has(lower(words[0])) && !/^(?:the|a|an|his|her|their|our|its)$/i.test(tokens[runStart - 1]?.text ?? "");
  if (bareTitle && nameStart >= words.length) nameStart = 0;
  while (nameStart < words.length && NAME_PARTICLES.has(words[nameStart])) nameStart++;
  const givenInitial = givenAndInitial(doc, words, runEnd);
  if (givenInitial) nameStart = 0;
  if (nameStart >= words.length || (isInitial(words[words.length - 1]) && !givenInitial)) return undefined;

  const sentence = doc.tokenSentence[runStart];
  const inSentence = (t: number) => t >= 0 && doc.tokenSentence[t] === sentence;
  const complement = titleComplement(doc, run, nameStart);
  if (complement.portfolio) return undefined;
  const { ofTitle } = complement;
  nameStart = complement.nameStart;
  const sentenceStart = runStart === 0 || doc.tokenSentence[runStart - 1] !== sentence || !tokens[runStart - 1].word && /["“‘']/.test(tokens[runStart - 1].text) && (runStart < 2 || doc.tokenSentence[runStart - 2] !== sentence);
  // A capitalised opener that the text also uses in lower case is an ordinary word ("Asked Trump").
  // (Not before a middle initial: "Hope W. Roe" is a given name, an initial and a surname.)
  if (nameStart === 0 && words.length - nameStart > 1 && sentenceStart && !(words.length >= 3 && isInitial(words[1]))) {
    const l = words[0].toLowerCase();
    // (A particle opening a surname is no ordinary word: "Van der Berg said".)
    if (!GIVEN_NAMES.has(l) && !NAME_PARTICLES.has(l) && (lowerWords.has(l) || /(?:ing|ed|ly)$/.test(l))) nameStart = 1;
  }
  // A sentence adverb set off by a comma ("Reportedly, ...") is not a name.
  if (sentenceStart && words.length === 1 && /ly$/.test(words[0]) && tokens[runEnd + 1]?.text === "," && !GIVEN_NAMES.has(words[0].toLowerCase())) return undefined;
  if (programmeOrAdverb(words, tokens[runEnd + 1]?.text ?? "")) return undefined;
  // "Sgt. First Class Jane Roe", "Petty Officer 2nd Class Jane Roe": a grade ("<ordinal> Class")
  // that belongs to the rank before the name.
  let rankGrade = false;
  for (let x = words.length - 2; x >= nameStart; x--) {
    const ordinalBefore = x > 0 ? ORDINAL.test(words[x - 1]) : ORDINAL.test(tokens[runStart - 1]?.text ?? "") && inSentence(runStart - 1);
    if (words[x] === "Class" && ordinalBefore) {
      nameStart = x + 1;
      rankGrade = true;
      break;
    }
  }
  const setOff = !tokens[runEnd + 1] || !inSentence(runEnd + 1) || /^(?:,|\(|[–—-])$/.test(tokens[runEnd + 1].text);
  nameStart = afterDescription(words, nameStart, sentenceStart, middleNameMayOpen(doc, runStart, words, nameStart), setOff);
  const name = words.slice(nameStart);
  if (suffix) name.push(suffix);
  // "Louis V. Franklin, Sr.": the suffix after a comma.
  // (Round 33: or a numeral, "Robert K. Roe, III".)
  else if (name.length >= 2 && tokens[runEnd + 1]?.text === "," && /^(?:Jr\.|Sr\.|II|III|IV)$/.test(tokens[runEnd + 2]?.text ?? "")) name.push(tokens[runEnd + 2].text);
  // "Task Force Marne Soldiers": a plural role noun closes no name.
  const lastWord = lower(name[name.length - 1]);
  if (/s$/.test(lastWord) && !ROLE_NOUNS.has(lastWord) && isRoleWord(lastWord)) return undefined;
  if (namesAPlaceOrThing(name, tokens[runStart - 1]?.text ?? "") || placeHeadBefore(words, nameStart)) return undefined;
  // (Round 22: "Major League Baseball", "Chief of Navy Reserve": one word right after an
  // organisation's word in its run goes on with the organisation's name, a title before it or not.)
  if (name.length === 1 && nameStart > 0 && isOrgWord(lower(words[nameStart - 1])) && !GIVEN_NAMES.has(lower(name[0]))) return undefined;
  // (Round 26: "At Duke Field", "King Hall": a royal title's word before a place's head or a field
  // alone names the place.)
  if (name.length === 1 && nameStart > 0 && ROYAL_WORD.test(lower(words[nameStart - 1])) && (PLACE_HEADS_LAST.has(lower(name[0])) || name[0] === "Field")) return undefined;
  if (namesNoOne(tokens, runStart, runEnd, name)) return undefined;
  // (Round 32: "Sea Grant Reauthorization": a long noun of an act closes no one's name.)
  if (name.length >= 2 && /^\p{Lu}\p{Ll}{4,}(?:ation|ment)s?$/u.test(name[name.length - 1]) && !GIVEN_NAMES.has(lower(name[name.length - 1]))) return undefined;
  return { nameStart, possessive, ofTitle, rankGrade, sentenceStart, name, relative: false };
}

/** Round 38: "Camp H. M. Smith", "Cape Jane Roe": a place's first word right before the name in its run makes the name the place's. */
function placeHeadBefore(words: string[], nameStart: number): boolean {
  return nameStart > 0 && PLACE_HEADS_FIRST.has(lower(words[nameStart - 1]));
}

/** Title and role words said of the name: before it, in its run, or in an appositive after it. */
function rolesAround(doc: Doc, run: Run, nameStart: number, ofTitle: string | undefined, rankGrade: boolean): string[] {
  const { tokens } = doc;
  const { start: runStart, end: runEnd, words } = run;
  const sentence = doc.tokenSentence[runStart];
  const inSentence = (t: number) => t >= 0 && doc.tokenSentence[t] === sentence;
  const prefix = words.slice(0, nameStart).map(lower);
  // ("Farmer Jane Roe": a listed role; not one by its ending, "Communist Manifesto".)
  // ("Mayor-elect Jane Roe": a title with "-elect".)
  const roles = prefix.filter((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || (/-elect$/.test(w) && TITLE_WORDS.has(w.slice(0, -6))));
  // (Round 7: "Sgt. 1st Class Lester Parks Sr.": the rank before the grade is the title, so
  // "Sergeant Parks" finds him.)
  const rankBefore = [2, 3].map((d) => tokens[runStart - d]).find((t, i) => !!t && inSentence(runStart - [2, 3][i]) && TITLE_WORDS.has(lower(t.text)));
  if (rankGrade && rankBefore) roles.push(lower(rankBefore.text));
  if (rankGrade && roles.length === 0) roles.push("class");
  if (ofTitle) roles.push(ofTitle);
  let before = runStart > 0 && doc.tokenSentence[runStart - 1] === sentence ? tokens[runStart - 1] : undefined;
  // "Chief Warrant Officer 2 Jane Roe": a rank's grade number between the title and the name.
  if (before && /^[1-5]$/.test(before.text) && inSentence(runStart - 2) && TITLE_WORDS.has(lower(tokens[runStart - 2].text))) before = tokens[runStart - 2];
  // "official James Jeffrey", "his wife Jane Roe": a role or family noun right before the name.
  const beforeWord = before && before.word ? lower(before.text) : "";
  // (Not a weak title in lower case, an adjective or preposition there: "under Creative Commons".)
  const weak = WEAK_TITLES.has(beforeWord) && !!before && !isCapitalized(before.text);
  if (isRoleWord(beforeWord) || (TITLE_WORDS.has(beforeWord) && !weak) || KINSHIP_NOUNS.has(beforeWord)) roles.push(beforeWord);
  // (Round 7: "the younger Clark", "the elder Roe": which of two relatives sharing the surname.)
  if (/^(?:younger|elder|older)$/.test(beforeWord) && words.length === 1) roles.push(beforeWord);
  // "Kenya's Information Minister, Joe Mucheru, ...", "a company lawyer, Jane Roe, ...": the
  // title set off before the name (a lower-case role needs its article: "a ... lawyer,").
  const beforeComma = before?.text === "," && runStart > 1 ? tokens[runStart - 2] : undefined;
  if (beforeComma && inSentence(runStart - 2)) {
    const l = lower(beforeComma.text);
    const article = [3, 4, 5].some((d) => inSentence(runStart - d) && /^(?:a|an|the|his|her|its|their|our)$/i.test(tokens[runStart - d].text));
    if ((TITLE_WORDS.has(l) && isCapitalized(beforeComma.text)) || (article && (isRoleNoun(l) || KINSHIP_NOUNS.has(l)) && !isCapitalized(beforeComma.text)))
      roles.push(l);
    else {
      const role = roleOfLeadPhrase(doc, runStart - 2);
      if (role) roles.push(role);
    }
  }

  // A role in an appositive: "Kitty McKinsey, a spokesman for ...", "Holdren, Assistant to ...",
  // "Jane Roe, 41, a teacher": the appositive opens with an article or a role word.
  let appositive = runEnd + 2;
  if (/^\d+$/.test(tokens[appositive]?.text ?? "") && tokens[appositive + 1]?.text === ",") appositive += 2;
  const opener = lower(tokens[appositive]?.text ?? "");
  // "Jane Roe, Harbour Commissioner": a capitalised title phrase, read up to its first lower-case word.
  const capitalOpener = !!tokens[appositive] && isCapitalized(tokens[appositive].text);
  // ("in northern Example, officials said": a plural role opens a new clause, not an appositive.)
  const pluralRole = /s$/.test(opener) && ROLE_NOUNS.has(opener.slice(0, -1));
  // (Round 6: "Jane Roe, beginning farmer", "Jane Roe, dairy farm owner": up to two modifiers, then
  // a role noun closing the phrase.)
  const modifiedRole = [1, 2].some((k) => {
    const head = tokens[appositive + k];
    const closes = !tokens[appositive + k + 1] || /^[,.;]$/.test(tokens[appositive + k + 1].text) || doc.tokenSentence[appositive + k + 1] !== sentence;
    return !!head && doc.tokenSentence[appositive + k] === sentence && isRoleNoun(lower(head.text)) && closes && tokens.slice(appositive, appositive + k).every((t) => /^\p{Ll}[\p{Ll}\-]*$/u.test(t.text) && !STOPWORDS.has(t.text));
  });
  const opensRole = !pluralRole && (/^(?:a|an|the|his|her|its|their|our|former|then|now)$/.test(opener) || ROLE_NOUNS.has(opener) || TITLE_WORDS.has(opener) || capitalOpener || modifiedRole);
  if (tokens[runEnd + 1]?.text === "," && opensRole) {
    const found: string[] = [];
    for (let a = appositive; a < Math.min(tokens.length, appositive + 8); a++) {
      const t = tokens[a];
      if (doc.tokenSentence[a] !== sentence || /^[,.;:()'’]$/.test(t.text) || doc.tokenQuote[a] >= 0) break;
      const l = lower(t.text);
      // "Jane Roe, Example University associate professor of ...": after a capitalised
      // employer, lower-case role words still count; any other lower-case word ends the phrase.
      if (capitalOpener && !ROLE_NOUNS.has(opener) && !TITLE_WORDS.has(opener) && !isCapitalized(t.text) && !isRoleWord(l) && !TITLE_WORDS.has(l)) break;
      // "with Example, Agency Administrator Jane Roe said": the title belongs to the name after it.
      // (Not a portfolio after "for"/"of": "Jane Roe, Assistant Secretary for Cyber, ...".)
      const afterTitle = isRoleNoun(lower(tokens[a - 1].text)) || TITLE_WORDS.has(lower(tokens[a - 1].text));
      if (capitalOpener && found.length > 0 && isCapitalized(t.text) && !ROLE_NOUNS.has(l) && !TITLE_WORDS.has(l) && afterTitle) {
        found.length = 0;
        break;
      }
      if (isRoleNoun(l) || (TITLE_WORDS.has(l) && !COURTESY_TITLES.has(l))) found.push(l);
    }
    roles.push(...found);
  }

  return roles;
}

/**
 * "Image: Jane Roe.", "Photo: NASA/Jane Roe", "Photo by Jane Roe": a photographer's credit, not a
 * person in the story.
 */
function isPhotoCredit(tokens: Token[], runStart: number): boolean {
  let t = runStart - 1;
  // "NASA/": an agency before the photographer.
  if (tokens[t]?.text === "/" && tokens[t - 1]?.word) t -= 2;
  // "photo by Petty Officer 2nd Class Jane Roe": back over a rank to the credit.
  for (let n = 0; n < 6 && tokens[t] && (/^\p{Lu}/u.test(tokens[t].text) || ORDINAL.test(tokens[t].text)) && tokens[t].text.toLowerCase() !== "by"; n++) t--;
  const label = tokens[t - 1]?.text.toLowerCase() ?? "";
  if (tokens[t]?.text === ":") return /^(?:image|images|photo|photos|picture|photograph|credit|credits|photography)$/.test(label);
  // (Round 24: "Photo courtesy of Jane Roe", "Photo courtesy Jane Roe".)
  const courtesy = tokens[t]?.text.toLowerCase() === "of" && tokens[t - 1]?.text.toLowerCase() === "courtesy" ? t - 1 : tokens[t]?.text.toLowerCase() === "courtesy" ? t : -1;
  if (courtesy > 0) return /^(?:photo|photos|image|images|picture|photograph|video)$/.test(tokens[courtesy - 1]?.text.toLowerCase() ?? "");
  return tokens[t]?.text.toLowerCase() === "by" && /^(?:photo|photos|image|picture|photograph|photography|video)$/.test(tokens[t - 1]?.text.toLowerCase() ?? "");
}

/**
 * Round 10: "Tom Jordan, Seismological Society of America" opening a roster's line: a common given
 * name and a place's name, then a comma and an affiliation, the line short and no sentence: the
 * place's name is a surname there ("Jordan", "Chad").
 */
function rosterEntryName(doc: Doc, run: Run): boolean {
  const { tokens } = doc;
  const { words, wordTokens, start, end } = run;
  if (words.length !== 2 || tokens[end + 1]?.text !== "," || !GIVEN_NAMES.has(words[0].toLowerCase()) || RARER_GIVEN_NAMES.has(words[0].toLowerCase())) return false;
  // (Only where the surname reads as a place: other names take the usual way, captions and all.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[1]) || !PLACES.has(words[1].toLowerCase())) return false;
  const para = doc.paragraphs[doc.sentences[doc.tokenSentence[start]]?.paragraph ?? -1];
  if (!para || wordTokens[0] !== start) return false;
  const line = doc.text.slice(para.start, para.end);
  const opens = /^(?:[-*•–]\s+)?$/.test(doc.text.slice(para.start, tokens[start].start));
  return opens && line.length <= 160 && !/[.!?](?:\s|$)/.test(line.trim()) && !/["“”]/.test(line) && line.split(/\s+/).length <= 16;
}

/** The person candidate a run of capitalised words makes, if any. */
/** After token `end`: "and" (or "&"), then up to four capitalised words, the last an organisation's word. */
function coordinatedWithOrganisation(tokens: Token[], end: number): boolean {
  if (!/^(?:and|&)$/.test(tokens[end + 1]?.text ?? "")) return false;
  for (let t = end + 2; t < tokens.length && t <= end + 5; t++) {
    if (!isCapitalized(tokens[t].text)) return false;
    if (isOrgWord(lower(tokens[t].text))) return true;
  }
  return false;
}

/**
 * "the Disaster Prevention and Prediction Subcommittee", "... for Mental Health and Substance Use":
 * a run joined by "and" to another half of an organisation's name (not starting on a given name);
 * "the Office of Head Start": "Head" is a title only before a name of two words (round 21).
 */
function halfOfOrganisation(tokens: Token[], run: Run, name: string[], nameStart: number): boolean {
  if (name.length === 1 && nameStart === 1 && run.words[0] === "Head") return true;
  return !GIVEN_NAMES.has(name[0].toLowerCase()) && (coordinatedWithOrganisation(tokens, run.end) || organisationBeforeAnd(tokens, run.start));
}

/**
 * Round 21: "Assistant Secretary for Mental Health and Substance Use": a run after "and" whose
 * other half, a complement after "for" or "of", ends on an organisation's word is that
 * complement's second half ("the Interior Department and Anjali Raman" is not).
 */
function organisationBeforeAnd(tokens: Token[], start: number): boolean {
  if (!/^(?:and|&)$/.test(tokens[start - 1]?.text ?? "") || !isCapitalized(tokens[start - 2]?.text ?? "") || !isOrgWord(lower(tokens[start - 2].text))) return false;
  let t = start - 3;
  while (t >= start - 6 && t >= 0 && isCapitalized(tokens[t].text)) t--;
  return /^(?:for|of)$/.test(tokens[t]?.text ?? "");
}

/**
 * Round 27: "Secretary Roe and Deputy Secretary Doe Celebrate Opening of ...": after "and" and the
 * second person's titles, a headline's verb in the plural (no given name) inside the run; its
 * position in the run, or -1.
 */
function pluralVerbAt(doc: Doc, run: Run): number {
  if (run.nickname) return -1;
  const verb = run.words.findIndex((w, k) => k >= 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && isPluralHeadlineVerb(lower(w)) && !GIVEN_NAMES.has(lower(w)));
  if (verb < 0) return -1;
  let t = run.start - 1;
  while (t >= run.start - 4 && t >= 0 && isCapitalized(doc.tokens[t].text) && TITLE_WORDS.has(lower(doc.tokens[t].text))) t--;
  return /^(?:and|&)$/.test(doc.tokens[t]?.text ?? "") ? verb : -1;
}

/**
 * Round 25: "Chairman Roe Testifies to Congress": a headline's verb closing the run, before a small
 * word, in a line not set in headline case, is no surname; the run ends before it.
 */
/** The run's first `words` words (and their tokens). */
function runUpTo(run: Run, words: number): Run {
  return { ...run, end: run.wordTokens[words - 1], wordTokens: run.wordTokens.slice(0, words), words: run.words.slice(0, words) };
}

/** Round 34: "... Jane Roe Contact: Tom Doe ...": a contact label run into the name before it is cut off. */
function beforeContactLabel(doc: Doc, run: Run): Run {
  const last = run.words.length - 1;
  if (last < 1 || run.nickname || !/^Contacts?$/.test(run.words[last]) || doc.tokens[run.end + 1]?.text !== ":") return run;
  return runUpTo(run, last);
}

function beforeHeadlineVerb(doc: Doc, run: Run): Run {
  const plural = pluralVerbAt(doc, run);
  if (plural > 0) return runUpTo(run, plural);
  const last = run.words[run.words.length - 1];
  // (Round 31: "Speaks", "Visits", "Tours", "Talks": verbs in -s no one bears as a surname.)
  const verb = run.words.length >= 2 && !run.nickname && HEADLINE_VERBS.has(lower(last)) && /(?:ies|es)$|^(?:Speaks|Visits|Tours|Talks|Meets|Greets)$/.test(last);
  if (!verb || !/^(?:to|on|for|at|in|with|about|before|after|into|the|a|an)$/.test(doc.tokens[run.end + 1]?.text ?? "")) return run;
  return runUpTo(run, run.words.length - 1);
}

/**
 * Round 7: "Lt. Jane Roe Sector Juneau command duty officer": a run that goes on from a name into
 * a post named after its place ends before the post's first word.
 */
function beforePost(run: Run): Run {
  // (Round 13: not a post's word opening a title, "Wage and Hour Division District Director Jane Roe".)
  let x = run.words.findIndex((w, k) => k >= 2 && k < run.words.length - 1 && POST_HEADS_FIRST.has(lower(w)) && !TITLE_WORDS.has(lower(run.words[k + 1])));
  if (x < 0 || run.nickname) return run;
  // ("Lt. Jane Roe Air Station Sitka": the post's own modifiers go with it.)
  while (x > 2 && POST_MODIFIERS.has(lower(run.words[x - 1]))) x--;
  return runUpTo(run, x);
}

/**
 * Round 7: "a Montclair, New Jersey native", "from Kodiak, Alaska,": a word set off before a state
 * or a country, after an article or a preposition or before "native"/"resident", is a town.
 */
function townBeforeState(tokens: Token[], runStart: number, runEnd: number): boolean {
  if (tokens[runEnd + 1]?.text !== ",") return false;
  let t = runEnd + 2;
  // (Round 12: or a state's abbreviation with its period, "Lake View, S.C.,", "Dover, Del.".)
  const place = (k: number) => PLACES.has(lower(tokens[k].text.replace(/\.$/, ""))) || (STATE_ABBREVIATIONS.has(lower(tokens[k].text.replace(/\.$/, ""))) && (tokens[k].text.endsWith(".") || tokens[k + 1]?.text === "."));
  while (t < runEnd + 5 && tokens[t] && isCapitalized(tokens[t].text) && place(t)) t++;
  if (t === runEnd + 2) return false;
  const before = lower(tokens[runStart - 1]?.text ?? "");
  return /^(?:a|an|the|in|from|of|near|at)$/.test(before) || /^(?:native|natives|resident|residents|based)$/.test(lower(tokens[t]?.text ?? ""));
}

/** Round 12: "Dover, Del., said": a state's abbreviation, with its period, after a town and a comma. */
function stateAfterTown(tokens: Token[], runStart: number, runEnd: number): boolean {
  const word = tokens[runStart].text;
  return runStart === runEnd && tokens[runStart - 1]?.text === "," && STATE_ABBREVIATIONS.has(lower(word.replace(/\.$/, ""))) && (word.endsWith(".") || tokens[runEnd + 1]?.text === ".");
}

/** "the fishing vessel Jonathan Boy II", "aboard the Jonathan Boy II": a boat's name. */
/**
 * Round 11: "NASA's commercial partner Acme Grumman is scheduled to launch", "the firm Roe
 * Holdings": a name right after a company's descriptor is the company's (unless it opens on a
 * given name: "the firm's founder" is no descriptor, and "company Jane Roe" is too rare to trust).
 */
function afterCompanyDescriptor(tokens: Token[], runStart: number, first: string): boolean {
  // (A common given name only: "Northrop" is in the lexicon's rarer ones.)
  if (GIVEN_NAMES.has(first.toLowerCase()) && !RARER_GIVEN_NAMES.has(first.toLowerCase())) return false;
  const noun = lower(tokens[runStart - 1]?.text ?? "");
  if (COMPANY_NOUNS.has(noun)) return true;
  return PARTNER_NOUNS.has(noun) && COMPANY_MODIFIERS.has(lower(tokens[runStart - 2]?.text ?? ""));
}

function namesAVessel(tokens: Token[], runStart: number): boolean {
  const before = (k: number) => lower(tokens[runStart - k]?.text ?? "");
  return VESSEL_NOUNS.has(before(1)) || (before(1) === "the" && before(2) === "aboard");
}

function runCandidate(doc: Doc, lowerWords: Set<string>, whole: Run): Candidate | undefined {
  const { tokens, text } = doc;
  const run = beforeContactLabel(doc, beforeHeadlineVerb(doc, beforePost(whole)));
  const { start: runStart, end: runEnd, nickname, wordTokens, words } = run;
  /** The name at token t follows a possessive ("Example Radio's Jane Roe"): a staff credit. */
  const possessiveBefore = (t: number) => t > 0 && /['’]s$/.test(tokens[t - 1].text) && doc.tokenSentence[t - 1] === doc.tokenSentence[t];
  // ("Photo: Regional Administrator Jane Roe announces ...": a caption goes on after the name.)
  if (isPhotoCredit(tokens, runStart) && !/^\p{Ll}+$/u.test(tokens[runEnd + 1]?.text ?? "")) return undefined;
  // "USS John C. Stennis": a ship named after a person.
  // (Round 13: after a capitalised "The" too, "The USNS Harvey Milk sailed".)
  if (vesselName(doc, run) || namesAVessel(tokens, runStart) || townBeforeState(tokens, runStart, whole.end) || stateAfterTown(tokens, runStart, whole.end)) return undefined;
  if (afterCompanyDescriptor(tokens, runStart, words[0])) return undefined;
  // (Round 13: "the Martin Luther King Jr. Memorial": a place named after a person, the suffix inside.)
  const suffixAt = words.findIndex((w) => GENERATIONAL.test(w));
  const afterSuffix = suffixAt >= 0 && suffixAt < words.length - 1 ? lower(words[words.length - 1]) : "";
  if (afterSuffix && (PLACE_HEADS_LAST.has(afterSuffix) || THING_NOUNS.has(afterSuffix) || isOrgWord(afterSuffix))) return undefined;
  if (rosterEntryName(doc, run)) return { first: wordTokens[0], last: wordTokens[1], titleStart: wordTokens[0], words, possessive: false, evidence: true, roles: [], sentenceStart: true };
  const span = nameSpan(doc, lowerWords, run);
  if (!span) return undefined;
  const { nameStart, possessive, sentenceStart, name } = span;
  // (Round 11: "Copyright Works, Jane Roe, Saturday 1 pm": a word that is never a name, in a talk's title.)
  if (name.some((w) => NEVER_NAMES.has(lower(w)))) return undefined;
  // "the Disaster Prevention and Prediction Subcommittee": a run joined by "and" to capitalised
  // words that end on an organisation's word is the first half of that organisation's name.
  if (halfOfOrganisation(tokens, run, name, nameStart)) return undefined;
  // "Prince George's County", "Governor's Island", "Veterans' Day": a possessive inside a place's
  // or an organisation's name, its head capitalised right after it.
  const head = tokens[runEnd + 1];
  // (Round 8: not a titled person's possessive before an office's or an event's name with its "of",
  // "President Roe's State of the Union address".)
  const titledBefore = (nameStart > 0 ? TITLE_WORDS.has(lower(words[nameStart - 1])) : runStart > 0 && isTitleBefore(tokens, runStart - 1)) && tokens[runEnd + 2]?.text === "of";
  // (Round 15: not a person's full name opening on a common given name, "Cheryl Rasbury's Bay St.
  // Louis house".)
  const givenFull = words.length - nameStart >= 2 && words.length - nameStart <= 3 && GIVEN_NAMES.has(lower(words[nameStart])) && !RARER_GIVEN_NAMES.has(lower(words[nameStart]));
  if (possessive && head && !titledBefore && adjacent(tokens[runEnd], head, text) && isCapitalized(head.text) && ((!givenFull && (isOrgWord(lower(head.text)) || PLACE_HEADS_LAST.has(lower(head.text)))) || /^Day$/.test(head.text))) return undefined;
  const sentence = doc.tokenSentence[runStart];
  const roles = rolesAround(doc, run, nameStart, span.ofTitle, span.rankGrade);
  const prefix = words.slice(0, nameStart);
  // "Jane Roe reports for Example Radio from Geneva.": a reporter's credit in the lead, not a
  // person in the story.
  // "Example Radio's Jane Roe reports on ...", "Jane Roe has the latest on ...", "Jane Roe has more.".
  const credit = tokens.slice(runEnd + 1, runEnd + 5).map((t) => t.text);
  const reports =
    (/^report(?:s|ed|ing)$/.test(credit[0] ?? "") && /^(?:for|from)$/.test(credit[1] ?? "") && /^(?:the\b|\p{Lu})/u.test(credit[2] ?? "")) ||
    (/^reports$/.test(credit[0] ?? "") && /^(?:on|from|that)$/.test(credit[1] ?? "") && possessiveBefore(runStart)) ||
    (credit[0] === "has" && /^(?:the latest|more|this report|the story|details|a report)\b/.test(credit.slice(1).join(" "))) ||
    // (Round 7: "Jane Roe was the editor.", a story's credit run into the text of a one-line page.)
    (credit[0] === "was" && credit[1] === "the" && /^(?:editor|producer|writer|reporter|translator)$/.test(credit[2] ?? "") && credit[3] === ".");
  if (name.length >= 2 && reports && !doc.quotes.some((q) => q.sentence === sentence)) return undefined;
  const firstName = name[0].toLowerCase();
  // "Morgan Stanley analyst Betsy Graseck", "Kremlin spokesman Dmitry Peskov": a capitalised run
  // right before a role and another name is the employer, not a person.
  const next = tokens[runEnd + 1];
  const employer =
    !!next && adjacent(tokens[runEnd], next, text) && ROLE_NOUNS.has(next.text) && !!tokens[runEnd + 2] && isCapitalized(tokens[runEnd + 2].text);
  let evidence = (roles.length > 0 && !employer) || span.relative;
  if (name.length >= 2) {
    // A speech verb next to a capitalised pair is no evidence on its own: "Goldman Sachs said".
    const beforeName = nameStart > 0 ? lower(words[nameStart - 1]) : runStart > 0 && doc.tokenSentence[runStart - 1] === sentence ? lower(tokens[runStart - 1].text) : "";
    evidence ||= !employer && (givenNameEvidence(name, lowerWords, middleNameMayOpen(doc, runStart, words, nameStart), beforeName, personAround(tokens, wordTokens[nameStart], runEnd)) || name.some(isInitial) || nameShapeEvidence(doc, lowerWords, name, wordTokens[nameStart], runEnd, nameStart > 0 ? words[nameStart - 1] : undefined));
  } else {
    // "the Obama administration": a surname used as an adjective for a government.
    if (((next && (governmentPlural(next.text) || GOVERNMENT_NOUN.test(next.text) || next.text === "-era")) || governmentsListed(tokens, runEnd)) && !PLACES.has(firstName)) evidence = true;
  }

  // The nickname stays in the name: it is what tells two people of the same name apart.
  const nickAt = nickname ? wordTokens.indexOf((nickname as { from: number }).from - 1) : -1;
  if (nickname && nickAt >= nameStart && nickAt < words.length - 1) name.splice(nickAt - nameStart + 1, 0, nickname.text);
  return {
    first: wordTokens[nameStart],
    last: runEnd,
    titleStart: wordTokens[prefix.length && roles.length ? 0 : nameStart],
    words: name,
    possessive,
    evidence,
    roles,
    sentenceStart,
  };
}

/** "Jon Roe, a veteran and father of Sgt. Al Roe,": a family noun with "of" in the name's appositive. */
function kinOfAnother(doc: Doc, runEnd: number): boolean {
  const { tokens } = doc;
  if (tokens[runEnd + 1]?.text !== ",") return false;
  for (let t = runEnd + 2; t < tokens.length && t <= runEnd + 9 && doc.tokenSentence[t] === doc.tokenSentence[runEnd] && tokens[t].text !== ","; t++)
    if (KINSHIP_NOUNS.has(lower(tokens[t].text)) && tokens[t + 1]?.text === "of") return true;
  return false;
}

/**
 * A full name opening on a given name: a common one is evidence enough; a rarer one ("Hayward",
 * "Adler", also surnames and places) only when the last word is no word the text writes in lower
 * case and no place's head ("Hayward Fault", "Adler Planetarium").
 */
function givenNameEvidence(name: string[], lowerWords: Set<string>, middleMayOpen: boolean, before = "", around: PersonSlot = undefined): boolean {
  const first = name[0].toLowerCase();
  if (!GIVEN_NAMES.has(first)) return (middleMayOpen && middleNameEvidence(name, lowerWords)) || worldNameEvidence(name, lowerWords, before, around);
  // "Grant Programs", "Victoria Hospitals": a given name before an organisation word's plural.
  if (isOrgPlural(name[name.length - 1].toLowerCase())) return false;
  if (!RARER_GIVEN_NAMES.has(first)) return true;
  const last = name[name.length - 1].toLowerCase();
  return !lowerWords.has(last) && !PLACE_HEADS_LAST.has(last) && !isOrgWord(last);
}

/**
 * Round 14: what only a person's name stands in, whatever word is before it: before "who", or
 * "whose" and a relative ("Gazelle Roe, whose father is held, told ..."), after a verb of saying
 * and "that" ("reported that Elnaz Roe competed"), after "the leadership of", "in memory of", or
 * opening a bulleted item before its affiliation.
 */
function personAround(tokens: Token[], first: number, last: number): PersonSlot {
  const next = (k: number) => lower(tokens[last + k]?.text ?? "");
  const relative = next(1) === "," ? 2 : 1;
  // (A relative of kin is a person's whatever the given name: a firm or a country has none.)
  if (next(relative) === "whose" && KINSHIP_NOUNS.has(next(relative + 1))) return "kin";
  const lead = lower(tokens[first - 1]?.text ?? "");
  const ofPerson = lead === "of" && PERSON_OF_NOUNS.has(lower(tokens[first - 2]?.text ?? ""));
  // (A bulleted item's name before its affiliation: "• Kwabena Owusu – Harbor Institute".)
  const item = /^[•·▪►*]$/.test(lead) && /^[,(–—-]$/.test(next(1));
  return next(relative) === "who" || (lead === "that" && speechVerbAt(tokens, first - 2)) || ofPerson || item ? "person" : undefined;
}

/** What the words around a name say: only a person stands there ("person"), and has kin ("kin"). */
type PersonSlot = "person" | "kin" | undefined;

const PERSON_LEADS = /^(?:and|&|by|with|were|was|is|are|told|thanked|joined|joining|including|like|as|named|led|headed)$/;

/**
 * Round 13: "Anjali Raman", "Kwabena Owusu": two or three words opening on a given name of the world
 * list (world-names.ts), each no word of another list and none written in lower case in the text,
 * the last shaped like a surname, after a word a person's name follows ("and", "by", "with",
 * "were", "joined", a verb of saying or a role); not opening a sentence or after a comma, where
 * places and brands stand as often ("Sri Lanka has ...", "Tel Aviv"), nor after a preposition, an
 * article or a number ("in Puerto Rico", "the Velvet Underground", "2012 Summer Paralympics").
 * `before`: the word before the name, lower case ("" at a sentence's start). `around` (round 14,
 * see personAround): the words around the name say only a person stands there, whatever word is
 * before it; "kin" says so of any given name, on the world list or not.
 */
function worldNameEvidence(name: string[], lowerWords: Set<string>, before: string, around: PersonSlot = undefined): boolean {
  if (name.length < 2 || name.length > 3 || NOT_WORLD_GIVEN_NAMES.has(lower(name[0])) || PLACE_HEADS_FIRST.has(lower(name[0]))) return false;
  if (!(around === "kin" || worldGivenName(name[0])) || !SURNAME_SHAPE.test(name[name.length - 1])) return false;
  if (!around && !PERSON_LEADS.test(before) && !SPEECH_VERBS.has(before) && !isRoleWord(before)) return false;
  // (nameLike: no word of the lexicon's lists of places, organisations, titles, months, stopwords.)
  return name.every((w) => {
    const l = lower(w);
    return nameLike(w) && !lowerWords.has(l) && !SPEECH_VERBS.has(l) && !NUMBER_WORDS.has(l) && !isRoleWord(l) && !PLACE_HEADS_LAST.has(l);
  });
}

/**
 * Round 10: whether a name found at `words[nameStart]` of the run may open on a given name the
 * lexicon lacks: after a title in the run ("Officer Branson Lee Roe"), or at the run's start
 * unless the run's first word closes a title ("Sergeant at Arms Jim Roe") or a grade ("1st Class
 * Jim Roe").
 */
function middleNameMayOpen(doc: Doc, runStart: number, words: string[], nameStart: number): boolean {
  const { tokens } = doc;
  if (nameStart > 0) return TITLE_WORDS.has(lower(words[nameStart - 1]));
  // ("Class" is a rank's grade, "Sgt. 1st Class Jim Roe", even when a wrap lost its ordinal.)
  if (words[0] === "Class") return false;
  const before = tokens[runStart - 1];
  const same = (t: number) => t >= 0 && doc.tokenSentence[t] === doc.tokenSentence[runStart];
  // (An ordinal over a hard wrap too, where the wrap may leave a stop: "Sgt. 1st" ¶ "Class Jim Roe".)
  if ([before, before?.text === "." ? tokens[runStart - 2] : undefined].some((t) => !!t && ORDINAL.test(t.text))) return false;
  // (Opening its paragraph, a list's line or a lead; a sentence inside a paragraph may open on
  // a word of a wrapped rank or a description, "... noteworthy. Class Jim Roe, 29, is ...".)
  const paragraphOf = (t: number) => doc.sentences[doc.tokenSentence[t]]?.paragraph;
  if (!before || (!same(runStart - 1) && paragraphOf(runStart - 1) !== paragraphOf(runStart))) return true;
  if (!same(runStart - 1)) return false;
  const title = tokens[runStart - 2];
  return !(SMALL_WORDS.has(before.text) && !!title && same(runStart - 2) && isCapitalized(title.text) && TITLE_WORDS.has(lower(title.text)));
}

/**
 * Round 10: "Deshawn Michael Tate", "Branson Lee Harwell": three words whose middle one is a common
 * given name (a middle name) and whose first is no word of another list, written in lower case
 * nowhere in the text: a given name the lexicon lacks.
 */
function middleNameEvidence(name: string[], lowerWords: Set<string>): boolean {
  if (name.length !== 3) return false;
  const [first, middle, last] = name.map((w) => w.toLowerCase());
  const plain = (w: string) => !lowerWords.has(w) && !isOrgWord(w) && !PLACE_HEADS_LAST.has(w) && !isRoleWord(w);
  return GIVEN_NAMES.has(middle) && /^\p{Lu}\p{Ll}{2,}$/u.test(name[0]) && nameLike(name[0]) && plain(first) && plain(last);
}

/** `items` grouped by `keyOf`, each group in the items' order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Every run of one to six words written right before an institution word ("Example Tech" and
 * "Tech" in "Example Tech University"), each joined by single spaces: one pass over the text
 * instead of one search of the whole text per name.
 */
function namesBeforeInstitutionWords(text: string): Set<string> {
  const names = new Set<string>();
  // (Round 27: or a base's, "F.E. Walden Air Force Base": "While at F.E. Walden" names the base.)
  for (const match of text.matchAll(new RegExp(`(?<=\\s)(?:${INSTITUTION_WORDS.join("|")}|Air Force Base|Air Reserve Base|Army Airfield|AFB)\\b`, "gu"))) {
    const before = text.slice(Math.max(0, match.index - 200), match.index).trimEnd();
    const words = before.split(/\s+/);
    for (let n = 1; n <= Math.min(6, words.length); n++) names.add(words.slice(words.length - n).join(" "));
  }
  return names;
}

/** Index of the last of `ranges` (sorted by start, not overlapping) starting at or before `offset`, or -1. */
export function lastAtOrBefore(ranges: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Words of a full name that say it is no person's: an organisation, a place, a title. */
function plainName(words: string[], lowerWords: Set<string>): boolean {
  return !words.some((w, k) => {
    const l = lower(w);
    // "One Rohingya", "People Power": a number word, or a word the text also writes in lower case.
    if (STOPWORDS.has(l) || NUMBER_WORDS.has(l) || (lowerWords.has(l) && !GIVEN_NAMES.has(l))) return true;
    return isOrgWord(l) || PLACES.has(l) || DEMONYMS.has(l) || TITLE_WORDS.has(l) || isRoleWord(l) || (MONTHS_AND_DAYS.has(l) && !monthGiven(words, k));
  });
}



/**
 * Single words standing alone, by key: where the last of them stands, and whether any stands where
 * a place or an event goes ("the Paralympics", "at Roe"). One pass, so the check per name is constant.
 */
function wordsAlone(doc: Doc, all: Candidate[]): Map<string, { latest: number; determined: boolean }> {
  const alone = new Map<string, { latest: number; determined: boolean }>();
  for (const x of all) {
    if (x.words.length !== 1) continue;
    const k = key(x.words);
    const seen = alone.get(k) ?? { latest: -1, determined: false };
    seen.latest = Math.max(seen.latest, x.first);
    seen.determined ||= placedLikeAnOrganisation(doc, x) || DETERMINERS.has(lower(doc.tokens[x.first - 2]?.text ?? ""));
    alone.set(k, seen);
  }
  return alone;
}

/** The surname of `c` stands alone after it, and its first word never stands alone. */
function surnameRepeated(alone: Map<string, { latest: number; determined: boolean }>, c: Candidate): boolean {
  // (Not a given name, "Hey Frank ... Frank"; not where a place or an event goes, "the Paralympics".)
  if (GIVEN_NAMES.has(lower(c.words[1]))) return false;
  const later = alone.get(key([c.words[1]]));
  return !!later && later.latest > c.last && !later.determined && !alone.has(key([c.words[0]]));
}

/**
 * The name stands in a list with a person's name: "A and B", "A, B", "B, and A". (Round 14: not a
 * role's place or body before its holder, "The mayor of Grand Rapids, Jane Roe, said".)
 */
function listedWithPerson(tokens: Token[], c: Candidate, personEnds: Set<number>, personStarts: Set<number>): boolean {
  const t = (i: number) => tokens[i]?.text ?? "";
  const joiner = (w: string) => w === "and" || w === ",";
  if (joiner(t(c.first - 1)) && (personEnds.has(c.first - 2) || (t(c.first - 1) === "and" && t(c.first - 2) === "," && personEnds.has(c.first - 3)))) return true;
  if (t(c.first - 1) === "of" && t(c.last + 1) === ",") return false;
  return joiner(t(c.last + 1)) && (personStarts.has(c.last + 2) || (t(c.last + 1) === "," && t(c.last + 2) === "and" && personStarts.has(c.last + 3)));
}

const speechVerbAt = (tokens: Token[], t: number) => !!tokens[t] && /^\p{Ll}/u.test(tokens[t].text) && SPEECH_VERBS.has(tokens[t].text.toLowerCase());
const relativeWho = (tokens: Token[], x: Candidate) => tokens[x.last + 1]?.text === "," && /^who$/i.test(tokens[x.last + 2]?.text ?? "");

// "I", "I'm", "my", "me" inside a quotation: only a person speaks in the first person singular.
const FIRST_PERSON_QUOTE = /["“][^"“”]{0,400}?\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]yself)\b[^"“”]{0,400}["”]/;

// A quotation in the sentence, and no document it was issued in.
const QUOTATION = /["“][^"“”]{12,400}["”]/;
const ISSUED = /\bin (?:a|an|its|their|the) (?:\w+ ){0,2}(?:statement|note|report|release|filing|letter|e-?mail|post|notice|advisory|memo)\b/i;

/** The name's sentence gives it a quotation spoken, not issued (read once per sentence). */
function quotesAsSpeaker(doc: Doc, c: Candidate, seen: Map<number, boolean>): boolean {
  const s = doc.tokenSentence[c.first];
  const sentence = doc.sentences[s];
  if (!sentence) return false;
  if (!seen.has(s)) {
    const text = sentence.end - sentence.start < 2000 ? doc.text.slice(sentence.start, sentence.end) : "";
    seen.set(s, QUOTATION.test(text) && !ISSUED.test(text));
  }
  return seen.get(s) as boolean;
}

/**
 * A surname's shape: "Roe", "Li", "McAllister", "MacLeod", "O'Rourke", "D'Amato", "LeBlanc",
 * "Mbeki-Harlan" (not an acronym, not all capitals, not an initial).
 */
const SURNAME_SHAPE = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u;

/** "at Roe", "in Roe", "the Roe": a word placed where a place or an organisation goes. */
/**
 * Round 6: `Northwind said in a statement`: a word with no full name in the text that issues a
 * statement or a release is an organisation (a person's statement names the person in full first).
 */
function issuesDocuments(doc: Doc, x: Candidate): boolean {
  const after = doc.text.slice(doc.tokens[x.last].end, doc.tokens[x.last].end + 60);
  return /^,?\s+(?:said|says|announced|added|stated|wrote)\s+(?:on \w+\s+)?in\s+(?:a|an|its)\s+(?:\w+\s+){0,2}(?:statement|release|filing|notice|letter to (?:customers|shareholders|investors))\b/i.test(after);
}

/**
 * Round 6: "FedEx", "PetSmart", "YouTube": a capital inside a word, not after a surname's prefix
 * ("McCormack", "DeMint", "LaHood", "O'Neill"), is a company's name.
 */
function companyShaped(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|St)\p{Lu}/u.test(word);
}

function placedLikeAnOrganisation(doc: Doc, x: Candidate): boolean {
  const prev = doc.tokens[x.first - 1];
  return !!prev && doc.tokenSentence[x.first - 1] === doc.tokenSentence[x.first] && /^(?:at|in|from|the|into|across|near|via)$/i.test(prev.text);
}

/** ""...," Roe, 54, said", "Roe, a welder, said: "..."": the verb of saying after a set-off appositive. */
function speaksAfterAppositive(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const sentence = doc.tokenSentence[x.last];
  if (tk[x.last + 1]?.text !== ",") return false;
  for (let t = x.last + 2; t < tk.length && t <= x.last + 10 && doc.tokenSentence[t] === sentence && doc.tokenQuote[t] < 0; t++) {
    if (tk[t].text === ",") return speechVerbAt(tk, t + 1);
    // ("Acme, a boat maker, said", "Acme, the agency, said": an organisation's appositive.)
    const l = lower(tk[t].text);
    if (isOrgWord(l) || ORG_HEAD_NOUNS.has(l)) return false;
  }
  return false;
}

/**
 * Round 18: `"...," Anjali Raman of the northern district wrote`: the verb of saying after the
 * name's "of" or "from" phrase (up to six words, no punctuation).
 */
function speaksAfterOrigin(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  if (!/^(?:of|from)$/.test(tk[x.last + 1]?.text ?? "")) return false;
  for (let t = x.last + 2; t < tk.length && t <= x.last + 8 && doc.tokenSentence[t] === doc.tokenSentence[x.last] && tk[t].word; t++) if (speechVerbAt(tk, t)) return t > x.last + 2;
  return false;
}

/** A speaker's slot of an attribution frame: "Roe said", "said Roe", "Roe, 54, said", "according to Roe". */
function speakerSlot(doc: Doc, x: Candidate): boolean {
  return speaks(doc, x) || speaksAfterAppositive(doc, x) || accordingTo(doc, x);
}

/** "according to Roe": the source a claim is credited to. */
function accordingTo(doc: Doc, x: Candidate): boolean {
  const t = (k: number) => doc.tokens[k]?.text.toLowerCase() ?? "";
  // (Closed by a stop or a comma: not "according to Yonhap news agency".)
  return t(x.first - 1) === "to" && t(x.first - 2) === "according" && doc.tokenSentence[x.first - 2] === doc.tokenSentence[x.first] && /^[.,;:!?]?$/.test(t(x.last + 1));
}

/** "it" or "its" in the next sentence after the name: an organisation referred back to. */
function itFollows(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const limit = doc.tokenSentence[x.last] + 1;
  for (let t = x.last + 1; t < tk.length && t <= x.last + 80 && doc.tokenSentence[t] <= limit; t++) {
    if (doc.tokenQuote[t] >= 0) continue;
    if (/^(?:it|its)$/i.test(tk[t].text)) return true;
  }
  return false;
}

/** The sentence of the name holds a quotation in the first person singular (read once per sentence). */
function quotesFirstPerson(doc: Doc, c: Candidate, seen: Map<number, boolean>): boolean {
  const s = doc.tokenSentence[c.first];
  const sentence = doc.sentences[s];
  if (!sentence) return false;
  if (!seen.has(s)) seen.set(s, sentence.end - sentence.start < 2000 && FIRST_PERSON_QUOTE.test(doc.text.slice(sentence.start, sentence.end)));
  return seen.get(s) as boolean;
}

/**
 * The name is the subject or the object of a verb of saying: "Roe said", "Roe has said", "said
 * Roe.", "Roe, who ...". Not after an article or a preposition ("the Roes continued", "within
 * Example called"), nor inside a longer capitalised name ("The Globe and Mail dubbed").
 */
function speaks(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const prev = tk[x.first - 1];
  if (prev && !x.sentenceStart && doc.tokenSentence[x.first - 1] === doc.tokenSentence[x.first]) {
    const l = prev.text.toLowerCase();
    if (/^(?:the|a|an|and|or|of|&|its|their|his|her|our|my|your|within|without|during|through|across|around|inside|outside|beyond|near|upon|throughout|than)$/.test(l)) return false;
    // (Right after an organisation's head noun the name may follow it in one capitalised run:
    // "... Islamic Relations Jane Roe said".)
    if (PREPOSITIONS.has(l) || (prev.word && isCapitalized(prev.text) && !(x.words.length >= 2 && ORG_WORDS.has(l) && !ORG_ADJECTIVES.has(l)))) return false;
  }
  return (
    relativeWho(tk, x) ||
    speechVerbAt(tk, x.last + 1) ||
    speaksAfterOrigin(doc, x) ||
    (!!tk[x.last + 1] && SHORT_FILLERS.has(tk[x.last + 1].text) && speechVerbAt(tk, x.last + 2)) ||
    (speechVerbAt(tk, x.first - 1) && doc.tokenSentence[x.first - 1] === doc.tokenSentence[x.first] && /^[.,;!?]$/.test(tk[x.last + 1]?.text ?? "."))
  );
}

/** A personal pronoun within the next two sentences, before any other person's name. */
function pronounFollows(doc: Doc, x: Candidate, personEnds: Set<number>): boolean {
  const tk = doc.tokens;
  const limit = doc.tokenSentence[x.last] + 2;
  // (At most 300 tokens on: a pronoun that far off no longer refers back to this name.)
  for (let t = x.last + 1; t < tk.length && t <= x.last + 300 && doc.tokenSentence[t] <= limit; t++) {
    if (doc.tokenSentence[t] < 0) continue;
    if (/^(?:he|she|his|her|him)$/i.test(tk[t].text)) return true;
    if (personEnds.has(t)) return false;
  }
  return false;
}

/**
 * The name opens its sentence as the subject of a lower-case verb: "Zephyr Quillon was there too."
 * (not "Zephyr Quillon and ...", "Zephyr Quillon of ...").
 */
function opensClause(doc: Doc, x: Candidate): boolean {
  const next = doc.tokens[x.last + 1];
  return x.sentenceStart && x.words.length <= 3 && !!next && /^\p{Ll}+$/u.test(next.text) && !PREPOSITIONS.has(next.text) && !/^(?:and|or|nor)$/.test(next.text) && doc.tokenSentence[x.last + 1] === doc.tokenSentence[x.last];
}

/**
 * "Zephyr Quillon was there too. "Nobody listens," he said.": "he" or "she" (a subject, not "his",
 * which may be anyone's) in the same or the next sentence, before any other person's name.
 */
function subjectPronounFollows(doc: Doc, x: Candidate, personEnds: Set<number>): boolean {
  const tk = doc.tokens;
  const limit = doc.tokenSentence[x.last] + 1;
  for (let t = x.last + 1; t < tk.length && t <= x.last + 120 && doc.tokenSentence[t] <= limit; t++) {
    if (doc.tokenSentence[t] < 0 || doc.tokenQuote[t] >= 0) continue;
    if (/^(?:he|she)$/i.test(tk[t].text)) return true;
    if (personEnds.has(t)) return false;
  }
  return false;
}

/**
 * "Aner Shalev is an Israeli mathematician and writer": the name is the subject of "is"/"was"
 * and a role noun follows within four words ("Acme is a leader in ..." aside: roles an
 * organisation can hold too say nothing).
 */
function isARole(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  let v = x.last + 1;
  // (Round 6: "Jane Roe and Tom Doe were the locomotive and co-locomotive pilots": past "and" and
  // a second name, a plural verb and a plural role.)
  const pair = tk[v]?.text === "and";
  if (pair) for (v++; v <= x.last + 6 && isCapitalized(tk[v]?.text ?? ""); ) v++;
  const second = !pair && tk[x.first - 1]?.text === "and";
  const verb = pair || second ? /^(?:are|were)$/ : /^(?:is|was)$/;
  if (!verb.test(tk[v]?.text ?? "") || !/^(?:a|an|the)$/.test(tk[v + 1]?.text ?? "")) return false;
  for (let t = v + 2; t <= v + 7 && t < tk.length && doc.tokenSentence[t] === doc.tokenSentence[x.last] && tk[t].word; t++) {
    const l = lower(tk[t].text);
    if ((pair || second ? isRoleWord(l) : isRoleNoun(l)) && !ORG_ROLE_NOUNS.has(l)) return true;
  }
  return false;
}

/** "Aner Shalev: I called it ...": a name and a colon opening a paragraph, an interview turn. */
function turnLabel(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const opens = x.titleStart === 0 || doc.tokenSentence[x.titleStart - 1] < 0 || doc.sentences[doc.tokenSentence[x.titleStart - 1]]?.paragraph !== doc.sentences[doc.tokenSentence[x.first]]?.paragraph;
  return opens && tk[x.last + 1]?.text === ":";
}

/**
 * A full name in a slot only a person fills (the name already has a name's shape: no word of it
 * an organisation's, a place's, a title or a word the text writes in lower case):
 * - a relative "who" after it ("Jane Roe, who ..."), or "and his"/"and her" ("Jane Roe and her family");
 * - the subject of a verb said of people ("Jane Roe died", "Jane Roe hoped ...");
 * - the object of a verb done to people ("told Jane Roe", "arrested Jane Roe"), or the agent after
 *   a passive ("was defeated by Jane Roe");
 * - an agent noun right before it ("stringer Jane Roe", "contestant Jane Roe").
 * (Not after a company's possessive: "Example's Jane Roe" may as well be a product.)
 */
function personSlot(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const sentence = doc.tokenSentence[x.first];
  const at = (t: number) => (t >= 0 && doc.tokenSentence[t] === sentence ? tk[t].text : "");
  const after = at(x.last + 1);
  if (/^who$/i.test(after) || (after === "," && /^who$/i.test(at(x.last + 2)))) return true;
  // "Jane Roe and her family", "Jane Roe and his wife": an organisation would have "its".
  if (after === "and" && /^(?:his|her)$/.test(at(x.last + 2)) && !x.possessive) return true;
  const verb = after === "," ? "" : SHORT_FILLERS.has(after) ? at(x.last + 2) : after;
  if (HUMAN_VERBS.has(verb) && !x.possessive) return true;
  const b1 = at(x.titleStart - 1);
  const b2 = at(x.titleStart - 2);
  if (HUMAN_OBJECT_VERBS.has(b1) || (b1 === "by" && /^\p{Ll}{3,}ed$/u.test(b2))) return true;
  return /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)s?$/u.test(b1) && !STOPWORDS.has(b1) && !PREPOSITIONS.has(b1) && !SPEECH_VERBS.has(b1);
}

/**
 * "Helene Roe, now 72, was one of them", "Helene Roe (72)": an age set off after the name is only
 * said of people; so is a party and state in brackets ("Jane Roe (D-Calif.)").
 */
function aged(doc: Doc, x: Candidate): boolean {
  const t = (k: number) => doc.tokens[x.last + k]?.text ?? "";
  const at = /^(?:now|aged)$/.test(t(2)) ? 3 : 2;
  if (t(1) === "(" && /^\d{1,3}$/.test(t(2)) && Number(t(2)) <= 120 && t(3) === ")") return true;
  // "Jane Roe (D-Calif.)": a party and a state in brackets are said of a legislator.
  if (t(1) === "(" && /^[DRI]-\p{Lu}/u.test(t(2) + t(3) + t(4))) return true;
  return t(1) === "," && /^\d{1,3}$/.test(t(at)) && Number(t(at)) <= 120 && (t(at + 1) === "," || t(at + 1) === ".");
}

/** The name is the one interviewed: "Wikinews interviewed Jane Roe", "spoke with Jane Roe", "an interview with Jane Roe". */
function interviewed(doc: Doc, x: Candidate): boolean {
  const tk = doc.tokens;
  const before = [tk[x.titleStart - 2]?.text, tk[x.titleStart - 1]?.text].map((w) => w?.toLowerCase() ?? "").join(" ");
  return doc.tokenSentence[x.titleStart - 1] === doc.tokenSentence[x.first] && /(?:^| )interviewed$|^(?:spoke|talked|speaking|talking|talks|speaks|sat down) (?:with|to)$|^(?:interview|conversation|q&a|chat) with$/.test(before);
}

/**
 * "The secretary general of CEI (Italian Episcopal Conference), Jane Roe, ...": a sentence that
 * opens with "the <role> of <organisation>" (a parenthesis allowed) set off before the name by a
 * comma; `end` is the token before that comma. Returns the role word.
 */
function roleOfLeadPhrase(doc: Doc, end: number): string | undefined {
  const { tokens } = doc;
  const sentence = doc.tokenSentence[end];
  let t = end;
  if (tokens[t]?.text === ")") {
    while (t > 0 && tokens[t].text !== "(" && end - t < 12) t--;
    if (tokens[t].text !== "(") return undefined;
    t--;
  }
  // Back over the organisation (capitalised words, "of", "the") to the role word.
  for (let steps = 0; t >= 0 && doc.tokenSentence[t] === sentence && steps < 10; t--, steps++) {
    const w = tokens[t].text;
    const l = w.toLowerCase();
    if (isRoleWord(l) || TITLE_WORDS.has(l)) {
      // "secretary general": back to the first word of the role.
      while (t > 0 && doc.tokenSentence[t - 1] === sentence && (isRoleWord(tokens[t - 1].text.toLowerCase()) || TITLE_WORDS.has(tokens[t - 1].text.toLowerCase()))) t--;
      // (Round 38: after its ordinal, "The 35th Commandant of the Marine Corps, Gen. Jane Roe".)
      if (t >= 1 && ORDINAL.test(tokens[t - 1].text) && doc.tokenSentence[t - 1] === sentence) t--;
      const opener = tokens[t - 1];
      const atStart = t === 0 || doc.tokenSentence[t - 1] !== sentence || (!!opener && /^(?:the|a|an)$/i.test(opener.text) && (t - 1 === 0 || doc.tokenSentence[t - 2] !== sentence));
      return atStart || (TITLE_WORDS.has(l) && /^(?:the|a|an)$/i.test(opener?.text ?? "")) ? l : undefined;
    }
    // (The organisation may be lower case, "of the union", but no clause: "who", "said".)
    if (!tokens[t].word || /^(?:who|which|that|whom|whose)$/.test(l) || SPEECH_VERBS.has(l)) return undefined;
  }
  return undefined;
}

/** An organisation word or its plural ("Divisions"). */
function isOrgWord(l: string): boolean {
  return ORG_WORDS.has(l) || isOrgPlural(l);
}

/** The plural of an organisation word ("Divisions", "Programs"). */
// (Round 42: not a surname that looks like one, "Chambers", "Banks".)
const isOrgPlural = (l: string) => l.endsWith("s") && ORG_WORDS.has(l.slice(0, -1)) && !ORG_WORD_SURNAMES.has(l);

/** A role noun, its plural ("councillors") or a compound ending in one ("singer-songwriter"). */
export function isRoleWord(l: string): boolean {
  if (ROLE_NOUNS.has(l)) return true;
  const last = l.includes("-") ? (l.split("-").pop() as string) : l;
  // (Round 7: "Airmen", "Servicemen": a plural in -men of a role in -man.)
  const singular = /s$/.test(last) ? last.slice(0, -1) : /men$/.test(last) ? last.replace(/men$/, "man") : last;
  return ROLE_NOUNS.has(last) || ROLE_NOUNS.has(singular) || ROLE_SUFFIX.test(singular) || (/men$/.test(last) && TITLE_WORDS.has(singular));
}

/**
 * A noun of someone's work by its ending, for the many the lexicon cannot list ("glaciologist",
 * "choreographer", "statistician"): -ist (not "insist", "checklist", nor a
 * surname in -quist or -kvist), -ographer, -ician.
 */
const ROLE_SUFFIX = /^\p{Ll}{3,}(?:(?<![sluv])ist|ographer|ician)$/u;

/** One role noun, listed or by its ending ("a glaciologist"), not a plural: "a maker of tools for scientists" is no role. */
export const isRoleNoun = (l: string) => ROLE_NOUNS.has(l) || ROLE_SUFFIX.test(l);

/** English prefixes before a hyphen ("Anti-war", "Self-made"): no syllable of a given name. */


/** Organisation words that are adjectives, not the head noun that ends an organisation's name. */


/** All capitals and two to five letters: an organisation's acronym (DAB, NASA), not a word. */
const isOrgAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);

/**
 * Evidence from the shape of a two- or three-word name and what surrounds it (first..last are its
 * tokens; `before` the capitalised word of its run right before it, if any):
 * - a romanised East Asian given name after the family name ("Cheng Chung-tai", "Moon Jae-in");
 * - an organisation after it: "Jane Roe of the Labour Party", "Jane Roe from NASA";
 * - an organisation's possessive before it: "Demosisto's Jane Roe";
 * - an organisation's name run into it, after a role: "CEO of the Refugee Council Jane Roe".
 */
function nameShapeEvidence(doc: Doc, lowerWords: Set<string>, name: string[], first: number, last: number, before: string | undefined): boolean {
  const { tokens } = doc;
  const l = name.map((w) => w.toLowerCase());
  if (name.length > 3 || l.some((w) => isOrgWord(w) || PLACES.has(w) || isRoleWord(w) || TITLE_WORDS.has(w))) return false;
  // ("EPA's Brownfields Program": a word, or its singular, the text also writes in lower case.)
  if (l.some((w) => lowerWords.has(w) || (/s$/.test(w) && lowerWords.has(w.slice(0, -1))))) return false;
  // Syllables, not English words: "Prize-winner" is no given name.
  const syllables = /^(\p{Lu}\p{Ll}{1,5})-(\p{Ll}{1,5})$/u.exec(name[name.length - 1]);
  const prefix = syllables ? syllables[1].toLowerCase() : "";
  if (syllables && /^\p{Lu}\p{Ll}{1,5}$/u.test(name[0]) && !HYPHEN_PREFIXES.has(prefix) && !STOPWORDS.has(syllables[2]) && !lowerWords.has(prefix)) return true;
  const sentence = doc.tokenSentence[first];
  const same = (t: number) => t >= 0 && t < tokens.length && doc.tokenSentence[t] === sentence;
  // "of (the) <Org>": a capitalised run holding an organisation word or an acronym.
  if (same(last + 1) && /^(?:of|from)$/.test(tokens[last + 1].text)) {
    let t = last + 2;
    if (same(t) && /^the$/i.test(tokens[t].text)) t++;
    for (; same(t) && t <= last + 8 && isCapitalized(tokens[t].text); t++) {
      if (ORG_WORDS.has(tokens[t].text.toLowerCase()) || isOrgAcronym(tokens[t].text)) return true;
    }
  }
  if (listedWithAffiliation(doc, first, last)) return true;
  const prev = tokens[first - 1];
  // (Two words: "NASA's Spitzer Space Telescope" is a thing.)
  if (name.length === 2 && same(first - 1) && prev && /^\p{Lu}[\p{L}.&]*['’]s$/u.test(prev.text) && !PLACES.has(prev.text.replace(/['’]s$/, "").toLowerCase())) {
    const owner = prev.text.replace(/['’]s$/, "");
    if (isOrgAcronym(owner) || ORG_WORDS.has(owner.toLowerCase())) return true;
  }
  // "<role> of (the) <Org ... Council> Jane Roe": the run's word before the name heads an
  // organisation's name (not an adjective such as "National"), and the run follows a role's "of".
  if (before && ORG_WORDS.has(before.toLowerCase()) && !ORG_ADJECTIVES.has(before.toLowerCase())) {
    let t = first - 1;
    while (same(t - 1) && isCapitalized(tokens[t - 1].text) && tokens[t - 1].word) t--;
    if (same(t - 1) && /^the$/i.test(tokens[t - 1].text)) t--;
    const of = tokens[t - 1];
    const role = tokens[t - 2];
    if (same(t - 2) && /^(?:of|at|for)$/.test(of.text) && (isRoleWord(role.text.toLowerCase()) || TITLE_WORDS.has(role.text.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Round 7: "* Jane Roe; University of Example, Ames, Iowa; ...", "Jane Roe, Example Institute":
 * a name opening a list item or a line, then a semicolon or a comma and an organisation's
 * capitalised name (an organisation's word or an acronym within eight words) is a roster's entry.
 */
function listedWithAffiliation(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const sentence = doc.tokenSentence[first];
  const prev = tokens[first - 1];
  const opensItem = !prev || doc.tokenSentence[first - 1] !== sentence || /^[*•·▪–-]$/.test(prev.text);
  if (!opensItem || !/^[;,]$/.test(tokens[last + 1]?.text ?? "")) return false;
  for (let t = last + 2; t <= last + 9 && tokens[t] && doc.tokenSentence[t] === sentence; t++) {
    // (Round 9: "- Jane Roe, Ph.D., agency administrator": a degree, then a role, in any case.)
    if (/^(?:Ph|M|D|Ed|Sc|J)\.?(?:[A-Z]\.?)?$|^[,.]$/.test(tokens[t].text) && t <= last + 5) continue;
    if (tokens[t].word && isRoleWord(tokens[t].text.toLowerCase())) return true;
    if (!tokens[t].word) break;
    if (!isCapitalized(tokens[t].text) && !SMALL_WORDS.has(tokens[t].text)) break;
    if (ORG_WORDS.has(tokens[t].text.toLowerCase().replace(/\.$/, "")) || isOrgAcronym(tokens[t].text)) return true;
  }
  return false;
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

interface Cluster {
  words: string[];
  candidates: Candidate[];
}

const key = (words: string[]) => words.join(" ").replace(/’/g, "'");
/** The surname of a full name: its last word before a generational suffix ("Roe" of "Jon Roe Jr."). */
const surnameOf = (words: string[]) => (words.length >= 3 && /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1]);
const nicknameOf = (words: string[]) => words.find((w) => /^["“]/.test(w))?.replace(/[“”]/g, '"');

/**
 * Two full names for one person: the same words; the same first and last word ("John Holdren",
 * "John P. Holdren") unless different nicknames tell them apart; or one of the two spelt a
 * little differently (a transliteration, a typo) while the other matches.
 */
function sameName(a: string[], b: string[]): boolean {
  if (key(a) === key(b)) return true;
  const [na, nb] = [nicknameOf(a), nicknameOf(b)];
  if (na && nb && na !== nb) return false;
  const [ga, gb, sa, sb] = [a[0], b[0], a[a.length - 1], b[b.length - 1]].map((w) => w.replace(/’/g, "'").toLowerCase());
  if (ga === gb && sa === sb) return true;
  // "Van der Berg" (opening a sentence) and "Ingrid van der Berg", "Le Pen" and "Marine Le Pen":
  // a surname with its particles, the tail of the full name.
  if (particleTail(a, b) || particleTail(b, a)) return true;
  // "Mike Roe" and "Michael Roe": a short form of the same given name (round 23: beside a middle
  // initial, "Marty Roe" and "Martin E. Roe").
  const full = (g: string) => GIVEN_NAME_SHORT_FORMS.get(g) ?? g;
  const initialsBetween = (x: string[]) => x.slice(1, -1).every(isInitial);
  if (sa === sb && (a.length === b.length || (initialsBetween(a) && initialsBetween(b))) && full(ga) === full(gb)) return true;
  const near = (x: string, y: string, most: number) => x[0] === y[0] && x.length >= 5 && y.length >= 5 && editDistance(x, y) <= most;
  // Given names of different genders are different people ("Jon Roe", "Joan Roe").
  const genders = [GIVEN_NAMES.get(ga), GIVEN_NAMES.get(gb)];
  const oppositeGenders = genders.includes("m") && genders.includes("f");
  return (ga === gb && near(sa, sb, 2)) || (sa === sb && !oppositeGenders && near(ga, gb, 1));
}

/** `tail` is the end of `name`, from a particle on, whatever its case ("Van der Berg", "De Vries"). */
function particleTail(tail: string[], name: string[]): boolean {
  if (tail.length < 2 || tail.length >= name.length || !NAME_PARTICLES.has(tail[0].toLowerCase())) return false;
  const offset = name.length - tail.length;
  return tail.every((w, i) => w.replace(/’/g, "'").toLowerCase() === name[offset + i].replace(/’/g, "'").toLowerCase());
}

/**
 * The people found so far, as clusters of candidates. Full names are indexed by their lower-cased
 * first and last words: two names can only be the same person when they share one of them (see
 * sameName), so a name is compared with those clusters only, not with every cluster.
 */
class ClusterIndex {
  readonly clusters: Cluster[] = [];
  private readonly byEdgeWord = new Map<string, Cluster[]>();
  private readonly created = new Map<Cluster, number>();

  private static edgeWords(words: string[]): string[] {
    return [...new Set([words[0], words[words.length - 1]].map((w) => w.replace(/’/g, "'").toLowerCase()))];
  }

  /** Files a cluster (again, after its name grew) under its edge words. */
  index(cl: Cluster): void {
    if (!this.created.has(cl)) this.created.set(cl, this.created.size);
    for (const w of ClusterIndex.edgeWords(cl.words)) {
      const list = this.byEdgeWord.get(w) ?? [];
      if (!list.includes(cl)) list.push(cl);
      this.byEdgeWord.set(w, list);
    }
  }

  /** The first cluster (in creation order) whose name is the same as `words`. */
  findSame(words: string[]): Cluster | undefined {
    return [...new Set(ClusterIndex.edgeWords(words).flatMap((w) => this.byEdgeWord.get(w) ?? []))]
      .sort((a, b) => (this.created.get(a) as number) - (this.created.get(b) as number))
      .find((cl) => sameName(cl.words, words));
  }

  /** A new cluster for the candidate; `indexed` files it for findSame (full names only). */
  create(c: Candidate, indexed = true): Cluster {
    const cl = { words: c.words, candidates: [c] };
    this.clusters.push(cl);
    if (indexed) this.index(cl);
    return cl;
  }

  /** The candidate joins the cluster of the same name, or starts one. */
  join(c: Candidate): void {
    const cluster = this.findSame(c.words);
    if (cluster) cluster.candidates.push(c);
    else this.create(c);
  }
}

/** What the clustering steps share. */
interface PeopleState {
  doc: Doc;
  lowerWords: Set<string>;
  all: Candidate[];
  /** Not a word offered alone from a headline-case line (there capitals say nothing). */
  trusted: (c: Candidate) => boolean;
  inTitleCase: (offset: number) => boolean;
  found: ClusterIndex;
}

/**
 * "Sgts. Jeremiah and Joshua Harrison", "Jane and Tom Roe": a given name alone before "and" and a
 * full name shares its surname (and its evidence): the candidate becomes "Jeremiah Harrison".
 */
function shareSurnames(doc: Doc, all: Candidate[]): void {
  for (let k = 0; k + 1 < all.length; k++) {
    const [c, next] = [all[k], all[k + 1]];
    if (c.words.length !== 1 || next.words.length < 2 || next.first !== c.last + 2 || !/^(?:and|&)$/.test(doc.tokens[c.last + 1].text)) continue;
    if (!GIVEN_NAMES.has(c.words[0].toLowerCase()) || !GIVEN_NAMES.has(next.words[0].toLowerCase()) || c.possessive) continue;
    c.words = [c.words[0], ...next.words.slice(1)];
    c.evidence ||= next.evidence;
  }
}

function peopleState(doc: Doc): PeopleState {
  const lowerWords = new Set((doc.text.match(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’\-]*/gu) ?? []).map((w) => w));
  // The headline, and release headlines inside a listing page, in headline case: capitals there
  // say nothing about names.
  const titleCaseRanges: { start: number; end: number }[] = [
    ...doc.sections.filter((s) => s.kind === "headline" && isTitleCase(doc.text.slice(s.start, s.end))),
    ...doc.paragraphs.filter((p) => p.section !== "headline" && (isTitleCaseLine(doc.text.slice(p.start, p.end)) || inCapitals(doc.text.slice(p.start, p.end)))),
    ...doc.paragraphs.flatMap((p) => itemHeadline(doc.text.slice(p.start, p.end), p.start)),
  ];
  titleCaseRanges.sort((a, b) => a.start - b.start);
  const inTitleCase = (offset: number) => {
    const r = titleCaseRanges[lastAtOrBefore(titleCaseRanges, offset)];
    return !!r && offset <= r.end;
  };
  const labels = transcriptLabels(doc, lowerWords);
  // A label read as a surname stands in for the word's own candidate.
  const labelled = new Set(labels.map((c) => c.first));
  const all = [...candidates(doc, lowerWords, inTitleCase).filter((c) => !labelled.has(c.first)), ...labels].sort((a, b) => a.first - b.first);
  shareSurnames(doc, all);
  const trusted = (c: Candidate) => !!c.titled || !inTitleCase(doc.tokens[c.first].start);
  return { doc, lowerWords, all, trusted, inTitleCase, found: new ClusterIndex() };
}

/**
 * 1. Full names with evidence make people; "John Holdren" and "John P. Holdren" are one.
 * 2. The same full name without evidence elsewhere is the same person.
 */
function clusterFullNames({ all, trusted, found }: PeopleState): void {
  for (const c of all.filter((c) => c.words.length >= 2 && c.evidence && trusted(c))) {
    const cluster = found.findSame(c.words);
    if (!cluster) {
      found.create(c);
      continue;
    }
    cluster.candidates.push(c);
    if (c.words.length > cluster.words.length) {
      cluster.words = c.words;
      found.index(cluster);
    }
  }
  for (const c of all.filter((c) => c.words.length >= 2 && !(c.evidence && trusted(c)))) found.findSame(c.words)?.candidates.push(c);
}

/**
 * 3. "shooters Jane Roe and Ann Doe", "photographers A, B and C": a full name listed next to a
 * person's name is a person. 4. A full name that speaks and that "he" or "she" then refers back
 * to ("Jane Roe said ... Her group ...") is one too, unlike "Goldman Sachs said ... it".
 * Returns the token ends of every person's mentions.
 */
function addListedAndSpeaking({ doc, all, lowerWords, trusted, found }: PeopleState): Set<number> {
  const mentions = () => found.clusters.flatMap((cl) => cl.candidates);
  const personEnds = new Set(mentions().map((c) => c.last));
  const personStarts = new Set(mentions().map((c) => c.titleStart));
  const add = (c: Candidate) => {
    found.join(c);
    personEnds.add(c.last);
    personStarts.add(c.titleStart);
  };
  const open = (possessive = false) => {
    const clustered = new Set(mentions());
    return all.filter((c) => c.words.length >= 2 && c.words.length <= 4 && !clustered.has(c) && trusted(c) && (possessive || !c.possessive) && plainName(c.words, lowerWords));
  };
  for (let round = 0, grew = true; grew && round < 4; round++) {
    grew = false;
    for (const c of open()) {
      if (!listedWithPerson(doc.tokens, c, personEnds, personStarts)) continue;
      add(c);
      grew = true;
    }
  }
  for (const c of open()) if (speaks(doc, c) && pronounFollows(doc, c, personEnds)) add(c);
  // "Veikko Lahtinen said the state should help. "...," Lahtinen said": a full name whose surname
  // alone then speaks. Organisations are called by their first word ("Goldman said"), places by
  // none, so a surname quoted alone is a person's.
  const surnameSpeaks = new Set(all.filter((c) => c.words.length === 1 && !c.possessive && speaks(doc, c)).map((c) => key(c.words)));
  // ("Veikko Roe's boat ... Roe said": the possessive full name too.)
  for (const c of open(true)) if (surnameSpeaks.has(key([surnameOf(c.words)])) && c.words.length === 2) add(c);
  // Round 7: "Khambao Mounlasy joined in March. ... Mounlasy later moved": a two-word name whose
  // surname later stands alone (a person's short form), its first word never alone (an
  // organisation's short form), and no "it" after it.
  const alone = wordsAlone(doc, all);
  for (const c of open()) if (c.words.length === 2 && surnameRepeated(alone, c) && !itFollows(doc, c)) add(c);
  // ""My hands still shake," said Tevita Fonua.": a name that speaks in the first person singular.
  const firstPerson = new Map<number, boolean>();
  for (const c of open()) if (c.words.length === 2 && speaks(doc, c) && quotesFirstPerson(doc, c, firstPerson)) add(c);
  // ""It was the worst night of the year," Aroha Ngata said on Monday.": a name of two to four
  // words given a quotation in its own sentence (a speaker's slot), not through a document ("in a
  // statement", "in a note"), and not referred back to as "it".
  const quoted = new Map<number, boolean>();
  // (Round 13: "According to Anjali Raman, the rules "will help every family."": a source
  // credited with a quotation in its sentence.)
  for (const c of open()) if ((speaks(doc, c) || accordingTo(doc, c)) && quotesAsSpeaker(doc, c, quoted) && !itFollows(doc, c)) add(c);
  for (const c of open()) if ((opensClause(doc, c) && subjectPronounFollows(doc, c, personEnds)) || interviewed(doc, c) || isARole(doc, c) || aged(doc, c) || personSlot(doc, c)) add(c);
  // "Jane Roe's wife", "Jane Roe's lawyer": a possessive before a family or role noun.
  const clustered = new Set(mentions());
  for (const c of all) {
    if (!c.possessive || clustered.has(c) || c.words.length < 2 || c.words.length > 3 || !trusted(c) || !plainName(c.words, lowerWords)) continue;
    const next = lower(doc.tokens[c.last + 1]?.text ?? "");
    if (KINSHIP_NOUNS.has(next) || isRoleNoun(next) || PERSONAL_NOUNS.has(next)) add(c);
  }
  const labels = groupBy(
    open().filter((c) => turnLabel(doc, c)),
    (c) => key(c.words),
  );
  for (const group of labels.values()) if (group.length >= 2) group.forEach(add);
  // (Round 18: "Ana Liu and Jun Ye ... Jun Ye said": the same full name again, once one of its
  // mentions made it a person, is that person wherever it stands.)
  const clusteredNow = new Set(mentions());
  for (const c of all) if (c.words.length >= 2 && !clusteredNow.has(c) && found.findSame(c.words)) add(c);
  return personEnds;
}

/**
 * 5. Single words: a known surname (or family name, or the one person's given name), a near-miss
 * spelling of one after a title, a titled name, or a surname that speaks and is referred back to.
 */
/**
 * A single word within two letters of a known surname is that surname misspelt; not a surname two
 * letters longer or shorter that begins the same (round 6: "Greenan" beside "Green", "Johnson"
 * beside "Johns" are other names).
 */
function misspeltSurname(surname: string, word: string): boolean {
  const extended = Math.abs(surname.length - word.length) === 2 && (surname.startsWith(word) || word.startsWith(surname));
  return word.length >= 5 && surname[0] === word[0] && Math.abs(surname.length - word.length) <= 2 && !extended && editDistance(surname.toLowerCase(), word.toLowerCase()) <= 2;
}

function attachSingles(state: PeopleState, personEnds: Set<number>): void {
  const { doc, all, lowerWords, trusted, found } = state;
  const singles = all.filter((c) => c.words.length === 1);
  const singlesByWord = groupBy(singles, (c) => c.words[0]);
  // The full names are settled now; index them by surname and by first word for the single words.
  const fullNames = found.clusters.filter((cl) => cl.words.length >= 2);
  const index = {
    fullNames,
    bySurname: groupBy(fullNames, (cl) => key([surnameOf(cl.words).replace(PARTICLE_PREFIX, "")])),
    byFirst: groupBy(fullNames, (cl) => key([cl.words[0]])),
    singles: new Map<string, Cluster>(),
    summaries: new Map<Cluster, ClusterSummary>(),
    sentenceOf: (t: number) => doc.tokenSentence[t],
  };
  const surnameSpeakers = new Map<string, boolean>();
  /**
   * A surname used alone as a speaker, with no full name given ("said Roe.", "Roe said", "Roe,
   * who ..."), that a personal pronoun then refers back to ("... he said"), unlike an
   * organisation ("it said"). Capitalised somewhere other than at a sentence start, unless a
   * relative "who" follows it.
   */
  const surnameSpeaker = (c: Candidate): boolean => {
    const w = c.words[0];
    const l = w.toLowerCase();
    if (!SURNAME_SHAPE.test(w) || [ORG_WORDS, PLACES, DEMONYMS, TITLE_WORDS, ROLE_NOUNS, STOPWORDS, MONTHS_AND_DAYS].some((list) => list.has(l))) return false;
    // "Wikinews spoke with ...": a news service's name, not a surname.
    if (lowerWords.has(l) || SPEECH_VERBS.has(l) || /news$/.test(l)) return false;
    const same = singlesByWord.get(w) ?? [];
    if (!same.some((x) => speakerSlot(doc, x))) return false;
    // Only ever opening its sentence ("Roe said: "...""), where a capital says nothing: the word
    // must not read as a plural, a role or an inflected word ("Residents said", "Asked ...").
    if (!same.some((x) => !x.sentenceStart || relativeWho(doc.tokens, x))) return !/(?:s|ed|ing|ly|men)$/.test(l) && !isRoleWord(l) && !NON_PERSON_SUBJECTS.has(l) && quotedInSlot(same);
    return same.some((x) => pronounFollows(doc, x, personEnds)) || quotedInSlot(same);
  };
  /**
   * By its slot: a surname that fills a speaker's slot of a quotation spoken in its own sentence
   * (""...," Roe said", ""...," said Roe, who ...", "Roe said: "...""), with nothing saying
   * organisation (no "it" after it, no document it was issued in, never after "at"/"in"), is a
   * person's, whether or not a list knows a given name for it.
   */
  const quotedInSlot = (same: Candidate[]): boolean => {
    const quoted = new Map<number, boolean>();
    const slot = (x: Candidate) => doc.tokenQuote[x.first] < 0 && speakerSlot(doc, x) && quotesAsSpeaker(doc, x, quoted);
    return same.some(slot) && !same.some((x) => itFollows(doc, x) || placedLikeAnOrganisation(doc, x) || issuesDocuments(doc, x)) && !companyShaped(same[0].words[0]);
  };
  for (const c of singles) {
    if (attachToKnown(c, index)) continue;
    // "Water said" after "Kathryn Waters": a speaking word one letter off a known surname is that
    // surname misspelt, even when it is also an everyday word.
    const misspelt = speaks(doc, c) ? fullNames.find((cl) => oneLetterOff(surnameOf(cl.words), c.words[0])) : undefined;
    if (misspelt) {
      misspelt.candidates.push(c);
      continue;
    }
    const pseudonym = pseudonymIntroduced(doc, c);
    if (pseudonym) {
      c.evidence = true;
      if (pseudonym !== true) c.roles.push(pseudonym);
    }
    if (!c.evidence && pluralTitled(doc.tokens, c)) c.evidence = true;
    if (!c.evidence && trusted(c) && !c.possessive) {
      // Whether a word is a surname speaker depends on the word alone: decided once per word.
      if (!surnameSpeakers.has(c.words[0])) surnameSpeakers.set(c.words[0], surnameSpeaker(c));
      if (surnameSpeakers.get(c.words[0]) || givenNameAlone(doc, c, lowerWords)) c.evidence = true;
    }
    if (!c.evidence || !trusted(c)) continue;
    // "Major Quake" beside "a quake", "High Commissioner for Refugees" beside "refugee camps": a
    // common noun (or its plural) the text also writes in lower case, unless a courtesy title says
    // it is a surname.
    const word = key(c.words);
    const l = word.toLowerCase();
    const courtesy = c.first > 0 && COURTESY_TITLES.has(lower(doc.tokens[c.first - 1].text));
    if (!courtesy && (lowerWords.has(l) || (/s$/.test(l) && lowerWords.has(l.slice(0, -1))))) continue;
    const near = fullNames.find((cl) => misspeltSurname(key([surnameOf(cl.words)]), word));
    if (near) near.candidates.push(c);
    else index.singles.set(word, found.create(c, false));
  }
}

/**
 * Round 10: `Sens. Roe and Doe`, `Reps. Roe, Doe, and Poe`: a single word coordinated after other
 * single capitalised words that a plural title opens is titled too.
 */
function pluralTitled(tokens: Token[], c: Candidate): boolean {
  let k = c.first - 1;
  for (let n = 0; n < 6; n++) {
    const joiner = tokens[k]?.text;
    if (joiner !== "and" && joiner !== ",") return false;
    k -= joiner === "and" && tokens[k - 1]?.text === "," ? 2 : 1;
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? "")) return false;
    if (PLURAL_TITLES.has(lower(tokens[k - 1]?.text ?? ""))) return true;
    k--;
  }
  return false;
}

/**
 * A common given name alone for someone the text never names in full, in a slot only a person
 * fills: "Jason, who is our editor", "Hard to believe, Cynthia." (addressed by name), "told Jason",
 * "Jason laughed". Not at a sentence's start unless "who" follows, not a word written in lower case.
 */
function givenNameAlone(doc: Doc, c: Candidate, lowerWords: Set<string>): boolean {
  const w = c.words[0];
  const l = w.toLowerCase();
  if (!GIVEN_NAMES.has(l) || lowerWords.has(l) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  const t = (k: number) => doc.tokens[k]?.text ?? "";
  const sameSentence = (k: number) => doc.tokenSentence[k] === doc.tokenSentence[c.first];
  // (Not "Austen, Jane.": a capitalised word before the comma and a stop after make it a name
  // written the other way round; "Sorry, Teri, I ..." is addressed.)
  const inverted = /^\p{Lu}/u.test(t(c.first - 2)) && t(c.last + 1) !== ",";
  const comma = t(c.first - 1) === "," && !inverted;
  // Addressed by name in a quotation or an interview turn ("Sorry, Teri, I ..."): any given name.
  const turn = TURN_OPENING.test(doc.text.slice(doc.paragraphs[doc.sentences[doc.tokenSentence[c.first]]?.paragraph ?? 0]?.start ?? 0).slice(0, 60));
  const addressed = comma && (/^[.!?]$/.test(t(c.last + 1)) || (t(c.last + 1) === "," && (turn || doc.tokenQuote[c.first] >= 0))) && sameSentence(c.first - 1);
  if (addressed && (turn || doc.tokenQuote[c.first] >= 0)) return true;
  if (RARER_GIVEN_NAMES.has(l)) return false;
  if (relativeWho(doc.tokens, c)) return true;
  if (c.sentenceStart) return false;
  return addressed || HUMAN_VERBS.has(t(c.last + 1)) || HUMAN_OBJECT_VERBS.has(t(c.first - 1).toLowerCase());
}

// A source introduced under a partial name or a pseudonym: "who gave her name only as Roe",
// "asked to be identified only as Roe", "gave only his first name, Roe", "who goes by Roe".
const PSEUDONYM_BEFORE = /\b(?:(?:(his|her|their) (?:first |given |last )?names? (?:only )?as|identified (?:only )?(?:by (his|her|their) (?:first |given )?name )?(?:only )?as|(?:only )?(?:(his|her|their) )?(?:first|given) name,?|go(?:es)? by|went by|known only as))\s*$/i;
// "Roe (not her real name)", "Roe, who asked that her surname not be used"; (round 8) "Roe*", a
// pseudonym marked with a star for a footnote ("*Names changed ...").
const PSEUDONYM_AFTER = /^(?:\*(?!\*)|\s*(?:\((?:not (his|her|their) real name|a pseudonym|(?:name|names) changed)[^)]{0,40}\)|,\s*(?:who|whose)\s[^.;]{0,60}?\b(his|her|their)\s(?:full |real |last )?(?:name|surname)\b))/i;

/**
 * A single word a frame introduces as a source's (partial or made-up) name: a person, whatever the
 * lists say. Returns the pronoun's gender as a family noun ("son", "daughter") when the frame says
 * it, true when it does not, undefined when the word is introduced no such way.
 */
function pseudonymIntroduced(doc: Doc, c: Candidate): string | true | undefined {
  if (c.words.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(c.words[0])) return undefined;
  const sentence = doc.sentences[doc.tokenSentence[c.first]];
  if (!sentence) return undefined;
  const start = doc.tokens[c.first].start;
  const end = doc.tokens[c.last].end;
  const before = doc.text.slice(Math.max(sentence.start, start - 80), start).match(PSEUDONYM_BEFORE);
  const after = before ? undefined : doc.text.slice(end, Math.min(sentence.end + 1, end + 100)).match(PSEUDONYM_AFTER);
  // "a retired teacher named Roe", "a woman called Roe": a person's noun, then the name.
  const named = before || after ? undefined : doc.text.slice(Math.max(sentence.start, start - 40), start).match(/\b(\p{Ll}+)\s+(?:named|called)\s*$/u);
  if (named && (PERSON_NOUNS.has(named[1]) || isRoleWord(named[1]) || KINSHIP_NOUNS.has(named[1]))) return true;
  const match = before ?? after;
  if (!match) return undefined;
  const pronoun = match.slice(1).find((g) => g)?.toLowerCase();
  return pronoun === "his" ? "son" : pronoun === "her" ? "daughter" : true;
}

/** A paragraph opening with a speaker's label: "QUESTION:", "MR. ROE:", "Jane Roe:". */
const TURN_OPENING = /^(?:\p{Lu}[\p{L}.'’\-]*\s){0,3}\p{Lu}[\p{L}.'’\-]*:\s/u;

/** Two words of five letters or more, the same but for one letter ("Water", "Waters"). */
function oneLetterOff(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a[0] === b[0] && a !== b && Math.abs(a.length - b.length) <= 1 && editDistance(a.toLowerCase(), b.toLowerCase()) === 1;
}

/** A single word joins the full name or the single-word person it names, if there is one. */
interface SingleIndex {
  bySurname: Map<string, Cluster[]>;
  byFirst: Map<string, Cluster[]>;
  singles: Map<string, Cluster>;
  /** Per cluster, what its mentions say of the person, read up to `seen` mentions. */
  summaries: Map<Cluster, ClusterSummary>;
  sentenceOf: (token: number) => number;
}

interface ClusterSummary {
  seen: number;
  /** Its roles and titles, abbreviations written out ("Sgt." as "sergeant"). */
  titles: Set<string>;
  /** A mention names "Jr." or "Sr.". */
  suffixes: Set<string>;
  /** A mention's appositive names it another's relative: the family noun says whose, not who is secondary. */
  kinOf: boolean;
  /** Where its mentions in full (two words or more) start, in text order once `sorted`. */
  fullStarts: number[];
  sorted: boolean;
}

// (Round 7: a title written out matches its abbreviation: "Sergeant Parks" is "Sgt. Lester Parks Sr.".)
const titleOf = (r: string) => TITLE_ABBREVIATIONS.get(r.replace(/\.$/, "")) ?? r.replace(/\.$/, "");

/**
 * What the cluster's mentions say of its person, brought up to date. Each mention is read once as
 * clusters grow, so a surname repeated on and on stays linear.
 */
function summaryOf(cl: Cluster, summaries: SingleIndex["summaries"]): ClusterSummary {
  let k = summaries.get(cl);
  if (!k) summaries.set(cl, (k = { seen: 0, titles: new Set(), suffixes: new Set(), kinOf: false, fullStarts: [], sorted: true }));
  for (; k.seen < cl.candidates.length; k.seen++) {
    const x = cl.candidates[k.seen];
    for (const r of x.roles) k.titles.add(titleOf(r));
    k.kinOf ||= !!x.kinOf;
    for (const w of x.words) if (/^[JS]r\.?$/.test(w)) k.suffixes.add(w.slice(0, 2));
    if (x.words.length >= 2) {
      k.fullStarts.push(x.first);
      k.sorted = false;
    }
  }
  if (!k.sorted) {
    k.fullStarts.sort((a, b) => a - b);
    k.sorted = true;
  }
  return k;
}

/** Whether the cluster's person is introduced as someone's relative ("his wife, Amy Roe"). */
function introducedAsRelative(cl: Cluster, summaries: SingleIndex["summaries"]): boolean {
  const summary = summaryOf(cl, summaries);
  // (Round 18: "Jon Roe, father of Sgt. Al Roe, said": the one whose relative another is, the story's.)
  if (summary.kinOf) return false;
  for (const t of summary.titles) if (KINSHIP_NOUNS.has(t)) return true;
  return false;
}

function attachToKnown(c: Candidate, index: SingleIndex): boolean {
  const word = key(c.words).replace(PARTICLE_PREFIX, "");
  // "Sgt. Dan Roe ... his wife, Amy Roe ... Roe said": of people sharing the surname, one
  // introduced as someone's relative is called by the given name later, so the bare surname is
  // another's when there is one.
  const sharing = index.bySurname.get(word) ?? [];
  const related = (cl: Cluster) => introducedAsRelative(cl, index.summaries);
  const bySurname = sharing.some(related) && !sharing.every(related) ? sharing.filter((cl) => !related(cl)) : sharing;
  // Surname first ("Xi" for Xi Jinping, "Kim" for Kim Jong-un): a lone word equal to the first
  // word of one full name, when it is not a common given name or the name is clearly East Asian.
  const byFamilyName = (index.byFirst.get(word) ?? []).filter((cl) => !GIVEN_NAMES.has(word.toLowerCase()) || /-\p{Ll}/u.test(cl.words[cl.words.length - 1]));
  // A given name alone ("Peter" after "Peter Roe") for the one person who has it.
  const byGivenName = GIVEN_NAMES.has(word.toLowerCase()) ? (index.byFirst.get(word) ?? []) : [];
  // (Round 7: a mention that says which relative it is, by age or by title, picks among all of them.)
  const which = sharing.length > 1 ? (relativeByAge(c, sharing, index.summaries) ?? byRole(c, sharing, index.summaries)) : undefined;
  const target =
    which ??
    sharedSurname(c, bySurname, index) ?? (byFamilyName.length === 1 ? byFamilyName[0] : undefined) ?? (byGivenName.length === 1 ? byGivenName[0] : undefined) ?? index.singles.get(word);
  target?.candidates.push(c);
  return !!target;
}

/**
 * Which of the people with this surname a bare surname (or title and surname) names: the one
 * whose role it carries ("Albrecht, the mayor,", "Mayor Albrecht"), else the one last named in
 * full before it (news copy names a second Roe in full, then calls the nearer one "Roe"), else
 * the first named.
 */
function sharedSurname(c: Candidate, sharing: Cluster[], { summaries, sentenceOf }: SingleIndex): Cluster | undefined {
  if (sharing.length <= 1) return sharing[0];
  const roled = byRole(c, sharing, summaries);
  if (roled) return roled;
  let nearest: Cluster | undefined;
  let at = -1;
  for (const cl of sharing) {
    const starts = summaryOf(cl, summaries).fullStarts;
    const k = lastBefore(starts, c.first);
    if (k < 0) continue;
    // (Round 18: of two named in one sentence, "Dale Roe, father of Kyle Roe, said", the first:
    // the sentence's subject, the other named in what is said of it.)
    const sameSentence = at >= 0 && sentenceOf(starts[k]) === sentenceOf(at);
    if (sameSentence ? starts[k] < at : starts[k] > at) [nearest, at] = [cl, starts[k]];
  }
  return nearest ?? sharing[0];
}

/** Index of the last of the sorted numbers below `limit`, or -1 (a binary search). */
function lastBefore(sorted: number[], limit: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The one person of those sharing a surname whose role the mention carries ("Mayor Albrecht"). */
function byRole(c: Candidate, sharing: Cluster[], summaries: SingleIndex["summaries"]): Cluster | undefined {
  const roled = sharing.filter((cl) => c.roles.some((r) => summaryOf(cl, summaries).titles.has(titleOf(r))));
  return roled.length === 1 ? roled[0] : undefined;
}

/**
 * Round 7: "the younger Clark" among "Maj. David Clark and his son, Sgt. Michael Clark": the one
 * introduced as a son or daughter, or named "Jr."; "the elder" (or "older") Clark: the father or
 * mother, or "Sr.". Undefined unless exactly one relative fits.
 */
function relativeByAge(c: Candidate, sharing: Cluster[], summaries: SingleIndex["summaries"]): Cluster | undefined {
  const younger = c.roles.includes("younger");
  if (!younger && !c.roles.some((r) => r === "elder" || r === "older")) return undefined;
  const kin = younger ? /^(?:son|daughter|grandson|granddaughter|stepson|stepdaughter)$/ : /^(?:father|mother|grandfather|grandmother|stepfather|stepmother)$/;
  const suffix = younger ? "Jr" : "Sr";
  const fits = sharing.filter((cl) => {
    const summary = summaryOf(cl, summaries);
    return summary.suffixes.has(suffix) || [...summary.titles].some((t) => kin.test(t));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * 6b. "Rev. Jane Doe (Mary Roe)", "Mary Roe (Jane Doe)": a full name right after another in
 * brackets, and nothing else in them, is the same person under another name (a church, stage or
 * legal name). The two clusters become one, named as first written.
 */
function mergeBracketedNames({ doc, found }: PeopleState): void {
  const clusterOf = new Map<Candidate, Cluster>();
  for (const cl of found.clusters) for (const c of cl.candidates) clusterOf.set(c, cl);
  const byFirst = new Map<number, Candidate>();
  for (const c of clusterOf.keys()) byFirst.set(c.first, c);
  for (const [c, cl] of clusterOf) {
    const t = doc.tokens;
    if (t[c.last + 1]?.text !== "(") continue;
    const inner = byFirst.get(c.last + 2);
    const other = inner ? clusterOf.get(inner) : undefined;
    if (!inner || !other || other === cl || t[inner.last + 1]?.text !== ")" || c.words.length < 2 || inner.words.length < 2) continue;
    cl.candidates.push(...other.candidates);
    for (const x of other.candidates) clusterOf.set(x, cl);
    other.candidates = [];
  }
}

/** 6. Single-word people found before their full name is known are merged in afterwards. */
function mergeLateSingles({ found }: PeopleState): void {
  const bySurname = groupBy(
    found.clusters.filter((x) => x.words.length >= 2),
    (cl) => key([surnameOf(cl.words)]),
  );
  for (const cl of found.clusters.filter((x) => x.words.length === 1)) {
    const full = bySurname.get(key(cl.words))?.[0];
    if (full) {
      full.candidates.push(...cl.candidates);
      cl.candidates = [];
    }
  }
}

/**
 * 6c. "Adaeze Nwosu runs a shop. ... "...," Nwosu said.": a surname made a person on its own
 * evidence (it speaks and "she" refers back to it) names the one full name in the text that ends
 * in it and that nothing else made a person (no title, role or known given name around it).
 */
function nameSurnamesInFull({ all, lowerWords, trusted, found }: PeopleState): void {
  const clustered = new Set(found.clusters.flatMap((cl) => cl.candidates));
  const open = all.filter((c) => c.words.length >= 2 && c.words.length <= 3 && !clustered.has(c) && !c.possessive && trusted(c) && plainName(c.words, lowerWords));
  const bySurname = groupBy(open, (c) => key([surnameOf(c.words)]));
  for (const cl of found.clusters.filter((x) => x.words.length === 1 && x.candidates.length > 0)) {
    const full = bySurname.get(key(cl.words)) ?? [];
    if (full.length === 0 || new Set(full.map((c) => key(c.words))).size > 1) continue;
    cl.words = full[0].words;
    cl.candidates.push(...full);
  }
}

/**
 * Round 14: 6d. "Jane Q. Roe, M.D., Sworn In as Director" ¶ ... "Dr. Roe said": the headline gives
 * in full, a known given name, a middle initial perhaps and the surname, the name of the one person
 * the story calls by the surname alone or without the initial. The fullest form names the person.
 */
function nameFromHeadline({ doc, found }: PeopleState): void {
  const headline = doc.sections.find((s) => s.kind === "headline");
  if (!headline) return;
  const inFull = new Map<string, string[]>();
  const { tokens } = doc;
  for (let k = 1; k < tokens.length && tokens[k].end <= headline.end; k++) {
    const surname = stripPossessive(tokens[k].text).base;
    const initial = isInitial(tokens[k - 1].text) ? 1 : 0;
    const given = tokens[k - 1 - initial];
    if (!given || given.start < headline.start || !GIVEN_NAMES.has(given.text.toLowerCase()) || !SURNAME_SHAPE.test(surname)) continue;
    inFull.set(key([surname]), tokens.slice(k - 1 - initial, k).map((t) => t.text).concat(surname));
  }
  const live = found.clusters.filter((cl) => cl.candidates.length > 0);
  for (const [surname, words] of inFull) {
    const same = live.filter((cl) => key([surnameOf(cl.words)]) === surname);
    const [cl] = same;
    if (same.length !== 1 || cl.words.length >= words.length || (cl.words.length === 2 && key([cl.words[0]]) !== key([words[0]]))) continue;
    cl.words = words;
    found.index(cl);
  }
}

/** A person's gender from a given name or a gendered title, when only one is said. */
/**
 * When no given name or title says it: the pronoun a name takes for itself right after it, "Roe
 * said she ...", "Roe said that he ...", "Roe and her family" (one gender over every mention).
 */
function ownPronounGender(doc: Doc, cl: Cluster): Gender | undefined {
  const t = (k: number) => doc.tokens[k]?.text.toLowerCase() ?? "";
  const genders = new Set<Gender>();
  for (const c of cl.candidates) {
    const sentence = doc.tokenSentence[c.last];
    const at = speechVerbAt(doc.tokens, c.last + 1) ? (t(c.last + 2) === "that" ? c.last + 3 : c.last + 2) : t(c.last + 1) === "and" ? c.last + 2 : -1;
    if (at < 0 || doc.tokenSentence[at] !== sentence) continue;
    const word = t(at);
    if (/^(?:he|his)$/.test(word) && (word === "he" || t(c.last + 1) === "and")) genders.add("m");
    if (/^(?:she|her)$/.test(word) && (word === "she" || t(c.last + 1) === "and")) genders.add("f");
  }
  return genders.size === 1 ? [...genders][0] : undefined;
}

function genderOf(cl: Cluster, roles: Set<string>): Gender | undefined {
  const genders = new Set<Gender>();
  const given = GIVEN_NAMES.get(cl.words[0].toLowerCase());
  // A lone given name ("Ana", her role a family noun) says the gender too; a lone surname does not.
  const lone = cl.words.length === 1 && cl.candidates.some((c) => c.roles.some((r) => KINSHIP_NOUNS.has(r)));
  if ((cl.words.length >= 2 || lone) && (given === "m" || given === "f")) genders.add(given);
  for (const role of roles) {
    if (MALE_TITLES.has(role)) genders.add("m");
    if (FEMALE_TITLES.has(role)) genders.add("f");
  }
  return genders.size === 1 ? [...genders][0] : undefined;
}

/** The surface forms a cluster is written in ("Jane Roe", "Roe", "Ms Roe"), first use first. */
function aliasesOf({ doc, trusted }: PeopleState, cl: Cluster): string[] {
  const aliases: string[] = [];
  for (const c of cl.candidates) {
    // A word of a headline-case line ("Jane" of "Jane Roe, Minister") is no alias of its own.
    if (!trusted(c) && c.words.length === 1 && cl.words.length >= 2 && c.words[0] !== surnameOf(cl.words)) continue;
    const courtesy = c.first > 0 && c.words.length === 1 && COURTESY_TITLES.has(lower(doc.tokens[c.first - 1].text)) && c.first - 1 >= c.titleStart;
    // ("MR. MCCORMACK:" in a transcript: the title as "Mr.".)
    const title = courtesy ? doc.tokens[c.first - 1].text.replace(/^(\p{Lu})(\p{Lu}+)/u, (_m, a: string, b: string) => a + b.toLowerCase()) : "";
    const alias = (courtesy ? title + " " : "") + c.words.join(" ");
    if (!aliases.includes(alias)) aliases.push(alias);
  }
  return aliases;
}

/**
 * `Secretary of Labor Jane Roe`, `Minister for Health Jane Roe`: the preposition before the name's
 * office word belongs to a capitalised title before it, so the name is no preposition's object
 * (`met with Jane Roe` is).
 */
function officeOfTitle(doc: Doc, c: Candidate): boolean {
  const title = doc.tokens[c.titleStart - 2];
  return c.titleStart < c.first && !!title && doc.tokenSentence[c.titleStart - 2] === doc.tokenSentence[c.first] && /^\p{Lu}\p{Ll}/u.test(title.text);
}

/** A candidate as a mention of person `index`. */
function mentionOf(doc: Doc, c: Candidate, index: number): Mention {
  const prev = doc.tokens[c.titleStart - 1];
  const offset = doc.tokens[c.first].start;
  const section = doc.sections[lastAtOrBefore(doc.sections, offset)];
  return {
    person: index,
    firstToken: c.first,
    lastToken: c.last,
    titleStart: c.titleStart,
    start: offset,
    end: doc.tokens[c.last].end,
    surface: c.words.join(" "),
    possessive: c.possessive,
    afterPreposition: !!prev && doc.tokenSentence[c.titleStart - 1] === doc.tokenSentence[c.first] && PREPOSITIONS.has(prev.text.toLowerCase()) && !officeOfTitle(doc, c),
    insideQuote: doc.tokenQuote[c.first] >= 0,
    section: (section && offset <= section.end ? section : doc.sections[0]).kind,
  };
}

/** 7. The people, in order of first mention (as an editor reads them), and their mentions. */
function buildPeople(state: PeopleState): PeopleResult {
  const { doc, found } = state;
  // "Example Tech" when the text also writes "Example Tech University": an institution's name.
  // The names written before an institution word are collected in one pass over the text.
  const institutionNames = namesBeforeInstitutionWords(doc.text);
  const institution = (words: string[]) => words.length >= 2 && institutionNames.has(words.join(" "));
  const live = found.clusters.filter((x) => x.candidates.length > 0 && !institution(x.words));
  for (const cl of live) cl.candidates.sort((a, b) => a.first - b.first);
  live.sort((a, b) => a.candidates[0].first - b.candidates[0].first);
  const people: PersonRecord[] = [];
  const mentions: Mention[] = [];
  const unnicknamed = (words: string[]) => words.filter((w) => nicknameOf([w]) === undefined).join(" ");
  const plainNames = live.map((cl) => unnicknamed(cl.words));
  for (const cl of live) {
    const roles = new Set(cl.candidates.flatMap((c) => c.roles));
    const index = people.length;
    const aliases = aliasesOf(state, cl);
    // A surname the text only ever pairs with "Mr."/"Ms."/"Dr." is named that way ("Mr. Roe"):
    // the full name is not in the text, and the bare surname says less.
    const courtesy = cl.words.length === 1 ? aliases.find((a) => a.includes(" ") && a.endsWith(" " + cl.words[0])) : undefined;
    // Round 8: 'Robin "Buz" Roe' is Robin Roe; the nickname stays in the name only when it tells
    // two people of the same name apart (Greg "Box" Johnson and Greg "Ray J." Johnson).
    const plain = unnicknamed(cl.words);
    const nameWords = plain !== cl.words.join(" ") && plainNames.filter((n) => n === plain).length === 1 ? plain : cl.words.join(" ");
    people.push({ name: courtesy ?? nameWords, aliases, gender: genderOf(cl, roles) ?? ownPronounGender(doc, cl), roles });
    for (const c of cl.candidates) mentions.push(mentionOf(doc, c, index));
  }
  mentions.sort((a, b) => a.start - b.start);
  return { people, mentions };
}

/** `labels`: names set above a quotation as its speaker's label (see `CleanedText`): people. */
export function findPeople(doc: Doc, labels: readonly string[] = []): PeopleResult {
  const state = peopleState(doc);
  const labelled = new Set(labels.map((name) => key(name.split(/\s+/))));
  for (const c of state.all) if (c.words.length >= 2 && labelled.has(key(c.words))) c.evidence = true;
  clusterFullNames(state);
  const personEnds = addListedAndSpeaking(state);
  attachSingles(state, personEnds);
  mergeLateSingles(state);
  nameSurnamesInFull(state);
  nameFromHeadline(state);
  mergeBracketedNames(state);
  nameLabelByAddress(state);
  return buildPeople(state);
}

/**
 * Round 10: `MR PRICE: ...` ¶ `QUESTION: Thank you, Ned. ...`: in a transcript whose one titled
 * surname label speaks two turns or more, a given name used only to address someone, in turns that
 * are not that speaker's (reporters address the briefer), is the briefer's given name: one person,
 * "Ned Price". Not when two labels or two such given names could pair.
 */
function nameLabelByAddress({ doc, all, found }: PeopleState): void {
  const live = found.clusters.filter((cl) => cl.candidates.length > 0 && cl.words.length === 1);
  const labels = live.filter((cl) => cl.candidates.length >= 2 && cl.candidates.every((c) => c.titled && c.roles.some((r) => COURTESY_TITLES.has(r))));
  if (labels.length !== 1) return;
  const [label] = labels;
  const surname = label.words[0].toUpperCase();
  const ownTurn = (c: Candidate) => {
    const para = doc.paragraphs[doc.sentences[doc.tokenSentence[c.first]]?.paragraph ?? -1];
    const head = para ? /^([^:]{1,40}):/.exec(doc.text.slice(para.start, para.start + 42))?.[1] : undefined;
    return !!head && head.toUpperCase().split(/\s+/).includes(surname);
  };
  const t = (i: number) => doc.tokens[i]?.text ?? "";
  // ("Thank you, Ned.", "Thanks, Ned?", "QUESTION: Ned, on ...": set off as a turn's vocative.)
  const addressed = (c: Candidate) => /^(?:,|:|thanks?)$/i.test(t(c.first - 1)) && /^[.,?!]$/.test(t(c.last + 1));
  // (Found as a person or not: an address alone is no evidence of one.)
  const clustered = new Map(found.clusters.flatMap((cl) => cl.candidates.map((c) => [c, cl] as const)));
  const words = groupBy(
    all.filter((c) => c.words.length === 1 && GIVEN_NAMES.has(c.words[0].toLowerCase()) && clustered.get(c) !== label),
    (c) => c.words[0],
  );
  const givens = [...words.values()].filter((cs) => cs.every((c) => addressed(c) && !ownTurn(c)));
  if (givens.length !== 1) return;
  const [given] = givens;
  label.words = [given[0].words[0], label.words[0]];
  for (const c of given) {
    const cl = clustered.get(c);
    if (cl) cl.candidates = cl.candidates.filter((x) => x !== c);
    label.candidates.push(c);
  }
}
