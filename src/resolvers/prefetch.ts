// Prefetching, the GraphQL side: reads from the query which relations of a field's result will be
// asked for, and plans their loading into the statement that reads the result itself, priming the
// loaders that the child resolvers then call. A front page, a person's page or a topic's page
// becomes one statement instead of one per level; each statement cost a round trip, a socket write
// and row parsing, which was most of a request's time.
//
// Only what a resolver would load is primed: the same loader, asked with the same arguments
// (argumentSignature), filled by the same query with the parent's key in place of the batch's
// keys. So a prefetch can save statements but never change an answer. Relations not listed here,
// and arguments not handled (a cursor, a filter), are left to the loaders.
import DataLoader from "dataloader";
import { getArgumentValues, GraphQLObjectType, GraphQLResolveInfo } from "graphql";
import { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Context } from "../context";
import { QuoteStatus } from "../entities";
import { ArticleRelation, articleRelations } from "../loaders/article.loaders";
import { PageRelation, pageRelations } from "../loaders/page.loaders";
import { prime } from "../loaders/primed";
import { snippetQuery, snippetTerm } from "../loaders/search.loaders";
import { articleQuery } from "../services/article.service";
import { jsonHydrator } from "../services/hydration";
import { orderedPage, Page, PageArgs, toPage } from "../services/pagination";
import { personQuery } from "../services/person.service";
import { asJsonArray, asJsonObject, Prefetch, statementOf, withPrefetches } from "../services/prefetch";
import { ColumnList } from "../services/sql";
import { topicQuery } from "../services/topic.service";
import { childSelections, columnsOf, FieldSelection, pageNeedsOf, ProjectedType } from "./selection";
import { MAX_PAGE_SIZE } from "./types/page.args";

type Args = Record<string, unknown>;

/** Where a prefetch is planned: its level below the statement's rows, and what the statement has left. */
interface Nesting {
  depth: number;
  budget: { remaining: number };
}

/** Plans the prefetch of one field of parents of some type, or declines (undefined). */
type Planner = (field: FieldSelection, args: Args, context: Context, nesting: Nesting) => Prefetch | undefined;

/** Levels below the first statement's rows; deeper relations are left to the loaders. */
const MAX_DEPTH = 3;

/**
 * Subqueries one statement may carry; the rest is left to the loaders. A query can name one field
 * under thousands of aliases, and a statement with thousands of subqueries would take longer to
 * plan than the loaders take to answer.
 */
const MAX_PREFETCHES = 24;

/**
 * Prefetches for the fields selected on `type` objects that `selection` returns (under nodes and
 * edges.node when `connection`).
 */
export function prefetchesFor(
  type: ProjectedType,
  selection: FieldSelection,
  context: Context,
  options: { connection?: boolean; nesting?: Nesting } = {},
): Prefetch[] {
  const nesting = options.nesting ?? { depth: 0, budget: { remaining: MAX_PREFETCHES } };
  if (nesting.depth >= MAX_DEPTH) return [];
  const objectType = selection.info.schema.getType(type) as GraphQLObjectType;
  const prefetches: Prefetch[] = [];
  for (const child of childSelections(selection, options.connection ?? false)) {
    if (nesting.budget.remaining <= 0) break;
    const name = child.fieldNodes[0].name.value;
    const plan = PLANNERS[type][name];
    if (!plan) continue;
    let args: Args;
    try {
      args = getArgumentValues(objectType.getFields()[name], child.fieldNodes[0], selection.info.variableValues);
    } catch {
      continue; // the field's resolver reports bad arguments
    }
    nesting.budget.remaining -= 1;
    const prefetch = plan(child, args, context, nesting);
    if (prefetch) prefetches.push(prefetch);
  }
  return prefetches;
}

function deeper(nesting: Nesting): Nesting {
  return { depth: nesting.depth + 1, budget: nesting.budget };
}

/**
 * The rows `rowsFor(parentKey)` selects, as JSON (an array, or one object for `single`), with
 * their own prefetches; `deliver` primes a loader with them.
 */
function related<T extends ObjectLiteral>(
  context: Context,
  options: {
    parentColumn: string;
    rowsFor: (parentKey: string) => SelectQueryBuilder<T>;
    single: boolean;
    nested: Prefetch[];
    nesting: Nesting;
    deliver: (parentKey: string, rows: ObjectLiteral[], hydrate: (row: ObjectLiteral) => T) => void;
  },
): Prefetch {
  return {
    parentColumn: options.parentColumn,
    build(parentKey) {
      const qb = options.rowsFor(parentKey);
      const rows = withPrefetches(statementOf(qb), qb.alias, options.nested, options.nesting.depth + 1);
      const hydrate = jsonHydrator<T>(context.manager, qb.expressionMap.mainAlias!.target, qb.alias);
      return {
        json: options.single ? asJsonObject(rows) : asJsonArray(rows),
        receive(key, json) {
          const list = options.single ? (json ? [json as ObjectLiteral] : []) : (json as ObjectLiteral[]);
          rows.receive(list);
          options.deliver(key, list, hydrate);
        },
      };
    },
  };
}

/** A list per article (topics, people, quotes…), primed into `loader`. */
function articleList<A, T extends ObjectLiteral>(
  context: Context,
  relation: ArticleRelation<A, T>,
  args: A,
  loader: DataLoader<string, T[]>,
  type: ProjectedType,
  field: FieldSelection,
  nesting: Nesting,
): Prefetch {
  return related(context, {
    parentColumn: "id",
    rowsFor: (parentKey) => relation.rows(args).andWhere(`${relation.articleKey} = ${parentKey}`),
    single: false,
    nested: prefetchesFor(type, field, context, { nesting: deeper(nesting) }),
    nesting,
    deliver: (key, rows, hydrate) => prime(loader, key, rows.map(hydrate)),
  });
}

/** The record a foreign key points at (a quote's speaker…), primed into `loader` (null: not visible). */
function record<T extends ObjectLiteral>(
  context: Context,
  query: SelectQueryBuilder<T>,
  parentColumn: string,
  loader: DataLoader<string, T | null>,
  type: ProjectedType,
  field: FieldSelection,
  nesting: Nesting,
): Prefetch {
  return related(context, {
    parentColumn,
    rowsFor: (parentKey) => query.clone().andWhere(`${query.alias}.id = ${parentKey}`),
    single: true,
    nested: prefetchesFor(type, field, context, { nesting: deeper(nesting) }),
    nesting,
    deliver: (key, rows, hydrate) => prime(loader, key, rows.length ? hydrate(rows[0]) : null),
  });
}

/**
 * The first page of a list under a parent, primed into the loader for exactly the page request the
 * resolver makes (pageRequest); its total is counted only if asked for, as the loader's would be.
 */
function firstPage<A extends PageArgs & { columns: ColumnList }, T extends ObjectLiteral>(
  context: Context,
  relation: PageRelation<A, T>,
  given: Args,
  loaders: { pages: (args: A) => DataLoader<string, Page<T>>; totals: (args: A) => DataLoader<string, number> },
  type: ProjectedType,
  field: FieldSelection,
  nesting: Nesting,
): Prefetch | undefined {
  const first = given.first;
  if (given.after != null || given.filter != null) return undefined;
  if (typeof first !== "number" || first < 0 || first > MAX_PAGE_SIZE) return undefined;
  const args = { first, after: null, filter: null, columns: columnsOf(field, type, true), ...pageNeedsOf(field) } as unknown as A;
  const loader = loaders.pages(args);
  const totals = loaders.totals(args);
  const ordering = relation.ordering(args);
  return related(context, {
    parentColumn: "id",
    rowsFor: (parentKey) => orderedPage(relation.base(args, parentKey), ordering, args),
    single: false,
    nested: prefetchesFor(type, field, context, { connection: true, nesting: deeper(nesting) }),
    nesting,
    deliver: (key, rows, hydrate) =>
      prime(
        loader,
        key,
        toPage(rows, hydrate, ordering, args, () => totals.load(key)),
      ),
  });
}

const PLANNERS: Record<ProjectedType, Record<string, Planner>> = {
  Article: {
    topics: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Topic", false);
      const relation = articleRelations(context.manager, context.viewer).topics;
      return articleList(context, relation, columns, context.loaders.topicsByArticleId(columns), "Topic", field, nesting);
    },
    people: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Person", false);
      const relation = articleRelations(context.manager, context.viewer).people;
      return articleList(context, relation, columns, context.loaders.peopleByArticleId(columns), "Person", field, nesting);
    },
    authors: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Person", false);
      const relation = articleRelations(context.manager, context.viewer).authors;
      return articleList(context, relation, columns, context.loaders.authorsByArticleId(columns), "Person", field, nesting);
    },
    quotes: (field, args, context, nesting) => {
      const quotes = { status: (args.status as QuoteStatus | undefined) ?? null, columns: columnsOf(field, "Quote", false) };
      const relation = articleRelations(context.manager, context.viewer).quotes;
      return articleList(context, relation, quotes, context.loaders.quotesByArticleId(quotes), "Quote", field, nesting);
    },
    snippet: (_field, args, context, nesting) => {
      const term = snippetTerm(typeof args.search === "string" ? args.search : "");
      if (!term) return undefined;
      const loader = context.loaders.snippetByArticleId(term);
      return related(context, {
        parentColumn: "id",
        rowsFor: (parentKey) => snippetQuery(context.manager, term).where(`article.id = ${parentKey}`),
        single: true,
        nested: [],
        nesting,
        deliver: (key, rows) => prime(loader, key, (rows[0]?.snippet as string | undefined) ?? null),
      });
    },
  },
  Quote: {
    speaker: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Person", false);
      // A reader is given a quote only when it is confirmed in a published article
      // (restrictToVisibleQuotes), and being quoted there makes its speaker visible
      // (person.service): the visibility check, three EXISTS per quote of a front page, would
      // always pass, so the speaker is read without it.
      const query = personQuery(context.manager, context.viewer, null, columns, { knownVisible: true });
      return record(context, query, "speaker_id", context.loaders.personById(columns), "Person", field, nesting);
    },
    article: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Article", false);
      // Likewise, a quote a reader is given is in an article published as of the same moment
      // (restrictToVisibleQuotes checks it with the same condition), so the check is left out.
      const query = articleQuery(context.manager, context.viewer, null, columns, { knownVisible: true });
      return record(context, query, "article_id", context.loaders.articleById(columns), "Article", field, nesting);
    },
  },
  Person: {
    quotes: (field, args, context, nesting) => {
      const relation = pageRelations(context.manager, context.viewer).quotesOfSpeaker;
      return firstPage(context, relation, args, context.loaders.quotesBySpeakerId, "Quote", field, nesting);
    },
    articles: (field, args, context, nesting) => {
      const relation = pageRelations(context.manager, context.viewer).articlesOfPerson;
      return firstPage(context, relation, args, context.loaders.articlesByPersonId, "Article", field, nesting);
    },
  },
  Topic: {
    parent: (field, _args, context, nesting) => {
      const columns = columnsOf(field, "Topic", false);
      const query = topicQuery(context.manager, null, columns);
      return record(context, query, "parent_id", context.loaders.topicById(columns), "Topic", field, nesting);
    },
    articles: (field, args, context, nesting) => {
      const relation = pageRelations(context.manager, context.viewer).articlesOfTopic;
      return firstPage(context, relation, args, context.loaders.articlesByTopicId, "Article", field, nesting);
    },
  },
};

/** Prefetches for the current field's result (a resolver's `info`), of type `type`. */
export function prefetchesOf(
  info: GraphQLResolveInfo,
  type: ProjectedType,
  context: Context,
  options: { connection?: boolean } = {},
): Prefetch[] {
  return prefetchesFor(type, { fieldNodes: info.fieldNodes, info }, context, options);
}
