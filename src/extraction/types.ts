// What extraction makes of a raw wire text: the cleaned story and suggestions for an editor to
// confirm. Pure data: no database ids, so the CLI, the API and tests share it.

/** A person named in the story: the canonical full name and the forms the text uses. */
export interface ExtractedPerson {
  name: string;
  aliases: string[];
}

/** One span between quotation marks, in document order. */
export interface ExtractedQuote {
  text: string;
  /** The canonical name of a person in `people`, or null (an organisation, unnamed, unclear). */
  speaker: string | null;
  /** A short quoted phrase (scare quotes, a partial quote) rather than a full statement. */
  isFragment: boolean;
  /** Character offset of the quoted text in `body`. */
  position: number;
  /** The sentence around the quote. */
  context: string;
  /**
   * Set when the quote is not in `body`: it sits in the headline or in a dropped image caption, and
   * `position` is then an offset in that text.
   */
  section?: "headline" | "caption";
  /**
   * The attribution rule that decided the speaker (see src/extraction/rules.ts), absent when no
   * rule did: for evaluation and debugging, not stored.
   */
  attributedBy?: string;
}

/** A topic an article may be tagged with: what the database (or the sample catalog) offers. */
export interface TopicCandidate {
  slug: string;
  name: string;
  /** Extra words or phrases editors set on the topic, e.g. `embargo` for Sanctions. */
  keywords: string[];
  /** The parent topic's slug: a parent is not suggested next to one of its children. */
  parentSlug?: string | null;
}

export interface Extraction {
  headline: string | null;
  dateline: string | null;
  body: string;
  /** Lines removed as page junk (navigation, subscription prompts, captions, source lists). */
  droppedLines: string[];
  people: ExtractedPerson[];
  quotes: ExtractedQuote[];
  /** Slugs of suggested topics, best first. */
  topics: string[];
}
