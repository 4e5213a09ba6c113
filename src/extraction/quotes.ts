// Quotes and their speakers. Each span between quotation marks is classified (a quotation, or a
// title / word-as-word that is not one), flagged as a fragment when it is a short phrase woven into
// the reporter's sentence, and attributed: first from its own sentence ("X said", "said X",
// "X, a spokesman, said", "he said", "according to X", "in the words of X", participles such as
// "X ..., saying" and "adding that"), then from the quote before it (a quote split around its
// attribution, a quote running over paragraphs), then from an introducing paragraph (a speaker
// label, "a statement from X", a release headline "X Statement on ...", "X issued the following
// statement:") or the next sentence.
import {
  CLAUSE_OPENERS,
  DETERMINERS,
  INTRO_NOUNS,
  MANNER_VERBS,
  NON_PERSON_SUBJECTS,
  POSSESSED_SPEECH_NOUNS,
  PRONOUNS_FEMALE,
  PRONOUNS_MALE,
  ROLE_NOUNS,
  SMALL_WORDS,
  SPEECH_VERBS,
  STOPWORDS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  VERB_FILLERS,
  WRITING_VERBS,
} from "./lexicon";
import { Gender, lastAtOrBefore, Mention, PeopleResult } from "./people";
import { Doc, DocQuote, SectionKind } from "./sentences";
import { isCapitalized, wordCount } from "./tokens";

export interface FoundQuote {
  text: string;
  /** Index in the people list, or null. */
  speaker: number | null;
  isFragment: boolean;
  section: SectionKind;
  /** Offset of the quoted text in its section. */
  position: number;
  context: string;
}

/** A person, "explicitly not a person" (an organisation, "a spokesperson", "it"), or not found. */
type Attribution = { person: number } | { person: null } | undefined;
const NOBODY: Attribution = { person: null };

type FrameItem = { token: number } | { quote: number };

/** How many frame items either side of a quote the attribution rules read. */
const WINDOW = 60;
const NAMING_CUES = /\b(?:titled|entitled|named|dubbed|nicknamed|headlined|(?:the|a) (?:word|term|phrase|name|label|hashtag|slogan)s?|known as|referred to as)$/i;

/** Most longer words capitalised: headline case. */
function isHeadlineCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => isCapitalized(w)).length / words.length > 0.6;
}

function lower(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * `labels`: speakers named by a label block set off above a quotation (see `CleanedText`), by the
 * offset of the quotation's paragraph in the body.
 */
export function extractQuotes(doc: Doc, found: PeopleResult, labels: { offset: number; name: string }[] = []): FoundQuote[] {
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
  const labelAt = new Map(labels.map((l) => [l.offset, l] as const));
  const mentionSentence = (m: Mention) => doc.tokenSentence[m.firstToken];

  /**
   * The mentions ending before offset `at` that pass `ok`, in text order, read backwards only as
   * far as the reference rules look (four sentences before the latest one and before `here`, at
   * most 60 mentions, 200 examined), so resolving many pronouns stays linear.
   */
  function mentionsBefore(at: number, here: number, ok: (m: Mention) => boolean): Mention[] {
    const out: Mention[] = [];
    let stopBelow = -Infinity;
    for (let i = lastAtOrBefore(found.mentions, at), seen = 0; i >= 0 && out.length < 60 && seen < 200; i--, seen++) {
      const m = found.mentions[i];
      if (m.end > at || !ok(m)) continue;
      const s = mentionSentence(m);
      if (s < stopBelow) break;
      if (out.length === 0) stopBelow = Math.min(s, here) - 4;
      out.push(m);
    }
    return out.reverse();
  }

  /** Per role word, the mentions of the people who hold it, in text order (built on first use). */
  const holdersOfRole = new Map<string, Mention[]>();
  function roleHolders(role: string): Mention[] {
    let list = holdersOfRole.get(role);
    if (!list) {
      // "Gen. Jane Roe ... the general said": abbreviated titles count as the full word.
      const holds = (m: Mention) => [...found.people[m.person].roles].some((r) => r === role || TITLE_ABBREVIATIONS.get(r.replace(/\.$/, "")) === role);
      holdersOfRole.set(role, (list = found.mentions.filter(holds)));
    }
    return list;
  }

  /** The sentence with every quotation replaced by one placeholder: the reporter's words. */
  function frame(sentence: number): FrameItem[] {
    const items: FrameItem[] = [];
    const placed = new Set<number>();
    for (const i of tokensOfSentence[sentence]) {
      const q = doc.tokenQuote[i];
      if (q < 0) items.push({ token: i });
      else if (!placed.has(q)) {
        placed.add(q);
        items.push({ quote: q });
      }
    }
    for (const quote of quotesOfSentence[sentence]) {
      if (!placed.has(quote.index)) {
        const at = items.findIndex((it) => "token" in it && tokens[it.token].start > quote.open);
        items.splice(at < 0 ? items.length : at, 0, { quote: quote.index });
      }
    }
    return items;
  }
  const word = (item: FrameItem | undefined) => (item && "token" in item ? tokens[item.token].text : undefined);
  // Lower-cased token texts, computed once: the rules compare words many times per quote.
  const lowered = tokens.map((t) => lower(t.text));
  const lw = (item: FrameItem | undefined) => (item && "token" in item ? lowered[item.token] : "");
  // Headlines in headline case capitalise their verbs ("Trump Calls ... a 'Witch Hunt'").
  const headlineCase = doc.sections.filter((s) => s.kind === "headline" && isHeadlineCase(text.slice(s.start, s.end)));
  const isSpeechVerb = (item: FrameItem | undefined) => {
    const w = word(item);
    if (!w || !SPEECH_VERBS.has(lower(w))) return false;
    const at = tokens[(item as { token: number }).token].start;
    return !isCapitalized(w) || headlineCase.some((s) => at >= s.start && at <= s.end);
  };
  const isFillerWord = (w: string) => VERB_FILLERS.has(lower(w));
  const isFiller = (item: FrameItem | undefined) => {
    const w = word(item);
    // "he couldn't disclose", "she cannot say": negated auxiliaries are fillers too.
    return !!w && !isCapitalized(w) && (VERB_FILLERS.has(lower(w)) || /^\p{Ll}+ly$/u.test(w) || /^\p{Ll}+n['’]t$|^cannot$/u.test(w));
  };

  function genderCompatible(person: number, gender: Gender | undefined): boolean {
    const g = found.people[person].gender;
    return g === undefined || gender === undefined || g === gender;
  }

  /**
   * "he"/"she": the subject of the nearest sentence before it that names a compatible person
   * outside quotation marks ("Mary Barra ... met Shawn Fain. ... she said" is Barra); possessives
   * and objects of prepositions only when nothing else is found.
   */
  function resolvePronoun(tokenIndex: number, gender: Gender | undefined): Attribution {
    const at = tokens[tokenIndex].start;
    const before = mentionsBefore(at, doc.tokenSentence[tokenIndex], (m) => !m.insideQuote && genderCompatible(m.person, gender));
    if (before.length === 0) {
      // "The man nominated ... says he is ... Admiral Jane Roe discussed ...": a lead that names
      // its subject only after the pronoun, in the same paragraph.
      const paragraph = doc.sentences[doc.tokenSentence[tokenIndex]]?.paragraph;
      const paragraphOf = (m: Mention) => doc.sentences[mentionSentence(m)]?.paragraph;
      for (let i = lastAtOrBefore(found.mentions, at) + 1; i < found.mentions.length; i++) {
        const m = found.mentions[i];
        if (paragraphOf(m) !== undefined && paragraph !== undefined && paragraphOf(m) > paragraph) break;
        if (m.start > at && !m.insideQuote && !m.possessive && !m.afterPreposition && genderCompatible(m.person, gender) && paragraphOf(m) === paragraph) return { person: m.person };
      }
      return NOBODY;
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
    for (let steps = 0; steps < 4 && sentence >= 0; steps++, sentence--) {
      const subject = before.find((m) => sentenceOf(m) === sentence && !m.possessive && !m.afterPreposition);
      if (subject) return { person: subject.person };
    }
    return { person: before[before.length - 1].person };
  }

  /** "the minister", "the professor": the latest person who carried that title. */
  function resolveRole(role: string, tokenIndex: number): Attribution {
    const at = tokens[tokenIndex].start;
    const holding = roleHolders(role);
    let i = lastAtOrBefore(holding, at);
    while (i >= 0 && holding[i].end > at) i--;
    if (i >= 0) return { person: holding[i].person };
    // Named with the title only later ("the president said ... President Roe"): the one holder.
    const holders = new Set(holding.map((m) => m.person));
    return holders.size === 1 ? { person: [...holders][0] } : NOBODY;
  }

  /** Who a noun phrase (frame items from..to inclusive) names. */
  function resolvePhrase(items: FrameItem[], from: number, to: number): Attribution {
    if (from > to) return undefined;
    const first = items[from];
    const last = items[to];
    if (!("token" in first) || !("token" in last)) return undefined;
    const mention = mentionsByLast.get(last.token);
    if (mention && mention.firstToken >= first.token) {
      // Only titles, roles and determiners may precede the name ("Kremlin spokesman Dmitry
      // Peskov"); "while Sen. Rand Paul said" is another clause.
      const lead = tokens.slice(first.token, mention.titleStart).map((t) => t.text);
      const titleWord = (w: string) => isCapitalized(w) || ROLE_NOUNS.has(lower(w)) || TITLE_WORDS.has(lower(w)) || DETERMINERS.has(lower(w));
      // "mission commander Jane Roe", "the team's lead engineer": plain nouns modifying the role
      // word that ends the lead.
      const modifier = (w: string) => /^\p{Ll}+$/u.test(w) && !STOPWORDS.has(w) && !CLAUSE_OPENERS.has(w) && !SPEECH_VERBS.has(w) && !isFillerWord(w);
      const roleLast = lead.length > 0 && (ROLE_NOUNS.has(lower(lead[lead.length - 1])) || TITLE_WORDS.has(lower(lead[lead.length - 1])));
      if (lead.every(titleWord) || (roleLast && lead.length <= 5 && lead.every((w) => titleWord(w) || modifier(w)))) {
        return mention.possessive ? NOBODY : { person: mention.person };
      }
      return undefined;
    }
    const words = items.slice(from, to + 1).map((it) => ("token" in it ? lower(tokens[it.token].text) : "\u0000"));
    if (words.includes("\u0000")) return undefined;
    if (words.length === 1) {
      if (PRONOUNS_MALE.has(words[0])) return resolvePronoun(first.token, "m");
      if (PRONOUNS_FEMALE.has(words[0])) return resolvePronoun(first.token, "f");
      if (NON_PERSON_SUBJECTS.has(words[0])) return NOBODY;
    }
    if (words.length > 7 || CLAUSE_OPENERS.has(words[0])) return undefined;
    // "the minister said": the last person with that title, else the latest person in subject
    // position (the role may have been given in a way the name finder did not link).
    if (words[0] === "the" && words.length === 2 && (ROLE_NOUNS.has(words[1]) || TITLE_WORDS.has(words[1]))) {
      const byRole = resolveRole(words[1], first.token);
      return byRole?.person != null ? byRole : resolvePronoun(first.token, undefined);
    }
    return NOBODY;
  }

  /** The subject of the speech verb at frame position v. */
  function subjectOf(items: FrameItem[], v: number, depth = 0): Attribution {
    let p = v - 1;
    while (p >= 0 && isFiller(items[p])) p--;
    if (p < 0) return undefined;
    const item = items[p];
    if (!("token" in item)) return undefined;
    const w = tokens[item.token].text;
    const mention = mentionsByLast.get(item.token);
    if (mention) return mention.possessive ? NOBODY : { person: mention.person };
    if (w === "," || w === ")" || /^[\u2014\u2013-]$/.test(w)) {
      // "X, a spokesman for Y, said": the head of the clause before the appositive.
      const clause: Mention[] = [];
      for (let a = p - 1; a >= 0; a--) {
        const it = items[a];
        if (!("token" in it) || /^[;:]$/.test(tokens[it.token].text) || isSpeechVerb(it)) break;
        const m = mentionsByLast.get(it.token);
        if (m && !m.possessive && !m.afterPreposition) clause.unshift(m);
      }
      if (clause.length === 0) return NOBODY;
      const head = clause.find((m) => tokens[m.lastToken + 1]?.text === ",") ?? clause[0];
      return { person: head.person };
    }
    if (/^(?:and|but)$/i.test(w) && depth < 3) {
      // "dismissed ... and said": the subject of the earlier verb.
      for (let a = p - 1; a >= 0; a--) if (isSpeechVerb(items[a])) return subjectOf(items, a, depth + 1);
      return undefined;
    }
    if (/^(?:who|that|which)$/i.test(w)) return undefined;
    // "He went on to characterise ...", "Roe wanted to add": the subject of the clause.
    if (w === "to") return clauseSubject(items, p);
    // "Sen. Lisa Murkowski of Alaska called", "Jane Roe of The Star and Herald wrote": a name
    // followed by a short place or body phrase.
    for (let a = p, steps = 0; a >= 0 && steps < 7; a--, steps++) {
      const it = items[a];
      if (!("token" in it)) break;
      const t = tokens[it.token].text;
      const m = mentionsByLast.get(it.token);
      if (m && a < p) return m.possessive ? NOBODY : { person: m.person };
      if (!(isCapitalized(t) || /^(?:of|from|at|for|in|on|the|late|early|earlier|last|this|&)$/.test(t) || (t === "and" && isCapitalized(word(items[a - 1]) ?? "")))) break;
    }
    // "Jane Roe, associate administrator for Operations said": an appositive role with no comma
    // closing it; the name before it is the subject.
    for (let a = p, steps = 0; a > 0 && steps < 10; a--, steps++) {
      const it = items[a];
      if (!("token" in it) || /^[;:.!?]$/.test(tokens[it.token].text) || isSpeechVerb(it)) break;
      if (tokens[it.token].text !== ",") continue;
      const prev = items[a - 1];
      const m = "token" in prev ? mentionsByLast.get(prev.token) : undefined;
      const role = items.slice(a + 1, p + 1).some((x) => "token" in x && (ROLE_NOUNS.has(lower(tokens[x.token].text)) || TITLE_WORDS.has(lower(tokens[x.token].text))));
      const opener = lw(items[a + 1]);
      if (m && !m.possessive && !m.afterPreposition && !m.insideQuote && role && (DETERMINERS.has(opener) || ROLE_NOUNS.has(opener) || TITLE_WORDS.has(opener) || /^\p{Ll}+$/u.test(word(items[a + 1]) ?? "")))
        return { person: m.person };
      break;
    }
    // A word ending here: "he", "the minister", or a non-person ("A spokesperson", "Microsoft").
    const phrase = resolvePhrase(items, p, p);
    if (phrase && phrase.person !== null) return phrase;
    const longer = resolvePhrase(items, Math.max(0, p - 1), p);
    if (longer && longer.person !== null) return longer;
    return tokens[item.token].word ? NOBODY : undefined;
  }

  /** The first person named as a subject (or "he"/"she") in the sentence before position `upTo`. */
  function clauseSubject(items: FrameItem[], upTo: number): Attribution {
    for (let p = 0; p < upTo; p++) {
      const it = items[p];
      if (!("token" in it)) continue;
      const m = mentionsByLast.get(it.token);
      if (m && !m.possessive && !m.afterPreposition && !m.insideQuote) return { person: m.person };
      const w = tokens[it.token].text;
      if (/^(?:he|He)$/.test(w)) return resolvePronoun(it.token, "m");
      if (/^(?:she|She)$/.test(w)) return resolvePronoun(it.token, "f");
    }
    return undefined;
  }

  /** Attribution after the quote: `"...," X said`, `"...," said X`, `"...", it added`. */
  function after(items: FrameItem[], qp: number): Attribution {
    let p = qp + 1;
    // A pull quote credited with a dash: `"..." - Jane Roe`.
    const dash = word(items[qp + 1]);
    if (dash && /^[\u2014\u2013-]$/.test(dash) && items[qp + 2] && "token" in items[qp + 2]) {
      const m = mentionsByStart.get((items[qp + 2] as { token: number }).token);
      const rest = m ? items.slice(qp + 2).filter((it) => "token" in it && it.token > m.lastToken && tokens[it.token].word) : [];
      if (m && rest.length === 0) return { person: m.person };
    }
    while (p < items.length && /^[,;:\u2014\u2013-]$/.test(word(items[p]) ?? "")) p++;
    for (let v = p; v < items.length && v - p <= 7; v++) {
      const it = items[v];
      if (!("token" in it) || /^[.!?;]$/.test(tokens[it.token].text)) return undefined;
      if (!isSpeechVerb(it) && !(v > p && MANNER_VERBS.has(tokens[it.token].text))) continue;
      // `"...," adding that "..."`: a participle's subject is found before the quote.
      if (v === p && (isParticiple(it) || lw(items[v + 1]) === "that")) return undefined;
      if (v === p) {
        // Inverted: "said KCNA", "said Senate Majority Leader Chuck Schumer", "said Morgan
        // Stanley analyst Betsy Graseck", "said he": the last name in the phrase after the verb.
        const next = items[v + 1];
        if (!next || !("token" in next)) return undefined;
        let m: Mention | undefined;
        for (let a = v + 1; a < items.length && a - v <= 8; a++) {
          const it = items[a];
          if (!("token" in it)) break;
          const t = tokens[it.token].text;
          // "said 2nd Lt. Jane Roe", "said Petty Officer 1st Class Jane Roe": a rank's grade too.
          if (!(isCapitalized(t) || ROLE_NOUNS.has(lower(t)) || TITLE_WORDS.has(lower(t)) || DETERMINERS.has(lower(t)) || /^\d+(?:st|nd|rd|th)$/.test(t))) break;
          m = mentionsByLast.get(it.token) ?? m;
        }
        if (m) return m.possessive ? NOBODY : { person: m.person };
        const w = lower(tokens[next.token].text);
        if (PRONOUNS_MALE.has(w)) return resolvePronoun(next.token, "m");
        if (PRONOUNS_FEMALE.has(w)) return resolvePronoun(next.token, "f");
        return tokens[next.token].word ? NOBODY : undefined;
      }
      let end = v - 1;
      while (end >= p && isFiller(items[end])) end--;
      return resolvePhrase(items, p, end);
    }
    return undefined;
  }

  const isParticiple = (item: FrameItem | undefined) => /^\p{Ll}+ing$/u.test(word(item) ?? "");

  /**
   * The subject of a participle or gerund of saying ("X addressed ... saying", "X continued by
   * saying that", "..., adding that"): the subject of the finite verb of saying before it, else
   * the subject of the clause (a name, "he"/"she", "the <role>").
   */
  function participleSubject(items: FrameItem[], v: number): Attribution {
    for (let a = v - 1; a >= 0; a--) {
      if (isSpeechVerb(items[a]) && !isParticiple(items[a])) {
        const subject = subjectOf(items, a);
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
      if (w === "he") return resolvePronoun(it.token, "m");
      if (w === "she") return resolvePronoun(it.token, "f");
      if (w === "the" && p + 1 < v) {
        const role = lw(items[p + 1]);
        if (ROLE_NOUNS.has(role) || TITLE_WORDS.has(role)) return resolveRole(role, it.token);
      }
    }
    return undefined;
  }

  /** `Roe's call to "..."`, `Roe's words, "..."`: the quotation belongs to the possessor of the noun. */
  function possessedWords(items: FrameItem[], qp: number): Attribution {
    let p = qp - 1;
    if (/^(?:to|for|of|,|:)$/.test(word(items[p]) ?? "")) p--;
    if (!POSSESSED_SPEECH_NOUNS.has(lw(items[p]))) return undefined;
    const owner = items[p - 1];
    const m = owner && "token" in owner ? mentionsByLast.get(owner.token) : undefined;
    return m && m.possessive && !m.insideQuote ? { person: m.person } : undefined;
  }

  /** Attribution before the quote in its sentence: `X said "..."`, `X said: "..."`. */
  function before(items: FrameItem[], qp: number): Attribution {
    for (let v = qp - 1; v >= 0; v--) {
      if (isSpeechVerb(items[v])) {
        if (isParticiple(items[v])) {
          const subject = participleSubject(items, v);
          if (subject) return subject;
        }
        const subject = subjectOf(items, v);
        if (subject) return subject;
        // `"A," said Capt. Jane Roe, the commander. "B"` left in one sentence: the inverted
        // attribution of the quote before the verb.
        let q = v - 1;
        while (q >= 0 && /^[,;:\u2014\u2013-]$/.test(word(items[q]) ?? "")) q--;
        if (q >= 0 && q !== qp && "quote" in items[q]) {
          const inverted = after(items, q);
          if (inverted) return inverted;
        }
        const next = items[v + 1];
        const m = next && "token" in next ? mentionsByStart.get(next.token) : undefined;
        return m && !m.possessive ? { person: m.person } : undefined;
      }
    }
    return undefined;
  }

  /** "according to X" anywhere in the sentence; "in the words of (the role,) X" before the quote. */
  function accordingTo(items: FrameItem[], qp = items.length): Attribution {
    for (let p = 0; p + 2 < qp; p++) {
      if (lw(items[p]) === "words" && lw(items[p + 1]) === "of") {
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
      if (lw(items[p]) === "according" && lw(items[p + 1]) === "to") {
        const next = items[p + 2];
        if (!("token" in next)) return undefined;
        const m = mentionsByStart.get(next.token);
        return m ? { person: m.person } : NOBODY;
      }
    }
    return undefined;
  }

  /** First person named in the sentence as a subject (not possessive, not after a preposition). */
  function sentenceSubject(items: FrameItem[], upTo = items.length): Attribution {
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
  function introduction(paragraph: number): Attribution {
    if (quotesInParagraph.has(paragraph)) return undefined;
    const para = doc.paragraphs[paragraph];
    const paraTokens = sentencesOfParagraph[paragraph].flatMap((x) => tokensOfSentence[x]);
    if (paraTokens.length === 0) return undefined;
    const paraText = text.slice(para.start, para.end);
    // A paragraph with its own verb of saying ("..., who said:") is read by the usual rules.
    // (Past forms only: "report" or "comments" may be nouns.)
    if (paraTokens.some((t) => SPEECH_VERBS.has(tokens[t].text) && /(?:ed|said|says|told|wrote)$/.test(tokens[t].text))) return undefined;
    // Label: the paragraph opens with a name, then a comma and a short role, and nothing else.
    const opening = mentionsByStart.get(paraTokens[0]);
    let end = opening ? opening.lastToken : -1;
    // In headline case a name is found word by word ("Jane" "Roe"): take the run of its mentions.
    while (opening && mentionsByStart.get(end + 1)?.person === opening.person) end = (mentionsByStart.get(end + 1) as Mention).lastToken;
    if (opening && tokens[end + 1]?.text === "," && wordCount(paraText) <= 12 && !/[.!?]$/.test(paraText)) {
      return { person: opening.person };
    }
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

  function quoteText(q: DocQuote): string {
    return text.slice(q.textStart, q.textEnd);
  }

  function isTitleOrMention(q: DocQuote, items: FrameItem[]): boolean {
    const inner = quoteText(q).trim();
    if (!/\p{L}/u.test(inner)) return true;
    const lead = text.slice(Math.max(0, q.open - 40), q.open).trimEnd();
    if (NAMING_CUES.test(lead)) return true;
    // A nickname inside a name (Jane "Ace" Roe): capitalised words between a given name and a surname.
    if (/^\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2}$/u.test(inner) && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, q.open - 40), q.open)) && /^ \p{Lu}\p{Ll}/u.test(text.slice(q.close, q.close + 3)))
      return true;
    // `2nd Squadron "Sabre," 3rd Regiment`: a unit's or a thing's nickname after a capitalised noun.
    if (/^\p{Lu}\p{Ll}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*){0,2},?$/u.test(inner) && /(?:^|[^.!?:]\s)\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, q.open - 40), q.open)) && !/^\s*\p{Ll}/u.test(text.slice(q.close + 1, q.close + 4)))
      return true;
    // Every word capitalised and no closing punctuation: the name of a work ("The Internet
    // Explorer 6 Countdown"), unless the whole sentence is in headline case.
    const words = inner.split(/\s+/);
    const capitalised = (w: string) => /^[\p{Lu}\p{N}#]/u.test(w) || SMALL_WORDS.has(w);
    if (words.length >= 2 && words.length <= 10 && words.every(capitalised) && !/[.,;:!?]$/.test(inner)) {
      const frameWords = items.filter((it) => "token" in it && tokens[it.token].word).map((it) => tokens[(it as { token: number }).token].text);
      const frameCaps = frameWords.filter((w) => w.length > 3 && isCapitalized(w)).length;
      const frameLong = frameWords.filter((w) => w.length > 3).length;
      if (frameLong === 0 || frameCaps / frameLong < 0.6) return true;
    }
    return false;
  }

  function isLabel(items: FrameItem[], qp: number): boolean {
    const prev = lw(items[qp - 1]);
    const next = word(items[qp + 1]);
    return DETERMINERS.has(prev) && !!next && /^\p{Ll}+$/u.test(next) && !STOPWORDS.has(next) && !SPEECH_VERBS.has(next);
  }

  const results: (FoundQuote & { attribution: Attribution; standalone: boolean; quote: DocQuote })[] = [];
  const frames = new Map<number, FrameItem[]>();
  const frameOf = (s: number) => {
    let f = frames.get(s);
    if (!f) frames.set(s, (f = frame(s)));
    return f;
  };
  /** Per sentence: each quote's position in the frame, and whether the frame holds any word. */
  const framePositions = new Map<number, { at: Map<number, number>; words: boolean }>();
  const positionsOf = (s: number) => {
    let p = framePositions.get(s);
    if (!p) {
      const items = frameOf(s);
      const at = new Map<number, number>();
      items.forEach((it, i) => "quote" in it && at.set(it.quote, i));
      framePositions.set(s, (p = { at, words: items.some((it) => "token" in it && tokens[it.token].word) }));
    }
    return p;
  };

  for (const q of doc.quotes) {
    // The rules read the quote's own sentence within WINDOW items either side of it: attributions
    // sit next to their quote, and a bounded window keeps a sentence of thousands of quotes linear.
    const full = frameOf(q.sentence);
    const fullAt = positionsOf(q.sentence).at.get(q.index) as number;
    const lo = Math.max(0, fullAt - WINDOW);
    const items = full.slice(lo, fullAt + WINDOW + 1);
    const qp = fullAt - lo;
    if (isTitleOrMention(q, items)) continue;

    const raw = quoteText(q);
    const body = raw.trim();
    const sentence = doc.sentences[q.sentence];
    const standalone = !positionsOf(q.sentence).words;
    // "Clip 2 – (00:09) "..."", "Q1: "..."": only a short capitalised or numbered label before it.
    const labelWords = items.slice(0, qp).filter((it) => "token" in it && tokens[it.token].word);
    const labelled =
      !standalone &&
      lo === 0 &&
      qp === items.length - 1 - (word(items[items.length - 1]) && /^[.!?]$/.test(word(items[items.length - 1]) as string) ? 1 : 0) &&
      labelWords.length <= 4 &&
      labelWords.every((it) => /^[\p{Lu}\p{N}]/u.test(tokens[(it as { token: number }).token].text) && !mentionsByLast.has((it as { token: number }).token));
    const prevItem = items[qp - 1];
    const introduced = !prevItem || /^[:,]$/.test(word(prevItem) ?? "") || isSpeechVerb(prevItem);
    const statement = /^[\p{Lu}[…"“‘'(]/u.test(body) && (introduced || /[.!?…]["”’']?$/.test(body));
    const isFragment = wordCount(body) <= 8 && !statement;

    let attribution: Attribution = isLabel(items, qp) ? NOBODY : (possessedWords(items, qp) ?? after(items, qp) ?? before(items, qp) ?? accordingTo(items, qp));
    if (!attribution && isFragment) attribution = sentenceSubject(items, qp);
    // `Roe opined that, "..."`, `Roe urges others to apply, noting that "..."`, `he described it
    // as a "..."`: a quotation woven in after "that" or "as" belongs to the clause's subject.
    if (!attribution) {
      const w1 = lw(items[qp - 1]);
      const w2 = lw(items[qp - 2]);
      if (w1 === "that" || (w1 === "," && w2 === "that") || w1 === "as" || (/^(?:a|an)$/.test(w1) && w2 === "as")) attribution = clauseSubject(items, qp);
    }
    // `Roe thanked the crews, "always on watch ..."`: a quotation hung on the subject's clause.
    if (!attribution && /^[,:]$/.test(word(prevItem) ?? "") && qp === items.length - 1 - (/^[.!?]$/.test(word(items[items.length - 1]) ?? "") ? 1 : 0)) {
      const first = full[0];
      const m = first && "token" in first ? mentionsByStart.get(first.token) : undefined;
      if (m && !m.possessive && !m.insideQuote) attribution = { person: m.person };
    }

    const at = doc.sections[lastAtOrBefore(doc.sections, q.textStart)];
    const section = at && q.textStart <= at.end ? at : doc.sections[0];
    results.push({
      text: raw,
      speaker: null,
      isFragment,
      section: section.kind,
      position: q.textStart - section.start,
      context: text.slice(sentence.start, sentence.end),
      attribution,
      standalone: standalone || labelled,
      quote: q,
    });
  }

  // Second pass, in order: quotes with no attribution of their own borrow one from context.
  const borrowed = new Set<number>();
  results.forEach((r, i) => {
    if (r.attribution) return;
    borrowed.add(i);
    const q = r.quote;
    const previous = results[i - 1];
    if (q.continuesParagraph && previous) {
      r.attribution = previous.attribution;
      return;
    }
    if (!r.standalone) return;
    // The quote before it in the paragraph, unless a sentence of reporting stands between them
    // ("... home. He said the army is ready. "They ...").
    if (previous && previous.quote.paragraph === q.paragraph && (previous.attribution || previous.quote.sentence >= q.sentence - 1)) {
      r.attribution = previous.attribution;
      return;
    }
    const prevSentence = doc.sentences[q.sentence - 1];
    // Each caption is a section of its own: a caption does not borrow from the one before it.
    const sameSection = prevSentence && doc.paragraphs[prevSentence.paragraph].sectionStart === doc.paragraphs[q.paragraph].sectionStart;
    // A label, an intro or a release headline right above the quotation names its speaker.
    const prevParagraph = doc.paragraphs[q.paragraph - 1];
    const opensParagraph = q.sentence === 0 || doc.sentences[q.sentence - 1].paragraph !== q.paragraph;
    const para = doc.paragraphs[q.paragraph];
    const label = opensParagraph && para.section === "body" ? labelAt.get(para.start - para.sectionStart) : undefined;
    if (label) {
      const person = found.people.findIndex((p) => p.name === label.name || p.aliases.includes(label.name));
      if (person >= 0) {
        r.attribution = { person };
        return;
      }
    }
    if (prevParagraph && opensParagraph && (sameSection || prevParagraph.section === "headline")) {
      const intro = introduction(prevParagraph.index);
      if (intro) {
        r.attribution = intro;
        return;
      }
    }
    if (prevSentence && sameSection) {
      // The end of the sentence before is what introduces the quote: its last WINDOW items.
      const prevItems = frameOf(prevSentence.index).slice(-WINDOW);
      const prevText = text.slice(prevSentence.start, prevSentence.end);
      if (/:\s*$/.test(prevText)) {
        r.attribution = sentenceSubject(prevItems) ?? NOBODY;
        return;
      }
      if (previous && previous.quote.paragraph === prevSentence.paragraph && previous.quote.sentence === prevSentence.index) {
        r.attribution = previous.attribution;
        return;
      }
      for (let v = prevItems.length - 1; v >= 0; v--) {
        if (isSpeechVerb(prevItems[v])) {
          const subject = subjectOf(prevItems, v);
          if (subject && subject.person !== null) r.attribution = subject;
          break;
        }
      }
      if (r.attribution) return;
    }
    // `"..." The minister said in a statement.`: the next sentence opens with the attribution.
    const nextSentence = doc.sentences[q.sentence + 1];
    if (nextSentence && nextSentence.paragraph === q.paragraph && quotesOfSentence[nextSentence.index].length === 0) {
      const nextItems = frameOf(nextSentence.index).slice(0, WINDOW);
      const opening = after([{ quote: q.index }, ...nextItems], 0);
      if (opening) r.attribution = opening;
    }
  });

  // A borrowed speaker named in full inside the quotation is being written about, not quoted (a
  // publication's text quoted after the person's own words).
  for (const i of borrowed) {
    const r = results[i];
    const person = r.attribution?.person;
    if (person == null) continue;
    for (let k = lastAtOrBefore(found.mentions, r.quote.textStart - 1) + 1; k < found.mentions.length && found.mentions[k].start < r.quote.textEnd; k++) {
      const m = found.mentions[k];
      if (m.person === person && m.lastToken > m.firstToken && m.start >= r.quote.textStart && m.end <= r.quote.textEnd) r.attribution = NOBODY;
    }
  }

  // A quotation running over paragraphs takes the attribution found in any of its parts.
  for (let i = results.length - 1; i > 0; i--) {
    const r = results[i];
    if (r.quote.continuesParagraph && r.attribution && !results[i - 1].attribution) results[i - 1].attribution = r.attribution;
  }

  return results.map((r) => ({
    text: r.text,
    speaker: r.attribution && r.attribution.person !== null ? r.attribution.person : null,
    isFragment: r.isFragment,
    section: r.section,
    position: r.position,
    context: r.context,
  }));
}
