// The attribution sieve's rules, most precise first. Each is small and named, with one example in
// its comment and a unit test on made-up text (tests/extraction-sieve.test.ts). A rule returns a
// decision (a person, or nobody: an organisation, an unnamed source) or passes; the first rule
// that decides wins. Sentence rules read only the quote's own sentence; context rules, tried for
// a quote its own sentence left unattributed, read the quotes and paragraphs around it.
import {
  accordingTo,
  after,
  answerSpeaker,
  Attribution,
  before,
  captionPerson,
  clauseSubject,
  closingSaid,
  creditsBelow,
  Ctx,
  FrameItem,
  frameOf,
  greetedWith,
  headingSpeaker,
  introduction,
  isLabel,
  isSpeechVerb,
  isTranscript,
  labelLine,
  lw,
  NOBODY,
  possessedWords,
  quoteText,
  reportedSpeaker,
  resolveRole,
  sentenceSubject,
  subjectOf,
  titledSubjectAfter,
  whatTheyCalled,
  WINDOW,
  word,
} from "./attribution";
import { opensOnDatedDateline } from "./clean";
import { ROLE_NOUNS, SMALL_WORDS, STOPWORDS, TITLE_WORDS } from "./lexicon";
import { lastAtOrBefore } from "./people";
import { DocQuote } from "./sentences";

/** A quote as the sieve sees it: where it sits and what has been decided so far. */
export interface QuoteState {
  quote: DocQuote;
  /** The quote's sentence frame, WINDOW items either side of it, and the quote's place in it. */
  items: FrameItem[];
  qp: number;
  /** The whole sentence frame. */
  full: FrameItem[];
  isFragment: boolean;
  /** Nothing but the quotation (and at most a short label) in its sentence. */
  standalone: boolean;
  attribution: Attribution;
  /** The rule that decided, for the eval's per-rule counts. */
  rule?: string;
}

/** A rule's decision. `attribution` undefined: the rule claims the quote but finds no speaker. */
export type Decision = { attribution: Attribution };

export interface Rule {
  name: string;
  /** "sentence": reads the quote's own sentence; "context": the quotes and paragraphs around it. */
  tier: "sentence" | "context";
  apply(c: Ctx, q: QuoteState, previous: QuoteState | undefined): Decision | undefined;
}

const decide = (attribution: Attribution): Decision | undefined => (attribution ? { attribution } : undefined);
/** Decides even when nothing is found: the rule recognised the shape, and no later rule applies. */
const claim = (attribution: Attribution): Decision => ({ attribution });
const lastIsStop = (c: Ctx, items: FrameItem[]) => /^[.!?]$/.test(word(c, items[items.length - 1]) ?? "");

/**
 * Round 23: `"WASHINGTON, APRIL 2, 2012—The agency today announced ...`: a quotation opening on a
 * release's dateline is the release reproduced, no one's words.
 */
const reproducedRelease: Rule = {
  name: "reproduced-release",
  tier: "sentence",
  apply: (c, q) => (opensOnDatedDateline(quoteText(c, q.quote)) ? { attribution: NOBODY } : undefined),
};

/**
 * `The union backs a "no-fly" zone.`: a quoted modifier between a determiner and its noun. (Round
 * 23: not when the sentence credits its words, `It is a "validation exercise", according to Col.
 * Jane Roe.`)
 */
const determinerLabel: Rule = {
  name: "determiner-label",
  tier: "sentence",
  apply: (c, q) => {
    if (!isLabel(c, q.items, q.qp) || accordingTo(c, q.items, q.qp)?.person != null) return undefined;
    // (Round 30: a sentence closing on `..., said Jane Roe.` credits its words in marks to her.)
    const closing = closingSaid(c, q.items);
    // (Round 37: `what he called a "..." transition`, the subject's.)
    return { attribution: closing ? { person: closing.person } : (whatTheyCalled(c, q.items, q.qp) ?? NOBODY) };
  },
};

/** `Roe's call to "keep the peace" was ignored.`: the possessor of a noun of saying. */
const possessedSpeech: Rule = {
  name: "possessed-speech",
  tier: "sentence",
  apply: (c, q) => decide(possessedWords(c, q.items, q.qp)),
};

/**
 * `"We will not back down," said Jane Roe, the mayor.` / `"...," Roe said.` / `"...," she added.`
 * / `"..." - Jane Roe`: the attribution right after the quote (a name, a role, a pronoun).
 */
const attributionAfter: Rule = {
  name: "attribution-after",
  tier: "sentence",
  apply: (c, q) => decide(after(c, q.items, q.qp)),
};

/**
 * `Jane Roe, a spokeswoman for the council, said: "..."` / `Roe told reporters "..."` / `Roe
 * called it "a disgrace"` / `..., adding "..."`: a verb of saying before the quote and its
 * subject, through appositives, roles, pronouns and a clause joined by "and".
 */
const attributionBefore: Rule = {
  name: "attribution-before",
  tier: "sentence",
  apply: (c, q) => decide(before(c, q.items, q.qp)),
};

/** `The plan is "dead," according to Jane Roe.` / `In the words of Jane Roe, "..."`. */
const accordingToRule: Rule = {
  name: "according-to",
  tier: "sentence",
  apply: (c, q) => decide(accordingTo(c, q.items, q.qp)),
};

/**
 * `“...!” Agency Specialist (Firearms) Jane Roe of the Marine Division explains ...`: the next
 * sentence opens on a titled name set off before its verb of saying.
 */
const titledSubject: Rule = {
  name: "titled-subject-after",
  tier: "context",
  apply: (c, q) => {
    const next = c.doc.sentences[q.quote.sentence + 1];
    if (!next || next.paragraph !== q.quote.paragraph) return undefined;
    return decide(titledSubjectAfter(c, [{ quote: q.quote.index }, ...frameOf(c, next.index).slice(0, WINDOW)], 0));
  },
};

/** `Tom Doe introduced her with a hearty “Welcome home!”`: the sentence's subject greets. */
const greetingWith: Rule = {
  name: "greeting-with",
  tier: "sentence",
  apply: (c, q) => (greetedWith(c, q.items, q.qp) ? decide(sentenceSubject(c, q.items, q.qp)) : undefined),
};

/** `Roe is worried about "a lost decade".`: a short phrase belongs to the sentence's subject. */
const fragmentSubject: Rule = {
  name: "fragment-subject",
  tier: "sentence",
  apply: (c, q) => (q.isFragment ? decide(sentenceSubject(c, q.items, q.qp)) : undefined),
};

/** `Roe urged others to apply, noting that "..."` / `He described it as a "..."`. */
const thatOrAsClause: Rule = {
  name: "that-or-as-clause",
  tier: "sentence",
  apply: (c, q) => {
    const [w1, w2] = [lw(c, q.items[q.qp - 1]), lw(c, q.items[q.qp - 2])];
    const woven = w1 === "that" || (w1 === "," && w2 === "that") || w1 === "as" || (/^(?:a|an)$/.test(w1) && w2 === "as");
    return woven ? decide(clauseSubject(c, q.items, q.qp)) : undefined;
  },
};

/** `Roe thanked the crews, "always on watch."`: a quotation closing its subject's sentence. */
const hungOnClause: Rule = {
  name: "hung-on-clause",
  tier: "sentence",
  apply: (c, q) => {
    const { items, qp } = q;
    // After a comma or colon; or, for a whole statement, right after the clause's verb ("Roe, of
    // the university, studies "the ways insects fight parasites."").
    const before = word(c, items[qp - 1]) ?? "";
    const verb = !q.isFragment && /^\p{Ll}+(?:s|ed)$/u.test(before) && !STOPWORDS.has(before);
    if (!(/^[,:]$/.test(before) || verb) || qp !== items.length - 1 - (lastIsStop(c, items) ? 1 : 0)) return undefined;
    const first = q.full[0];
    const m = first && "token" in first ? c.mentionsByStart.get(first.token) : undefined;
    if (m) return !m.possessive && !m.insideQuote ? { attribution: { person: m.person } } : undefined;
    // "Mayor: 'We will rebuild'": a role alone before the colon, as headlines write it.
    const role = lw(c, items[0]);
    if (qp === 2 && before === ":" && first && "token" in first && (ROLE_NOUNS.has(role) || TITLE_WORDS.has(role))) return decide(resolveRole(c, role, first.token));
    // "During questions on Wednesday, Roe defended the record: "..."": the sentence's subject.
    // ("He put it bluntly: "..."", "The farmer put it bluntly: "..."": a pronoun or a role.)
    return /^:$/.test(word(c, items[qp - 1]) ?? "") ? decide(sentenceSubject(c, items, qp) ?? clauseSubject(c, items, qp)) : undefined;
  },
};

/**
 * `Example Star Tribune (Casper, Wyo.): "An area of ..."`: a quotation right after a label of
 * capitalised words and a colon opening its sentence (a publication's or an agency's name, its
 * place in brackets), naming no person, is that body's words: nobody (round 6: a press round-up).
 */
const organisationLabel: Rule = {
  name: "organisation-label",
  tier: "sentence",
  apply: (c, q) => {
    const { items, qp } = q;
    if (qp < 2 || qp > 14 || q.items[0] !== q.full[0] || word(c, items[qp - 1]) !== ":") return undefined;
    let words = 0;
    let depth = 0;
    for (const it of items.slice(0, qp - 1)) {
      if (!("token" in it) || c.mentionsByStart.has(it.token) || c.mentionsByLast.has(it.token)) return undefined;
      const t = c.tokens[it.token].text;
      if (t === "(") depth++;
      else if (t === ")") depth--;
      else if (depth > 0) continue;
      else if (/^[\p{Lu}\d&]/u.test(t) || SMALL_WORDS.has(t.toLowerCase())) words += /^\p{Lu}/u.test(t) ? 1 : 0;
      else return undefined;
    }
    return words > 0 && depth === 0 ? { attribution: NOBODY } : undefined;
  },
};

/**
 * `"The harbour comes first." (Eastport Courier, 1/2/26)`: a source credited in brackets right
 * after the quotation, a name and a date: the person it names, else nobody (a publication).
 */
const bracketedCredit: Rule = {
  name: "bracketed-credit",
  tier: "sentence",
  apply: (c, q) => {
    let { items, qp } = q;
    // (After a quotation that closes its sentence, the credit opens the next: `office." (Courier, ...)`.)
    const next = c.doc.sentences[q.quote.sentence + 1];
    if (qp === items.length - 1 && next && next.paragraph === q.quote.paragraph) [items, qp] = [[q.items[qp], ...frameOf(c, next.index).slice(0, 14)], 0];
    if (word(c, items[qp + 1]) !== "(") return undefined;
    let person: number | undefined;
    for (let p = qp + 2; p < items.length && p <= qp + 12; p++) {
      const it = items[p];
      if (!("token" in it)) return undefined;
      const t = c.tokens[it.token].text;
      if (t === ")") return undefined;
      person ??= c.mentionsByStart.get(it.token)?.person;
      // A comma, then a date: "(Eastport Courier, 1/2/26)", "(Jane Roe, June 3)".
      if (t === "," && p > qp + 2 && /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$)/i.test(word(c, items[p + 1]) ?? "")) {
        return { attribution: person === undefined ? NOBODY : { person } };
      }
      if (!/^[\p{Lu}&\d]/u.test(t) && !SMALL_WORDS.has(t.toLowerCase())) return undefined;
    }
    return undefined;
  },
};

/** `"We will act. ¶ "And we will act fast," she said.`: a quotation running on over paragraphs. */
const paragraphContinuation: Rule = {
  name: "paragraph-continuation",
  tier: "context",
  apply: (c, q, previous) => (q.quote.continuesParagraph && previous ? claim(previous.attribution) : undefined),
};

// "issued a statement", "released the following remarks", "said in a statement".
const STATEMENT = /\b(?:issued|released|made|gave|delivered|put out|posted|published|sent|read out)\s+(?:a|an|the|this|his|her|their)?\s*(?:following\s+|joint\s+|written\s+|brief\s+)?(?:statement|remarks|message)\b|\bin a (?:written )?statement\b/i;

/**
 * `Senator Jane Roe issued the following statement on the vote.` ¶ `"We will not accept it."`:
 * a statement announced in the sentence before the quote, or a "following statement" anywhere
 * in the paragraph above a quote that opens its own; the announcing sentence's subject speaks.
 */
const statementIntroduction: Rule = {
  name: "statement-introduction",
  tier: "context",
  apply: (c, q) => {
    const candidates: number[] = [];
    const prev = previousSentence(c, q);
    if (prev !== undefined) candidates.push(prev);
    const above = c.doc.paragraphs[q.quote.paragraph - 1];
    if (above && opensParagraph(c, q) && prev !== undefined) candidates.push(...c.sentencesOfParagraph[above.index].filter((x) => x !== prev));
    for (const s of candidates) {
      const sentence = c.doc.sentences[s];
      const text = c.text.slice(sentence.start, sentence.end);
      if (!STATEMENT.test(text) || (s !== prev && !/\bfollowing\b/i.test(text))) continue;
      const subject = sentenceSubject(c, frameOf(c, s).slice(0, WINDOW));
      if (subject) return { attribution: subject };
    }
    return undefined;
  },
};

/**
 * `Jane Roe: When people say "hello," I answer.`: a quote in an interview answer belongs to the
 * speaker whose label opens the answer (or one of the three paragraphs before it).
 */
const interviewAnswer: Rule = {
  name: "interview-answer",
  tier: "context",
  // Not a short phrase (a nickname or a scare quote is nobody's statement), nor a quote with a
  // verb of saying of its own whose subject is not the speaker ("the shirts said, "...""): those
  // are words the speaker reports.
  // Round 3: the answer's speaker only when the sentence around the quote speaks in the first
  // person ("..., I remember thinking"); the interviewee's own words carry no marks, so other
  // words in marks inside an answer ("People kept asking me: "..."" aside, which "me" claims) are
  // someone else's: nobody.
  apply: (c, q) => {
    if (q.isFragment || q.items.some((it) => isSpeechVerb(c, it)) || underBodyHeading(c, q) || !isTranscript(c)) return undefined;
    const speaker = answerSpeaker(c, q.quote.paragraph, true);
    if (!speaker || speaker.person === null) return decide(speaker);
    const firstPerson = q.items.some((it, i) => i !== q.qp && /^(?:i|me|my|we|us|our)$/.test(lw(c, it)));
    return claim(firstPerson ? speaker : NOBODY);
  },
};

/** `"We will act," Roe said. "Soon."`: a quote alone in its sentence continues the one before. */
const sameParagraphContinuation: Rule = {
  name: "same-paragraph-continuation",
  tier: "context",
  apply: (c, q, previous) => {
    // Unless a sentence of reporting stands between them ("... home. He said the army is ready. "They ...").
    const near = previous && previous.quote.paragraph === q.quote.paragraph && (previous.attribution || previous.quote.sentence >= q.quote.sentence - 1);
    return near ? claim(previous.attribution) : undefined;
  },
};

/** The sentence before the quote, when it is in the same section (a caption stands alone). */
function previousSentence(c: Ctx, q: QuoteState): number | undefined {
  const prev = c.doc.sentences[q.quote.sentence - 1];
  if (!prev) return undefined;
  const same = c.doc.paragraphs[prev.paragraph].sectionStart === c.doc.paragraphs[q.quote.paragraph].sectionStart;
  return same ? prev.index : undefined;
}

/** Whether the quote opens its paragraph. */
function opensParagraph(c: Ctx, q: QuoteState): boolean {
  return q.quote.sentence === 0 || c.doc.sentences[q.quote.sentence - 1].paragraph !== q.quote.paragraph;
}

/** `Jane Roe` / `Minister of Health, Ruritania` / `"..."`: a label block set off above the quote. */
const speakerLabel: Rule = {
  name: "speaker-label",
  tier: "context",
  apply: (c, q) => {
    const para = c.doc.paragraphs[q.quote.paragraph];
    if (!opensParagraph(c, q) || para.section !== "body") return undefined;
    const label = c.labelAt.get(para.start - para.sectionStart);
    if (!label) return undefined;
    const person = c.found.people.findIndex((p) => p.name === label.name || p.aliases.includes(label.name));
    return person >= 0 ? { attribution: { person } } : undefined;
  },
};

/**
 * `The following is a statement from Minister Jane Roe:` ¶ `"..."`, `Jane Roe, Harbour
 * Commissioner` ¶ `"..."`: a paragraph introducing the quotation below it.
 */
const introducingParagraph: Rule = {
  name: "introducing-paragraph",
  tier: "context",
  apply: (c, q) => {
    const prevParagraph = c.doc.paragraphs[q.quote.paragraph - 1];
    if (!prevParagraph || !opensParagraph(c, q)) return undefined;
    // (In copy that credits its quotations below them, the label above credits the quotation before.)
    if (creditsBelow(c) && labelLine(c, prevParagraph.index)) return undefined;
    if (previousSentence(c, q) === undefined && prevParagraph.section !== "headline") return undefined;
    return decide(introduction(c, prevParagraph.index));
  },
};

/**
 * `"This program was a godsend for the farm."` ¶ `Jane Roe, beginning farmer`: in copy that
 * credits its set-off quotations below them (testimonials), the label line after a quotation that
 * opens its paragraph names its speaker.
 */
const creditBelow: Rule = {
  name: "credit-below",
  tier: "context",
  apply: (c, q) => (opensParagraph(c, q) && creditsBelow(c) ? decide(labelLine(c, q.quote.paragraph + 1)) : undefined),
};

/**
 * Round 19: `Below is a statement that can be attributed to Jane Roe, Assistant
 * Secretary:`, `The following is a statement from Jane Roe:`: the person a statement is credited
 * to, named within three words after "attributed to", "credited to" or a statement's noun and "by",
 * "of" or "from".
 */
function attributedTo(c: Ctx, items: FrameItem[]): Attribution {
  for (let p = 1; p + 1 < items.length; p++) {
    const [w, next] = [lw(c, items[p]), lw(c, items[p + 1])];
    const credit = (/^(?:attributed|credited)$/.test(w) && next === "to") || (/^(?:statement|statements|remarks|comments)$/.test(w) && /^(?:by|of|from)$/.test(next));
    if (!credit) continue;
    for (let a = p + 2; a < items.length && a <= p + 4; a++) {
      const it = items[a];
      const m = "token" in it ? c.mentionsByStart.get(it.token) : undefined;
      if (m) return m.possessive ? undefined : { person: m.person };
    }
  }
  return undefined;
}

/** `Roe told the meeting:` ¶ `"We will rebuild."`: a sentence ending in a colon introduces the quote. */
const colonIntroduction: Rule = {
  name: "colon-introduction",
  tier: "context",
  apply: (c, q) => {
    const prev = previousSentence(c, q);
    if (prev === undefined) return undefined;
    const s = c.doc.sentences[prev];
    if (!/:\s*$/.test(c.text.slice(s.start, s.end)) || underHeadingLine(c, q)) return undefined;
    // (A name first; else a "he"/"she" or a role: "In an email, she writes:".)
    const items = frameOf(c, prev).slice(-WINDOW);
    return claim(attributedTo(c, items) ?? sentenceSubject(c, items) ?? clauseSubject(c, items, items.length) ?? NOBODY);
  },
};

/**
 * The statement heading the quote's paragraph stands under: the last one applying from its body
 * offset or before (headings are in body order; a binary search, not a scan per quote).
 */
function headingOver(c: Ctx, q: QuoteState): { start: number; speaker: string } | undefined {
  const para = c.doc.paragraphs[q.quote.paragraph];
  if (para.section !== "body") return undefined;
  const k = lastAtOrBefore(c.headings, para.start - para.sectionStart);
  return k >= 0 ? c.headings[k] : undefined;
}

/** `Remarks by the Secretary:` ¶ `"..."`: the paragraph before is a statement heading (`statement-heading` reads it). */
function underHeadingLine(c: Ctx, q: QuoteState): boolean {
  const heading = headingOver(c, q);
  const para = c.doc.paragraphs[q.quote.paragraph];
  return !!heading && heading.start > 0 && heading.start === para.start - para.sectionStart;
}

/** Below a statement heading set in the story (`Statement by Jane Roe:`), which is no interview turn's label. */
function underBodyHeading(c: Ctx, q: QuoteState): boolean {
  return (headingOver(c, q)?.start ?? 0) > 0;
}

/** `"It is over," Roe said. ¶ "We lost."`: the quote in the sentence right before speaks on. */
const previousSentenceQuote: Rule = {
  name: "previous-sentence-quote",
  tier: "context",
  apply: (c, q, previous) => {
    const prev = previousSentence(c, q);
    if (prev === undefined || !previous) return undefined;
    const p = previous.quote;
    return p.paragraph === c.doc.sentences[prev].paragraph && p.sentence === prev ? claim(previous.attribution) : undefined;
  },
};

/** `Roe said the vote was close.` ¶ `"We expected it."`: the speaker of the sentence before. */
const previousSentenceSpeaker: Rule = {
  name: "previous-sentence-speaker",
  tier: "context",
  apply: (c, q) => {
    const prev = previousSentence(c, q);
    if (prev === undefined) return undefined;
    const items = frameOf(c, prev).slice(-WINDOW);
    for (let v = items.length - 1; v >= 0; v--) {
      if (!isSpeechVerb(c, items[v])) continue;
      const subject = subjectOf(c, items, v);
      return subject && subject.person !== null ? { attribution: subject } : undefined;
    }
    return undefined;
  },
};

/**
 * `Asked about retirement, Thorne shrugged.` ¶ `"Retire to what?"`: a statement opening its
 * paragraph, with no attribution of its own, answers for the person the paragraph before closes
 * on (the subject of its last sentence, a name or a resolved "he"/"she").
 */
const previousParagraphSubject: Rule = {
  name: "previous-paragraph-subject",
  tier: "context",
  apply: (c, q) => {
    const prev = previousSentence(c, q);
    if (q.isFragment || prev === undefined || !opensParagraph(c, q) || c.quotesOfSentence[prev].length > 0) return undefined;
    const items = frameOf(c, prev).slice(0, WINDOW);
    // ("The plan was opposed by Jane Roe, chair of the council.": a passive's agent.)
    const subject = reportedSpeaker(c, items) ?? passiveAgent(c, items) ?? firstPersonOfParagraph(c, q, c.doc.sentences[prev].paragraph);
    return subject && subject.person !== null ? { attribution: subject } : undefined;
  },
};

/**
 * `It began when a man named Jane Roe asked her son a question. The answer surprised her.` ¶ `"I
 * asked him ..."`: a statement in the first person answers for the one person the paragraph before
 * names (outside quotations), though its last sentence's subject is no person.
 */
function firstPersonOfParagraph(c: Ctx, q: QuoteState, paragraph: number): Attribution {
  if (!/\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b/.test(quoteText(c, q.quote))) return undefined;
  const { start, end } = c.doc.paragraphs[paragraph];
  const people = new Set<number>();
  // (At most 40 mentions back: a paragraph naming more is no one person's.)
  for (let i = lastAtOrBefore(c.found.mentions, end), n = 0; i >= 0 && n < 40 && c.found.mentions[i].start >= start; i--, n++) {
    if (!c.found.mentions[i].insideQuote) people.add(c.found.mentions[i].person);
  }
  return people.size === 1 ? { person: [...people][0] } : undefined;
}

/** "was opposed by Jane Roe": the person after "by" following a past participle. */
function passiveAgent(c: Ctx, items: FrameItem[]): Attribution {
  for (let p = 2; p < items.length; p++) {
    const it = items[p];
    if (!("token" in it) || lw(c, items[p - 1]) !== "by" || !/^\p{Ll}+ed$/u.test(word(c, items[p - 2]) ?? "")) continue;
    const m = c.mentionsByStart.get(it.token);
    if (m && !m.possessive && !m.insideQuote) return { person: m.person };
  }
  return undefined;
}

/**
 * `Statement by Chief Jane Roe` ¶ `"Our crews worked around the clock."`: a statement with no
 * attribution of its own, under a heading that names whose statement follows (the headline, a
 * line above the story, or a heading line in the body above it), is that person's.
 */
const statementHeading: Rule = {
  name: "statement-heading",
  tier: "context",
  apply: (c, q) => {
    const para = c.doc.paragraphs[q.quote.paragraph];
    if (q.isFragment || para.section !== "body" || c.headings.length === 0) return undefined;
    const heading = headingOver(c, q);
    return heading ? decide(headingSpeaker(c, heading.speaker)) : undefined;
  },
};

/** `"We are ready." The minister said so in a statement.`: the next sentence opens with it. */
const nextSentenceAttribution: Rule = {
  name: "next-sentence-attribution",
  tier: "context",
  apply: (c, q) => {
    const next = c.doc.sentences[q.quote.sentence + 1];
    if (!next || next.paragraph !== q.quote.paragraph || c.quotesOfSentence[next.index].length > 0) return undefined;
    return decide(after(c, [{ quote: q.quote.index }, ...frameOf(c, next.index).slice(0, WINDOW)], 0));
  },
};

/**
 * `Jane Roe has fished here for forty years. Why does she stay? "Nobody else will."`: a statement
 * with no attribution at all, in a paragraph whose sentences before it (none holding a quotation)
 * are about one person, named or "he"/"she", belongs to that person.
 */
const paragraphSubject: Rule = {
  name: "paragraph-subject",
  tier: "context",
  apply: (c, q) => {
    if (q.isFragment) return undefined;
    let who: number | undefined;
    for (const s of c.sentencesOfParagraph[q.quote.paragraph]) {
      if (s >= q.quote.sentence) break;
      if (c.quotesOfSentence[s].length > 0) return undefined;
      const items = frameOf(c, s).slice(0, WINDOW);
      const subject = reportedSpeaker(c, items);
      if (!subject || subject.person === null) continue;
      if (who !== undefined && who !== subject.person) return undefined;
      who = subject.person;
    }
    return who === undefined ? undefined : { attribution: { person: who } };
  },
};

/**
 * `"We will act," Roe said. ¶ The vote is on Friday. ¶ "And we will win."`: a statement standing
 * alone, with no attribution found by any rule before, continues the speaker of the latest
 * attributed quotation within the two paragraphs before, when no other person is the subject of a
 * sentence in between (news copy names a new speaker before quoting them).
 */
const recentSpeaker: Rule = {
  name: "recent-speaker",
  tier: "context",
  apply: (c, q, previous) => {
    const prev = previous?.attribution?.person;
    if (q.isFragment || prev == null || !previous || previous.quote.paragraph < q.quote.paragraph - 2) return undefined;
    // (Words after it in its paragraph may be its own credit: `"..." Anonymous blogger`.)
    const next = c.doc.sentences[q.quote.sentence + 1];
    if (next && next.paragraph === q.quote.paragraph && c.quotesOfSentence[next.index].length === 0) return undefined;
    for (let s = previous.quote.sentence + 1; s < q.quote.sentence; s++) {
      const items = frameOf(c, s).slice(0, WINDOW);
      const subject = clauseSubject(c, items, items.length);
      if (subject && subject.person !== prev) return undefined;
    }
    return { attribution: { person: prev } };
  },
};

/**
 * `Administrator Jane Roe announces the grants. (EPA photo) ¶ "These grants turn lots into parks."`:
 * a statement no other rule could attribute, in copy that names one person and only one (in the
 * story or its captions), is that person's when they were named before it or in a caption (news
 * copy introduces a speaker first: a sound bite above the person's first mention is a teaser,
 * nobody's). With two people named, or none, it stays nobody's.
 */
const onlyPerson: Rule = {
  name: "only-person",
  tier: "context",
  apply: (c, q) => {
    if (q.isFragment || c.found.people.length !== 1) return undefined;
    // (Round 6: named before it outside any quotation: a person only ever named inside quotations,
    // "Administrator Roe has made clean-ups a priority", is written about, never quoted.)
    const said = c.found.mentions.find((m) => !m.insideQuote);
    const introduced = (!!said && said.start < q.quote.open) || captionPerson(c, undefined)?.person === 0;
    return introduced ? { attribution: { person: 0 } } : undefined;
  },
};

// "spoken by", "written by", "the words of", "advice from": whose words the sentence names.
const WORDS_OF = /^(?:spoken|said|written|uttered|delivered|offered|shared|penned|voiced|words|remarks|comments|advice|message|wisdom|motto|mantra)$/;

/**
 * `"We are the quiet professionals."` ¶ `Those words, spoken by retired Col. Jane Roe last week,
 * still ring true.`: a quotation standing as its own paragraph, that no rule before could
 * attribute, belongs to the person the next paragraph's first sentence names as having said it
 * (`spoken by`, `the words of`, or the subject of a verb of saying). Commentaries and features
 * open on a quotation and name its speaker after it.
 */
const namedBelow: Rule = {
  name: "named-below",
  tier: "context",
  apply: (c, q) => {
    const next = c.doc.paragraphs[q.quote.paragraph + 1];
    if (q.isFragment || !next || !opensParagraph(c, q) || c.sentencesOfParagraph[q.quote.paragraph].length > 2) return undefined;
    const s = c.sentencesOfParagraph[next.index][0];
    if (s === undefined || c.quotesOfSentence[s].length > 0) return undefined;
    const items = frameOf(c, s).slice(0, WINDOW);
    for (let p = 1; p < items.length; p++) {
      if (!/^(?:by|of|from)$/.test(lw(c, items[p])) || !WORDS_OF.test(lw(c, items[p - 1]))) continue;
      // (A rank or a role may stand between: "spoken by retired Col. Jane Roe".)
      for (let k = p + 1; k < items.length && k <= p + 4; k++) {
        const it = items[k];
        const m = "token" in it ? c.mentionsByStart.get(it.token) : undefined;
        if (m && !m.possessive && !m.insideQuote) return { attribution: { person: m.person } };
      }
    }
    const subject = reportedSpeaker(c, items);
    return subject?.person != null && items.some((it) => isSpeechVerb(c, it)) ? { attribution: subject } : undefined;
  },
};

/** Context rules past the first need the quote to stand alone in its sentence. */
const standaloneOnly = (rule: Rule): Rule => ({ ...rule, apply: (c, q, previous) => (q.standalone ? rule.apply(c, q, previous) : undefined) });

/** The sieve, most precise first. */
export const RULES: readonly Rule[] = [
  reproducedRelease,
  determinerLabel,
  possessedSpeech,
  attributionAfter,
  attributionBefore,
  accordingToRule,
  greetingWith,
  fragmentSubject,
  thatOrAsClause,
  hungOnClause,
  organisationLabel,
  bracketedCredit,
  paragraphContinuation,
  interviewAnswer,
  ...[
    creditBelow,
    statementIntroduction,
    sameParagraphContinuation,
    speakerLabel,
    introducingParagraph,
    colonIntroduction,
    previousSentenceQuote,
    previousSentenceSpeaker,
    statementHeading,
    titledSubject,
    nextSentenceAttribution,
    previousParagraphSubject,
    paragraphSubject,
    recentSpeaker,
    onlyPerson,
    namedBelow,
  ].map(standaloneOnly),
];
