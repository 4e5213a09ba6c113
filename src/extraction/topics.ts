// Suggests topics from the editors' topic tree: each topic's name, slug words and keywords are
// matched as phrases against the headline (worth more) and the body; a topic is suggested only when
// its evidence passes a threshold, so an article is not tagged for one passing word.
import { TOPIC_STOPWORDS } from "./lexicon";
import { TopicCandidate } from "./types";

/** Crude stemming that lets "sanctions" match "Sanctions", "refugee" match "refugees". */
function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, "").replace(/[’']/g, "");
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 3 && /(?:ss|us|is)$/.test(w) === false && w.endsWith("s")) w = w.slice(0, -1);
  return w;
}

/** Words of a text, with "U.S." as "us" and hyphenated compounds also split ("U.S.-Russian"). */
function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    out.push(stem(match[0].replace(/\./g, "")));
  }
  return out;
}

/** Country adjectives match their country ("Russian" → "russia"); a small general table. */
function variants(word: string): string[] {
  const out = [word];
  if (word.endsWith("ian") && word.length > 5) out.push(word.slice(0, -1));
  if (word.endsWith("an") && word.length > 5) out.push(word.slice(0, -1));
  if (word.endsWith("ese")) out.push(word.slice(0, -3));
  if (word === "american") out.push("us");
  return out;
}

/** A text's sentences as stemmed words, each word with its variants, indexed for phrase look-ups. */
interface Indexed {
  sentences: string[][][];
  forms: Set<string>[];
  /** Every form with the number of words that have it. */
  counts: Map<string, number>;
}

function index(sentences: string[][]): Indexed {
  const counts = new Map<string, number>();
  const withVariants = sentences.map((s) => s.map(variants));
  const forms = withVariants.map((s) => new Set(s.flat()));
  for (const s of withVariants) for (const word of s) for (const form of new Set(word)) counts.set(form, (counts.get(form) ?? 0) + 1);
  return { sentences: withVariants, forms, counts };
}

function countPhrase(text: Indexed, phrase: string[], sentence?: number): number {
  if (phrase.length === 1 && sentence === undefined) {
    // One word: exact, or the end of a compound ("counterterrorism" for "terrorism").
    const p = phrase[0];
    let count = 0;
    for (const [form, n] of text.counts) if (form === p || (p.length >= 6 && form.endsWith(p))) count += n;
    return count;
  }
  let count = 0;
  const which = sentence === undefined ? text.sentences.keys() : [sentence];
  for (const s of which) {
    if (!phrase.every((w) => text.forms[s].has(w))) continue;
    const words = text.sentences[s];
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, j) => words[i + j].includes(w))) count++;
    }
  }
  return count;
}

/** Sentences holding every word of a multi-word term, not as the exact phrase ("Russian
 * interference in the 2016 election" for Election interference). */
function countCooccurring(text: Indexed, phrase: string[]): number {
  if (phrase.length < 2) return 0;
  let count = 0;
  text.forms.forEach((forms, s) => {
    if (phrase.every((w) => forms.has(w)) && countPhrase(text, phrase, s) === 0) count++;
  });
  return count;
}


export interface TopicScore {
  slug: string;
  score: number;
}

/** Evidence per topic: a word 1, a phrase or its words within one sentence 1.5; headline x3. */
export function scoreTopics(headline: string | null, body: string, topics: TopicCandidate[]): TopicScore[] {
  const split = (text: string) => index(text.split(/(?<=[.!?])\s+|\n+/).map(words).filter((s) => s.length > 0));
  const head = split(headline ?? "");
  const sentences = split(body);
  const scores: TopicScore[] = [];
  for (const topic of topics) {
    const phrases = new Map<string, string[]>();
    for (const term of [topic.name, topic.slug.replace(/-/g, " "), ...topic.keywords]) {
      const phrase = words(term).filter((w) => !TOPIC_STOPWORDS.has(w));
      if (phrase.length) phrases.set(phrase.join(" "), phrase);
    }
    let score = 0;
    for (const phrase of phrases.values()) {
      const weight = phrase.length > 1 ? 1.5 : 1;
      score += weight * (countPhrase(sentences, phrase) + countCooccurring(sentences, phrase));
      score += 3 * weight * (countPhrase(head, phrase) + countCooccurring(head, phrase));
    }
    if (score > 0) scores.push({ slug: topic.slug, score });
  }
  return scores.sort((a, b) => b.score - a.score);
}

/** Topic slugs worth suggesting, best first: at least two pieces of evidence, not drowned out by
 * the best topic, and the most specific topic rather than its parent. */
export function suggestTopics(headline: string | null, body: string, topics: TopicCandidate[], limit = 5): string[] {
  const scored = scoreTopics(headline, body, topics);
  const best = scored[0]?.score ?? 0;
  const kept = scored.filter((t) => t.score >= 2 && t.score >= best * 0.1);
  const slugs = new Set(kept.map((t) => t.slug));
  const parents = new Set(topics.filter((t) => slugs.has(t.slug) && t.parentSlug).map((t) => t.parentSlug));
  return kept.filter((t) => !parents.has(t.slug)).slice(0, limit).map((t) => t.slug);
}
