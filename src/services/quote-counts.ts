// What counts as a quote of someone's, in a topic and period: the conditions a ranking of who is
// quoted (quote-leaders.service.ts) and the quote counts of people and topics (read/relations.ts)
// share, composed into kept plans (read/plans.ts) with their values bound per request.
//
// What counts is the rule of every other quote list (quote.service.ts quoteVisibleTo):
// readers count CONFIRMED quotes in articles that are PUBLISHED with publishedAt at or before the
// request's asOf; editors count what the filter asks for.
import { ArticleStatus, QuoteStatus } from "../entities";
import { Arguments, asOf, join, raw, Slot, sql, Sql } from "../read/sql";
import { seesUnpublished, Viewer } from "./viewer";

/** Which quotes a count includes; what Topic.quoteCount takes. */
export interface QuoteCountFilterValues {
  /** Only quotes in articles published at or after this time. */
  publishedAfter?: Date | null;
  /** Only quotes in articles published before this time. */
  publishedBefore?: Date | null;
  /** Quote statuses; CONFIRMED when absent. Readers count CONFIRMED only, whatever they ask. */
  status?: QuoteStatus[] | null;
  /** Article statuses; every status (editors) when absent. Readers count PUBLISHED only. */
  articleStatus?: ArticleStatus[] | null;
}

/** Which quotes a ranking includes; what quoteLeaders and Person.quoteCount take. */
export interface QuoteLeadersFilterValues extends QuoteCountFilterValues {
  /** Only quotes in articles tagged with the topic of this slug (not its subtopics). */
  topic?: string | null;
}

/** The publication order of an article as the indexes hold it (article and link indexes alike). */
export const publicationOrder = (column: string) => `coalesce(${column}, '-infinity'::timestamptz)`;

/** Statuses a viewer asks for, narrowed to those they may count. */
function allowed<T extends string>(
  asked: readonly T[] | null | undefined,
  fallback: readonly T[] | null,
  readerMay: T,
  viewer: Viewer,
): T[] | null {
  const wanted = asked ?? fallback;
  if (seesUnpublished(viewer)) return wanted ? [...wanted] : null;
  // Readers: a status they may not see is not refused, it just matches nothing, as in the quote
  // and article lists (QuoteFilter.status, ArticleFilter.status).
  return (wanted ?? [readerMay]).filter((status) => status === readerMay);
}

/**
 * The conditions on the counted quotes `q`, their articles `a` and the column holding each
 * article's publication time, `published` (the article's, or a link's copy of it kept by the
 * LinkPublicationOrder triggers), and whether they need the article `a` joined (callers that
 * drive from a link join it only then). Which conditions there are follows the filter's shape;
 * their values are bound per request (read/plans.ts).
 */
export function countConditions(
  viewer: Viewer,
  args: Arguments<QuoteCountFilterValues | null>,
  published: string,
): { where: Sql[]; needsArticle: boolean } {
  const where: Sql[] = [];
  const order = raw(publicationOrder(published));
  const quoteStatuses = args.slot((filter) => allowed(filter?.status, [QuoteStatus.CONFIRMED], QuoteStatus.CONFIRMED, viewer));
  where.push(sql`q.status = ANY(${quoteStatuses}::text[])`);
  let needsArticle = false;
  if (!seesUnpublished(viewer)) {
    const articleStatuses = args.slot((filter) => allowed(filter?.articleStatus, null, ArticleStatus.PUBLISHED, viewer));
    // The same rule as publishedCondition (viewer.ts); the bound on `published` lets an index on
    // the publication order stop at asOf.
    where.push(sql`a.status = ANY(${articleStatuses}::text[]) AND a.published_at <= ${asOf}`);
    where.push(sql`${order} <= ${asOf}`);
    needsArticle = true;
  } else if (args.now?.articleStatus) {
    where.push(sql`a.status = ANY(${args.slot((filter) => filter!.articleStatus)}::text[])`);
    needsArticle = true;
  }
  // Written on the indexed expression, so that the period is a range of the index. Unpublished
  // articles (no publication time, -infinity in that order) fall outside any period.
  if (args.now?.publishedAfter) where.push(sql`${order} >= ${args.slot((filter) => filter!.publishedAfter)}::timestamptz`);
  else if (args.now?.publishedBefore) where.push(sql`${order} > '-infinity'::timestamptz`);
  if (args.now?.publishedBefore) where.push(sql`${order} < ${args.slot((filter) => filter!.publishedBefore)}::timestamptz`);
  return { where, needsArticle };
}

/** The id of the topic whose slug the slot holds, as a subquery. */
export const topicIdOf = (slug: Slot) => sql`(SELECT topic.id FROM topic WHERE topic.slug = ${slug})`;

/**
 * How many of the quotes of the person `speakerId` (SQL) `filter` matches: their quoteCount in the
 * ranking of the same filter. From the speaker index (quote_speaker_created_at_idx).
 */
export function quoteCountOfSpeaker(viewer: Viewer, args: Arguments<QuoteLeadersFilterValues | null>, speakerId: Sql): Sql {
  const { where, needsArticle } = countConditions(viewer, args, "a.published_at");
  const windowed = Boolean(args.now?.publishedAfter || args.now?.publishedBefore);
  if (args.now?.topic) {
    const topicId = topicIdOf(args.slot((filter) => filter!.topic));
    where.push(sql`EXISTS (SELECT 1 FROM article_topic link WHERE link.article_id = q.article_id AND link.topic_id = ${topicId})`);
  }
  return sql`SELECT count(*)::int FROM quote q ${raw(needsArticle || windowed ? "JOIN article a ON a.id = q.article_id " : "")}WHERE q.speaker_id = ${speakerId} AND ${join(where, " AND ")}`;
}

/**
 * How many quotes, attributed or not, the articles of the topic `topicId` (SQL) hold that `filter`
 * matches. From the topic's link index, as a ranking by topic.
 */
export function quoteCountOfTopic(viewer: Viewer, args: Arguments<QuoteCountFilterValues | null>, topicId: Sql): Sql {
  const { where, needsArticle } = countConditions(viewer, args, "link.published_at");
  return sql`SELECT count(*)::int FROM article_topic link ${raw(needsArticle ? "JOIN article a ON a.id = link.article_id " : "")}JOIN quote q ON q.article_id = link.article_id WHERE link.topic_id = ${topicId} AND ${join(where, " AND ")}`;
}
