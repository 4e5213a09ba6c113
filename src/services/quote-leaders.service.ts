// Who is quoted: people ranked by how often they are quoted in a topic and period. Plain SQL: two
// levels of aggregation, a keyset over aggregated values and a choice of driving table that decides
// the plan are more than the query builder says clearly. What counts is quote-counts.ts'.
import { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context";
import { runRead } from "../db/reads";
import { Person } from "../entities";
import { readRows } from "../read/plans";
import { Arguments, bindingsAt, compile, join, knownArguments, raw, sql, Sql } from "../read/sql";
import { rawHydrator } from "./hydration";
import { decodeCursor, encodeCursor } from "./pagination";
import { countConditions, QuoteLeadersFilterValues, topicIdOf } from "./quote-counts";
import { ColumnList } from "./sql";
import { Viewer } from "./viewer";

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
  readonly cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** The arguments a ranking's statement reads: its cursor decoded. */
interface RankingArgs {
  first: number;
  after: LeaderCursor | null;
  filter: QuoteLeadersFilterValues | null;
}

/** The filter's arguments of a ranking's. */
function filterArguments(args: Arguments<RankingArgs>): Arguments<QuoteLeadersFilterValues | null> {
  return { now: args.now.filter, slot: (read) => args.slot((ranking) => read(ranking.filter)) };
}

/**
 * One row per (speaker, article) of the attributed quotes a ranking counts: speaker_id, quotes,
 * first_at, last_at. A topic's articles come from its link index in publication order (the
 * period is a range of it); without a topic, from the article publication index. Quotes and the
 * articles' visibility are read from covering indexes (the QuoteLeaders migration).
 */
function perArticleSql(viewer: Viewer, args: Arguments<QuoteLeadersFilterValues | null>): Sql {
  const byTopic = Boolean(args.now?.topic);
  const publishedColumn = byTopic ? "link.published_at" : "a.published_at";
  const published = raw(publishedColumn);
  const { where, needsArticle } = countConditions(viewer, args, publishedColumn);
  const from = byTopic
    ? sql`article_topic link ${raw(needsArticle ? "JOIN article a ON a.id = link.article_id " : "")}JOIN quote q ON q.article_id = link.article_id WHERE link.topic_id = ${topicIdOf(args.slot((filter) => filter!.topic))} AND`
    : sql`article a JOIN quote q ON q.article_id = a.id WHERE`;
  // Unpublished work (editors only) has no publication time: when its quotes were recorded.
  return sql`SELECT q.speaker_id, count(*) AS quotes, coalesce(${published}, min(q.created_at)) AS first_at, coalesce(${published}, max(q.created_at)) AS last_at FROM ${from} q.speaker_id IS NOT NULL AND ${join(where, " AND ")} GROUP BY q.speaker_id, q.article_id, ${published}`;
}

/** Per speaker: quote_count, article_count, first_quoted_at, last_quoted_at. */
function perSpeakerSql(perArticle: Sql): Sql {
  return sql`SELECT per_article.speaker_id, sum(per_article.quotes)::int AS quote_count, count(*)::int AS article_count, min(per_article.first_at) AS first_quoted_at, max(per_article.last_at) AS last_quoted_at FROM (${perArticle}) per_article GROUP BY per_article.speaker_id`;
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

const LEADER_ORDER = (alias: string) => raw(`${alias}.quote_count DESC, ${alias}.last_quoted_at DESC, ${alias}.speaker_id DESC`);

/**
 * The page of a ranking (one more row than asked for, to tell whether another follows), each row
 * with the size of the whole ranking, counted before the cursor narrows it, and with the people's
 * `personColumns` (named as rawHydrator reads them) when asked for: a loader would take another
 * statement.
 */
function rankingSql(viewer: Viewer, args: Arguments<RankingArgs>, personColumns: string[] | undefined): Sql {
  const perSpeaker = perSpeakerSql(perArticleSql(viewer, filterArguments(args)));
  const ranked = sql`SELECT per_speaker.*, count(*) OVER ()::int AS total_count FROM (${perSpeaker}) per_speaker`;
  const keyset = args.now.after
    ? sql`WHERE (ranked.quote_count, ranked.last_quoted_at, ranked.speaker_id) < (${args.slot((a) => a.after!.quoteCount)}::int, ${args.slot((a) => a.after!.lastQuotedAt)}::timestamptz, ${args.slot((a) => a.after!.personId)}::uuid) `
    : raw("");
  const page = sql`SELECT ranked.*, ranked.last_quoted_at::text AS last_cursor FROM (${ranked}) ranked ${keyset}ORDER BY ${LEADER_ORDER("ranked")} LIMIT ${args.slot((a) => a.first + 1)}::int`;
  if (!personColumns) return page;
  const people = personColumns.map((column) => `, person."${column}" AS "person_${column}"`).join("");
  return sql`SELECT page.*${raw(people)} FROM (${page}) page LEFT JOIN person ON person.id = page.speaker_id ORDER BY ${LEADER_ORDER("page")}`;
}

/**
 * People ranked by the quotes of theirs that `filter` matches: most quotes first, then the most
 * recently quoted, then by person id (descending), a total order the cursors follow. One statement
 * for the page and the list's size, a kept plan of the request's document (read/plans.ts); a second
 * only for the size of a list paged past its end.
 */
export async function rankQuoteLeaders(
  context: Context,
  info: GraphQLResolveInfo,
  args: { first: number; after?: string | null; filter?: QuoteLeadersFilterValues | null },
  personColumns?: ColumnList,
): Promise<QuoteLeadersPage> {
  const { manager, viewer } = context;
  const ranking: RankingArgs = { first: args.first, after: args.after ? readLeaderCursor(args.after) : null, filter: args.filter ?? null };
  const rows = (await readRows(context, info, ranking, (bound) => {
    const metadata = manager.connection.getMetadata(Person);
    const columns = personColumns?.map((property) => metadata.findColumnWithPropertyName(property)!.databaseName);
    // A ranking of a period is planned once per connection, generically: whatever the topic and
    // period, the plan is the same walk of the period's articles (planning it each time cost
    // PostgreSQL more than running it for most topics). Without a period the best plan depends on
    // how much of all time the topic covers (a walk of a rare topic, a hash join of a popular one),
    // so it is planned for its values.
    const windowed = Boolean(bound.now.filter?.publishedAfter || bound.now.filter?.publishedBefore);
    return { statement: rankingSql(viewer, bound, columns), planEachTime: !windowed };
  })) as unknown as RankedRow[];
  const visible = rows.slice(0, args.first);
  const hydratePerson = rawHydrator<Person>(manager, Person, "person");
  let cursors: string[] | undefined;
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
    // Encoded when a client asks for them.
    get cursors() {
      cursors ??= visible.map((row) =>
        leaderCursor({ quoteCount: row.quote_count, lastQuotedAt: row.last_cursor, personId: row.speaker_id }),
      );
      return cursors;
    },
    hasNextPage: rows.length > args.first,
    hasPreviousPage: Boolean(ranking.after),
    totalCount: () => {
      if (rows.length) return Promise.resolve(rows[0].total_count);
      if (!ranking.after) return Promise.resolve(0);
      // Paged past the end: the page carries no size.
      const counted = compile(
        sql`SELECT count(*)::int AS total_count FROM (${perSpeakerSql(perArticleSql(viewer, knownArguments(ranking.filter)))}) per_speaker`,
      );
      total ??= runRead(context, counted, bindingsAt(viewer.asOf), { unprepared: true }).then(
        (found) => (found[0] as { total_count: number }).total_count,
      );
      return total;
    },
  };
}
