// The document model every extractor reads: sections (headline, body, captions) joined into one
// text, split into paragraphs and sentences, tokenized, with quotation spans located. Sentence
// boundaries inside a quotation are ignored, so a quote and its attribution share a sentence.
import { findQuoteSpans } from "./spans";
import { Token, tokenize } from "./tokens";

export type SectionKind = "headline" | "body" | "caption";

export interface Section {
  kind: SectionKind;
  start: number;
  end: number;
}

export interface Paragraph {
  index: number;
  section: SectionKind;
  /** Offset of the paragraph's section in the document text. */
  sectionStart: number;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface DocQuote {
  index: number;
  paragraph: number;
  sentence: number;
  /** The quoted text, marks excluded, as document offsets. */
  textStart: number;
  textEnd: number;
  open: number;
  close: number;
  unterminated: boolean;
  single: boolean;
  /** The paragraph opens with this quote while the previous paragraph's quote ran on unclosed. */
  continuesParagraph: boolean;
}

export interface Doc {
  text: string;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: DocQuote[];
  tokens: Token[];
  /** Per token: its sentence, and the quote it sits inside (-1 when outside any quote). */
  tokenSentence: number[];
  tokenQuote: number[];
}

/**
 * Sentence ends in one paragraph. Matches come in text order, as do the spans and the tokens, so
 * each is walked once (a `find` per match would make a long paragraph quadratic). A run of stops
 * is matched from its first character only (the lookbehind), not rescanned from each.
 */
function sentenceBreaks(text: string, start: number, spans: { open: number; close: number }[], tokens: Token[]): number[] {
  const breaks: number[] = [];
  const re = /(?<![.!?…])[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
  let s = 0;
  let t = 0;
  for (const match of text.matchAll(re)) {
    const at = match.index;
    const after = at + match[0].length;
    // Inside a quotation only a stop followed by the closing mark ends the sentence.
    while (s < spans.length && spans[s].close <= at) s++;
    const span = s < spans.length && at > spans[s].open && at < spans[s].close ? spans[s] : undefined;
    if (span && after < span.close) continue;
    // "Mr.", "U.S.", "John P. Holdren": the period belongs to the word.
    while (t < tokens.length && tokens[t].end <= start + at) t++;
    const token = t < tokens.length && tokens[t].start <= start + at ? tokens[t] : undefined;
    if (token && token.word) continue;
    breaks.push(after);
  }
  return breaks;
}

/** Per token, its sentence and the quote it sits inside (-1 when outside any), in one pass. */
function locateTokens(tokens: Token[], sentences: Sentence[], quotes: DocQuote[]): { tokenSentence: number[]; tokenQuote: number[] } {
  const tokenSentence = tokens.map(() => -1);
  const tokenQuote = tokens.map(() => -1);
  let s = 0;
  let q = 0;
  tokens.forEach((token, i) => {
    while (s < sentences.length && sentences[s].end <= token.start) s++;
    if (s < sentences.length && sentences[s].start <= token.start) tokenSentence[i] = s;
    while (q < quotes.length && quotes[q].close <= token.start) q++;
    // Quotes are sorted by position and do not overlap: a token can only be inside the first quote
    // that has not closed yet.
    const quote = quotes[q];
    if (quote && quote.open <= token.start && token.end <= quote.close) tokenQuote[i] = quote.index;
  });
  return { tokenSentence, tokenQuote };
}

export function buildDoc(parts: { kind: SectionKind; text: string }[]): Doc {
  let text = "";
  const sections: Section[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    if (text) text += "\n\n";
    sections.push({ kind: part.kind, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  const tokens = tokenize(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: DocQuote[] = [];

  // Tokens are in text order: each paragraph takes its tokens from a moving index.
  let nextToken = 0;
  for (const section of sections) {
    const sectionText = text.slice(section.start, section.end);
    let previousRanOn = false;
    for (const match of sectionText.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) {
      const raw = match[0];
      const lead = raw.length - raw.trimStart().length;
      const paraText = raw.trim();
      if (!paraText) continue;
      const start = section.start + match.index + lead;
      const paragraph: Paragraph = { index: paragraphs.length, section: section.kind, sectionStart: section.start, start, end: start + paraText.length };
      paragraphs.push(paragraph);

      const spans = findQuoteSpans(paraText, previousRanOn);
      while (nextToken < tokens.length && tokens[nextToken].start < start) nextToken++;
      let endToken = nextToken;
      while (endToken < tokens.length && tokens[endToken].end <= paragraph.end) endToken++;
      const paraTokens = tokens.slice(nextToken, endToken);
      const breaks = sentenceBreaks(paraText, start, spans, paraTokens);
      let sentenceStart = 0;
      const firstSentence = sentences.length;
      for (const end of [...breaks, paraText.length]) {
        const s = paraText.slice(sentenceStart, end);
        const lead2 = s.length - s.trimStart().length;
        if (s.trim()) {
          sentences.push({ index: sentences.length, paragraph: paragraph.index, start: start + sentenceStart + lead2, end: start + sentenceStart + s.trimEnd().length });
        }
        sentenceStart = end;
      }
      let within = firstSentence;
      spans.forEach((span, k) => {
        const open = start + span.open;
        // Spans are in order: the sentence holding this one is at or after the previous one's.
        while (within < sentences.length && sentences[within].end <= open) within++;
        const sentence = within < sentences.length && open >= sentences[within].start ? sentences[within] : sentences[sentences.length - 1];
        quotes.push({
          index: quotes.length,
          paragraph: paragraph.index,
          sentence: sentence.index,
          textStart: start + span.textStart,
          textEnd: start + span.textEnd,
          open,
          close: start + span.close,
          unterminated: span.unterminated,
          single: span.single,
          continuesParagraph: k === 0 && span.open === 0 && previousRanOn,
        });
      });
      previousRanOn = spans.some((s) => s.unterminated && !s.single);
    }
  }

  const { tokenSentence, tokenQuote } = locateTokens(tokens, sentences, quotes);
  return { text, sections, paragraphs, sentences, quotes, tokens, tokenSentence, tokenQuote };
}
