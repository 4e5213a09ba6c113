// The CPU-bound half of an ingest, pure and synchronous, so that it can run on the extraction
// worker thread: extraction itself, then everything that grows with the text (quote contexts,
// mention counts), bounded so that a draft stays linear in the size of what was pasted.
import { ExtractOptions, Extraction, extractArticle } from "../extraction";
import { countMentions } from "../extraction/tokens";
import { clipContext } from "./quote-context";

/**
 * Most people and quotes one ingest suggests. A real story names tens of people and quotes them
 * tens of times; text that yields thousands is not a story an editor would check line by line,
 * and each person costs a scan of the text to count their mentions.
 */
const MAX_SUGGESTED_PEOPLE = 200;
const MAX_SUGGESTED_QUOTES = 1000;

export interface IngestExtraction extends Extraction {
  /** Per person of `people`, how often the body names them (at least 1). */
  mentionCounts: number[];
}

export function extractForIngest(text: string, options: ExtractOptions = {}): IngestExtraction {
  const extraction = extractArticle(text, options);
  const people = extraction.people.slice(0, MAX_SUGGESTED_PEOPLE);
  const kept = new Set(people.map((person) => person.name));
  const quotes = extraction.quotes.slice(0, MAX_SUGGESTED_QUOTES).map((quote) => ({
    ...quote,
    speaker: quote.speaker !== null && kept.has(quote.speaker) ? quote.speaker : null,
    context: clipContext(quote.context, quote.text),
  }));
  const mentionCounts = people.map((person) => countMentions(extraction.body, [person.name, ...person.aliases]));
  return { ...extraction, people, quotes, mentionCounts };
}
