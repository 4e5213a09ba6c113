// The sample topic tree (src/seed/sample-catalog.ts, with its keywords) as extraction input. Used by
// the CLI and the evaluation when no database is at hand; the database holds the same tree.
import { SAMPLE_TOPICS, SampleTopic } from "../seed/sample-catalog";
import { TopicCandidate } from "./types";

function flatten(topics: SampleTopic[], parentSlug: string | null = null): TopicCandidate[] {
  return topics.flatMap((t) => [
    { slug: t.slug, name: t.name, keywords: t.keywords ?? [], parentSlug },
    ...flatten(t.children ?? [], t.slug),
  ]);
}

/** SAMPLE_TOPICS flattened, parents before their children. */
export const SAMPLE_TOPIC_CANDIDATES: TopicCandidate[] = flatten(SAMPLE_TOPICS);
