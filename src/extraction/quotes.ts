// Quotes and their speakers, as a sieve (after Muzny et al. 2017: quote, then mention, then
// speaker). Each span between quotation marks is classified (a quotation, or a title or
// word-as-word that is not one) and flagged as a fragment when it is a short phrase woven into the
// reporter's sentence. Then the attribution rules of rules.ts are tried on it, most precise first,
// and the first that decides wins: first the rules that read the quote's own sentence, for every
// quote; then, in document order, the rules that read its context (a quote running on, a label or
// introduction above it, the sentence before or after), which may use the speaker already found
// for the quote before.
import { isDateFirstDateline } from "./clean";
import { Ctx, createContext, FrameItem, frameOf, isSpeechVerb, isTitleOrMention, NOBODY, positionsOf, quoteText, WINDOW, word } from "./attribution";
import { lastAtOrBefore, PeopleResult } from "./people";
import { QuoteState, Rule, RULES } from "./rules";
import { Doc, DocQuote, SectionKind } from "./sentences";
import { wordCount } from "./tokens";

export interface FoundQuote {
  text: string;
  /** Index in the people list, or null. */
  speaker: number | null;
  isFragment: boolean;
  section: SectionKind;
  /** Offset of the quoted text in its section. */
  position: number;
  context: string;
  /** The attribution rule that decided the speaker (absent when none did). */
  rule?: string;
}

/** The quote's sentence frame around it: WINDOW items either side (a bounded read keeps it linear). */
function frameWindow(c: Ctx, q: DocQuote): { items: FrameItem[]; qp: number; full: FrameItem[]; lo: number } {
  const full = frameOf(c, q.sentence);
  const at = positionsOf(c, q.sentence).at.get(q.index) as number;
  const lo = Math.max(0, at - WINDOW);
  return { items: full.slice(lo, at + WINDOW + 1), qp: at - lo, full, lo };
}

/**
 * `Clip 2 – (00:09) "..."`, `Q1: "..."`: only a short capitalised or numbered label before it
 * (round 26: or a dateline opening on its date).
 */
function isLabelled(c: Ctx, quote: DocQuote, items: FrameItem[], qp: number, lo: number): boolean {
  const first = items[0];
  if (lo === 0 && first && "token" in first && isDateFirstDateline(c.text.slice(c.tokens[first.token].start, quote.open))) return true;
  const labelWords = items.slice(0, qp).filter((it): it is { token: number } => "token" in it && c.tokens[it.token].word);
  const last = word(c, items[items.length - 1]);
  return (
    lo === 0 &&
    qp === items.length - 1 - (last && /^[.!?]$/.test(last) ? 1 : 0) &&
    labelWords.length <= 4 &&
    labelWords.every((it) => /^[\p{Lu}\p{N}]/u.test(c.tokens[it.token].text) && !c.mentionsByLast.has(it.token))
  );
}

/** A short phrase woven into the reporter's sentence rather than a statement of its own. */
function isFragment(c: Ctx, body: string, items: FrameItem[], qp: number): boolean {
  const prevItem = items[qp - 1];
  // (Round 14: a dash introduces a statement too: "Roe Visits Ohio – “Jobs are back,” said Roe.")
  const introduced = !prevItem || /^[:,–—-]$/.test(word(c, prevItem) ?? "") || isSpeechVerb(c, prevItem);
  const statement = /^[\p{Lu}[…"“‘'(]/u.test(body) && (introduced || /[.!?…]["”’']?$/.test(body));
  return wordCount(body) <= 8 && !statement;
}

/**
 * The quotations of the document (titles and names in marks left out), not yet attributed; and
 * the titles in marks that are a paragraph of their own (round 23: a subheading in marks, "‘From
 * Bollywood to Hollywood’", may be a speaker's words, see echoedFragments).
 */
function quoteStates(c: Ctx): { states: QuoteState[]; subheadings: QuoteState[] } {
  const states: QuoteState[] = [];
  const subheadings: QuoteState[] = [];
  for (const quote of c.doc.quotes) {
    const { items, qp, full, lo } = frameWindow(c, quote);
    if (isTitleOrMention(c, quote, items)) {
      if (items.length === 1) subheadings.push({ quote, items, qp, full, isFragment: true, standalone: true, attribution: undefined });
      continue;
    }
    const standalone = !positionsOf(c, quote.sentence).words;
    // `"It worries me," she says, "but they have survived worse."`: the second half of a split
    // statement is no fragment, though it opens in lower case.
    const before = states[states.length - 1];
    const secondHalf = !!before && before.quote.sentence === quote.sentence && !before.isFragment && /,["”]?\s*$/.test(quoteText(c, before.quote)) && word(c, items[qp - 1]) === ",";
    states.push({
      quote,
      items,
      qp,
      full,
      isFragment: !secondHalf && isFragment(c, quoteText(c, quote).trim(), items, qp),
      standalone: standalone || isLabelled(c, quote, items, qp, lo),
      attribution: undefined,
    });
  }
  return { states, subheadings };
}

/** Tries `rules` in order on one quote; the first decision wins. */
function sieve(c: Ctx, q: QuoteState, previous: QuoteState | undefined, rules: readonly Rule[]): void {
  for (const rule of rules) {
    const decision = rule.apply(c, q, previous);
    if (decision) {
      q.attribution = decision.attribution;
      q.rule = rule.name;
      return;
    }
  }
}

/**
 * Corrections after the sieve. A speaker borrowed from context who is named in full inside the
 * quotation is being written about, not quoted (a publication's text quoted after the person's
 * own words). A quotation running over paragraphs takes the speaker found in any of its parts.
 */
function settle(c: Ctx, states: QuoteState[], borrowed: Set<QuoteState>): void {
  const mentions = c.found.mentions;
  for (const s of borrowed) {
    const person = s.attribution?.person;
    if (person == null) continue;
    for (let k = lastAtOrBefore(mentions, s.quote.textStart - 1) + 1; k < mentions.length && mentions[k].start < s.quote.textEnd; k++) {
      const m = mentions[k];
      if (m.person === person && m.lastToken > m.firstToken && m.start >= s.quote.textStart && m.end <= s.quote.textEnd) {
        s.attribution = NOBODY;
        s.rule = "named-inside-quote";
      }
    }
  }
  for (let i = states.length - 1; i > 0; i--) {
    const s = states[i];
    // (Round 8: also over a speaker the part before only borrowed from context, when this part
    // names its own: `"The Guard is here ... ¶ Also, ...," Staff Sgt. Roe said.`)
    const overBorrowed = borrowed.has(states[i - 1]) && !borrowed.has(s) && s.attribution?.person != null;
    if (s.quote.continuesParagraph && s.attribution && (!states[i - 1].attribution || overBorrowed)) {
      states[i - 1].attribution = s.attribution;
      states[i - 1].rule = "run-on-backfill";
    }
  }
}

/** At most this many unattributed fragments are looked for in the other quotations (linear time). */
const ECHOES_READ = 4;

/**
 * Round 22: "Port 'right place' for the new fleet" over `"... I think this is the right place for
 * us," Roe said.`, a deck's "federal retirement tsunami" over `what Roe calls the "federal
 * retirement tsunami."`: a fragment of a headline or a deck left without a speaker whose words
 * stand whole in attributed quotations of one speaker is that speaker's.
 */
function echoedFragments(c: Ctx, states: QuoteState[], subheadings: QuoteState[]): QuoteState[] {
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const spoken = states.filter((s) => s.attribution?.person != null).map((s) => ({ person: s.attribution?.person, text: words(quoteText(c, s.quote)) }));
  // (A headline's or a deck's, a line with no full stop: in a story's sentence the words may be
  // someone else's before the speaker's, "the court ruled it had "no prospect of success"".)
  const titleLine = (s: QuoteState) => {
    const paragraph = c.doc.paragraphs[s.quote.paragraph];
    return !/[.!?]["”’']?$/.test(c.doc.text.slice(paragraph.start, paragraph.end).trimEnd());
  };
  // (Round 23: or a short line of its own in marks, "“From penguins to polar bears”".)
  const short = (s: QuoteState) => s.isFragment || (s.standalone && wordCount(quoteText(c, s.quote)) <= 8);
  const unattributed = [...states.filter((s) => short(s) && s.attribution?.person == null && titleLine(s)), ...subheadings].slice(0, ECHOES_READ);
  const echoed: QuoteState[] = [];
  for (const s of unattributed) {
    const phrase = words(quoteText(c, s.quote));
    // (Two words at least: one word in marks, "'no'", is too common to say whose it is.)
    if (!phrase.trim().includes(" ")) continue;
    const speakers = new Set(spoken.filter((x) => x.text.includes(phrase)).map((x) => x.person));
    if (speakers.size !== 1) continue;
    s.attribution = { person: [...speakers][0] as number };
    s.rule = "echoed-fragment";
    // (Words taken from a longer quotation are a fragment of it.)
    s.isFragment = true;
    echoed.push(s);
  }
  // (A subheading echoed is a quotation after all, in its place in the document.)
  const added = echoed.filter((s) => subheadings.includes(s));
  return added.length === 0 ? states : [...states, ...added].sort((a, b) => a.quote.index - b.quote.index);
}

/**
 * `labels`: speakers named by a label block set off above a quotation (see `CleanedText`), by the
 * offset of the quotation's paragraph in the body. `headings`: statement headings naming whose
 * statement follows, by the body offset they apply from.
 */
export function extractQuotes(doc: Doc, found: PeopleResult, labels: { offset: number; name: string }[] = [], headings: readonly { offset: number; speaker: string }[] = []): FoundQuote[] {
  const c = createContext(doc, found, labels, headings);
  const { states, subheadings } = quoteStates(c);
  const sentenceRules = RULES.filter((r) => r.tier === "sentence");
  const contextRules = RULES.filter((r) => r.tier === "context");
  for (const s of states) sieve(c, s, undefined, sentenceRules);
  const borrowed = new Set<QuoteState>();
  states.forEach((s, i) => {
    if (s.attribution) return;
    borrowed.add(s);
    sieve(c, s, states[i - 1], contextRules);
  });
  settle(c, states, borrowed);
  return echoedFragments(c, states, subheadings).map((s) => {
    const q = s.quote;
    const at = doc.sections[lastAtOrBefore(doc.sections, q.textStart)];
    const section = at && q.textStart <= at.end ? at : doc.sections[0];
    const sentence = doc.sentences[q.sentence];
    const person = s.attribution?.person ?? null;
    return {
      text: quoteText(c, q),
      speaker: person,
      isFragment: s.isFragment,
      section: section.kind,
      position: q.textStart - section.start,
      context: doc.text.slice(sentence.start, sentence.end),
      ...(s.rule ? { rule: s.rule } : {}),
    };
  });
}
