// Extraction entry point: raw pasted article text in, a draft for an editor to confirm out
// (cleaned story, people, quotes with speakers, topic suggestions). Pure and synchronous: no
// database, no network, no model files.
import { headingName } from "./attribution";
import { captionText, cleanText } from "./clean";
import { findPeople } from "./people";
import { extractQuotes } from "./quotes";
import { buildDoc } from "./sentences";
import { suggestTopics } from "./topics";
import { ExtractedQuote, Extraction, TopicCandidate } from "./types";

export * from "./types";
export { SAMPLE_TOPIC_CANDIDATES } from "./sample-topics";

export interface ExtractOptions {
  /** The topic tree to suggest from; no topics are suggested without it. */
  topics?: TopicCandidate[];
}

export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  const cleaned = cleanText(text);
  // Headline and captions are read too: they name people and can hold quotes.
  const doc = buildDoc([
    { kind: "headline", text: cleaned.headline ?? "" },
    { kind: "body", text: cleaned.body },
    ...cleaned.captions.map((caption) => ({ kind: "caption" as const, text: captionText(caption) })),
  ]);
  // (A statement heading's speaker is a person: "Statement by Mamnoon Hussain".)
  // (Each tail of its name: "Agriculture Jane Roe" holds "Jane Roe".)
  const headingNames = cleaned.statementHeadings.flatMap((h) => headingName(h.speaker).split(" ").map((_w, k, all) => all.slice(k).join(" ")));
  const labels = [...cleaned.speakerLabels.map((l) => l.name), ...headingNames];
  const found = findPeople(doc, labels);
  const quotes: ExtractedQuote[] = extractQuotes(doc, found, cleaned.speakerLabels, cleaned.statementHeadings).map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? null : found.people[q.speaker].name,
    isFragment: q.isFragment,
    position: q.position,
    context: q.context,
    ...(q.section === "body" ? {} : { section: q.section }),
    ...(q.rule ? { attributedBy: q.rule } : {}),
  }));
  return {
    headline: cleaned.headline,
    dateline: cleaned.dateline,
    body: cleaned.body,
    droppedLines: cleaned.droppedLines,
    people: found.people.map((p) => ({ name: p.name, aliases: p.aliases })),
    quotes,
    topics: options.topics ? suggestTopics(cleaned.headline, cleaned.body, options.topics) : [],
  };
}

/** The CLI's `--json` shape: exactly these keys, quotes without position and context. */
export interface ExtractionJson {
  headline: string | null;
  dateline: string | null;
  body: string;
  droppedLines: string[];
  people: { name: string; aliases: string[] }[];
  quotes: { text: string; speaker: string | null; isFragment: boolean }[];
  topics: string[];
}

export function toExtractionJson(extraction: Extraction): ExtractionJson {
  return {
    headline: extraction.headline,
    dateline: extraction.dateline,
    body: extraction.body,
    droppedLines: extraction.droppedLines,
    people: extraction.people.map((p) => ({ name: p.name, aliases: [...p.aliases] })),
    quotes: extraction.quotes.map((q) => ({ text: q.text, speaker: q.speaker, isFragment: q.isFragment })),
    topics: extraction.topics,
  };
}
