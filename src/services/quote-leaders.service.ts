// Who is quoted: people ranked by how often they are quoted in a topic and period, and quote counts
// of people and topics. Plain SQL: two levels of aggregation, a keyset over aggregated values and
// a choice of driving table that decides the plan are more than the query builder says clearly.
//
// What counts is the rule of every other quote list (quote.service.ts restrictToVisibleQuotes):
// readers count CONFIRMED quotes in articles that are PUBLISHED with publishedAt at or before the
// request's asOf; editors count what the filter asks for.
import { createHash } from "node:crypto";
import { ReadTarget, runQuery } from "../db/reads";
import { ArticleStatus, Person, QuoteStatus } from "../entities";
import { Arguments, asOf, join, raw, sql, Sql } from "../read/sql";
import { rawHydrator } from "./hydration";
import { decodeCursor, encodeCursor } from "./pagination";
import { ColumnList } from "./sql";
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

/** One person's line in a ranking. */
export interface QuoteLeaderRow {
  personId: string;
  quoteCount: number;
  articleCount: number;
  firstQuotedAt: Date;
  lastQuotedAt: Date;
  /** The person, with the columns asked for (rankQuoteLeaders' personColumns), when asked for. */
  person?: Person;
}

export interface QuoteLeadersPage {
  nodes: QuoteLeaderRow[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** Positional parameters of one statement: `add` returns the placeholder of a value. */
class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
}

/** The publication order of an article as the indexes hold it (article and link indexes alike). */
const publicationOrder = (column: string) => `coalesce(${column}, '-infinity'::timestamptz)`;

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
 * drive from a link join it only then).
 */
function quoteConditions(
  viewer: Viewer,
  filter: QuoteCountFilterValues | null | undefined,
  published: string,
  params: Parameters,
): { where: string[]; needsArticle: boolean } {
  const where: string[] = [];
  let needsArticle = false;
  const quoteStatuses = allowed(filter?.status, [QuoteStatus.CONFIRMED], QuoteStatus.CONFIRMED, viewer)!;
  where.push(`q.status = ANY(${params.add(quoteStatuses, "text[]")})`);
  const articleStatuses = allowed(filter?.articleStatus, null, ArticleStatus.PUBLISHED, viewer);
  if (!seesUnpublished(viewer)) {
    const asOf = params.add(viewer.asOf, "timestamptz");
    // The same rule as publishedCondition (viewer.ts); the bound on `published` lets an index on
    // the publication order stop at asOf.
    where.push(`a.status = ANY(${params.add(articleStatuses, "text[]")}) AND a.published_at <= ${asOf}`);
    where.push(`${publicationOrder(published)} <= ${asOf}`);
    needsArticle = true;
  } else if (articleStatuses) {
    where.push(`a.status = ANY(${params.add(articleStatuses, "text[]")})`);
    needsArticle = true;
  }
  // Written on the indexed expression, so that the period is a range of the index. Unpublished
  // articles (no publication time, -infinity in that order) fall outside any period.
  if (filter?.publishedAfter) where.push(`${publicationOrder(published)} >= ${params.add(filter.publishedAfter, "timestamptz")}`);
  else if (filter?.publishedBefore) where.push(`${publicationOrder(published)} > '-infinity'::timestamptz`);
  if (filter?.publishedBefore) where.push(`${publicationOrder(published)} < ${params.add(filter.publishedBefore, "timestamptz")}`);
  return { where, needsArticle };
}

const topicIdOf = (slug: string, params: Parameters) => `(SELECT topic.id FROM topic WHERE topic.slug = ${params.add(slug)})`;

/**
 * One row per (speaker, article) of the attributed quotes a ranking counts: speaker_id, quotes,
 * first_at, last_at. A topic's articles come from its link index in publication order (the
 * period is a range of it); without a topic, from the article publication index. Quotes and the
 * articles' visibility are read from covering indexes (the QuoteLeaders migration).
 */
function perArticleSql(viewer: Viewer, filter: QuoteLeadersFilterValues | null | undefined, params: Parameters): string {
  if (filter?.topic) {
    const topicId = topicIdOf(filter.topic, params);
    const { where, needsArticle } = quoteConditions(viewer, filter, "link.published_at", params);
    return (
      `SELECT q.speaker_id, count(*) AS quotes, ` +
      // Unpublished work (editors only) has no publication time: when its quotes were recorded.
      `coalesce(link.published_at, min(q.created_at)) AS first_at, coalesce(link.published_at, max(q.created_at)) AS last_at ` +
      `FROM article_topic link ` +
      (needsArticle ? `JOIN article a ON a.id = link.article_id ` : "") +
      `JOIN quote q ON q.article_id = link.article_id ` +
      `WHERE link.topic_id = ${topicId} AND q.speaker_id IS NOT NULL AND ${where.join(" AND ")} ` +
      `GROUP BY q.speaker_id, q.article_id, link.published_at`
    );
  }
  const { where } = quoteConditions(viewer, filter, "a.published_at", params);
  return (
    `SELECT q.speaker_id, count(*) AS quotes, ` +
    `coalesce(a.published_at, min(q.created_at)) AS first_at, coalesce(a.published_at, max(q.created_at)) AS last_at ` +
    `FROM article a JOIN quote q ON q.article_id = a.id ` +
    `WHERE q.speaker_id IS NOT NULL AND ${where.join(" AND ")} ` +
    `GROUP BY q.speaker_id, q.article_id, a.published_at`
  );
}

/** Per speaker: quote_count, article_count, first_quoted_at, last_quoted_at. */
function perSpeakerSql(perArticle: string): string {
  return (
    `SELECT per_article.speaker_id, sum(per_article.quotes)::int AS quote_count, count(*)::int AS article_count, ` +
    `min(per_article.first_at) AS first_quoted_at, max(per_article.last_at) AS last_quoted_at ` +
    `FROM (${perArticle}) per_article GROUP BY per_article.speaker_id`
  );
}

// Cursors: [name, quote count, last quoted at (PostgreSQL text, microseconds), person id], written
// and checked as every list's (pagination.ts).
const CURSOR_NAME = "quote-leaders";
const CURSOR_CASTS = ["int", "timestamptz", "uuid"] as const;

interface LeaderCursor {
  quoteCount: number;
  lastQuotedAt: string;
  personId: string;
}

function leaderCursor(cursor: LeaderCursor): string {
  return encodeCursor(CURSOR_NAME, [String(cursor.quoteCount), cursor.lastQuotedAt, cursor.personId]);
}

function readLeaderCursor(text: string): LeaderCursor {
  const [quoteCount, lastQuotedAt, personId] = decodeCursor(CURSOR_NAME, CURSOR_CASTS, text);
  return { quoteCount: Number(quoteCount), lastQuotedAt, personId };
}

interface RankedRow {
  speaker_id: string;
  quote_count: number;
  article_count: number;
  first_quoted_at: Date;
  last_quoted_at: Date;
  last_cursor: string;
  total_count: number;
}

/**
 * People ranked by the quotes of theirs that `filter` matches: most quotes first, then the most
 * recently quoted, then by person id (descending), a total order the cursors follow. One statement
 * for the page and the list's size; a second only for the size of a list paged past its end.
 */
export async function rankQuoteLeaders(
  target: ReadTarget,
  viewer: Viewer,
  args: { first: number; after?: string | null; filter?: QuoteLeadersFilterValues | null },
  personColumns?: ColumnList,
): Promise<QuoteLeadersPage> {
  const after = args.after ? readLeaderCursor(args.after) : null;
  const params = new Parameters();
  const perSpeaker = perSpeakerSql(perArticleSql(viewer, args.filter, params));
  // The list's size comes with the page, counted before the cursor narrows it.
  const ranked = `SELECT per_speaker.*, count(*) OVER ()::int AS total_count FROM (${perSpeaker}) per_speaker`;
  const keyset = after
    ? `WHERE (ranked.quote_count, ranked.last_quoted_at, ranked.speaker_id) < ` +
      `(${params.add(after.quoteCount, "int")}, ${params.add(after.lastQuotedAt, "timestamptz")}, ${params.add(after.personId, "uuid")}) `
    : "";
  const order = (alias: string) => `${alias}.quote_count DESC, ${alias}.last_quoted_at DESC, ${alias}.speaker_id DESC`;
  const page =
    `SELECT ranked.*, ranked.last_quoted_at::text AS last_cursor FROM (${ranked}) ranked ${keyset}` +
    `ORDER BY ${order("ranked")} LIMIT ${params.add(args.first + 1, "int")}`;
  // The page's people in the same statement (a loader would take another): the columns the query
  // asks of them, named as rawHydrator reads them.
  const metadata = target.manager.connection.getMetadata(Person);
  const personSelect = (personColumns ?? []).map((property) => {
    const column = metadata.findColumnWithPropertyName(property)!.databaseName;
    return `, person."${column}" AS "person_${column}"`;
  });
  const sql = personColumns
    ? `SELECT page.*${personSelect.join("")} FROM (${page}) page LEFT JOIN person ON person.id = page.speaker_id ORDER BY ${order("page")}`
    : page;
  // A ranking of a period is planned once per connection, generically: whatever the topic and
  // period, the plan is the same walk of the period's articles (planning it each time cost
  // PostgreSQL more than running it for most topics). Without a period the best plan depends on how
  // much of all time the topic covers (a walk of a rare topic, a hash join of a popular one), so it
  // is planned for its values.
  const windowed = Boolean(args.filter?.publishedAfter || args.filter?.publishedBefore);
  // Named by its text: texts differ only by which filters and person columns a query asks for.
  const name = windowed ? `newsdesk_ranking_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}` : undefined;
  const rows = (await runQuery(target, sql, params.values, { name, planEachTime: !windowed })) as unknown as RankedRow[];
  const { manager } = target;
  const visible = rows.slice(0, args.first);
  const hydratePerson = rawHydrator<Person>(manager, Person, "person");
  const countParams = new Parameters();
  let total: Promise<number> | undefined;
  return {
    nodes: visible.map((row) => ({
      personId: row.speaker_id,
      quoteCount: row.quote_count,
      articleCount: row.article_count,
      firstQuotedAt: row.first_quoted_at,
      lastQuotedAt: row.last_quoted_at,
      person: personColumns && (row as unknown as { person_id: string | null }).person_id ? hydratePerson(row) : undefined,
    })),
    cursors: visible.map((row) => leaderCursor({ quoteCount: row.quote_count, lastQuotedAt: row.last_cursor, personId: row.speaker_id })),
    hasNextPage: rows.length > args.first,
    hasPreviousPage: Boolean(after),
    totalCount: () => {
      if (rows.length) return Promise.resolve(rows[0].total_count);
      if (!after) return Promise.resolve(0);
      // Paged past the end: the page carries no size.
      total ??= manager
        .query(
          `SELECT count(*)::int AS total_count FROM (${perSpeakerSql(perArticleSql(viewer, args.filter, countParams))}) per_speaker`,
          countParams.values,
        )
        .then((found: { total_count: number }[]) => found[0].total_count);
      return total;
    },
  };
}

/**
 * quoteConditions as SQL with slots, for counts composed into a kept plan (read/plans.ts): which
 * conditions there are follows the filter's shape; their values are bound per request.
 */
function countConditions(
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
    where.push(sql`a.status = ANY(${articleStatuses}::text[]) AND a.published_at <= ${asOf}`);
    where.push(sql`${order} <= ${asOf}`);
    needsArticle = true;
  } else if (args.now?.articleStatus) {
    where.push(sql`a.status = ANY(${args.slot((filter) => filter!.articleStatus)}::text[])`);
    needsArticle = true;
  }
  if (args.now?.publishedAfter) where.push(sql`${order} >= ${args.slot((filter) => filter!.publishedAfter)}::timestamptz`);
  else if (args.now?.publishedBefore) where.push(sql`${order} > '-infinity'::timestamptz`);
  if (args.now?.publishedBefore) where.push(sql`${order} < ${args.slot((filter) => filter!.publishedBefore)}::timestamptz`);
  return { where, needsArticle };
}

/**
 * How many of the quotes of the person `speakerId` (SQL) `filter` matches: their quoteCount in the
 * ranking of the same filter. From the speaker index (quote_speaker_created_at_idx).
 */
export function quoteCountOfSpeaker(viewer: Viewer, args: Arguments<QuoteLeadersFilterValues | null>, speakerId: Sql): Sql {
  const { where, needsArticle } = countConditions(viewer, args, "a.published_at");
  const windowed = Boolean(args.now?.publishedAfter || args.now?.publishedBefore);
  if (args.now?.topic) {
    const topic = args.slot((filter) => filter!.topic);
    where.push(
      sql`EXISTS (SELECT 1 FROM article_topic link WHERE link.article_id = q.article_id AND link.topic_id = (SELECT topic.id FROM topic WHERE topic.slug = ${topic}))`,
    );
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
