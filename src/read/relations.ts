// The relation registry: every relation a GraphQL field follows, declared once, as data. The
// loaders (read/loaders.ts), the prefetch planner (read/prefetch.ts), the columns a type always
// selects (resolvers/selection.ts) and the field resolvers' loads (read/resolve.ts) are derived
// from these entries; adding a relation is one entry here plus its field on the type.
//
// Each entry says what a reader is held to (`visibility`): the rows it selects apply the rule,
// or the entry says why its parent's visibility already implies it.
import { EntityManager, ObjectLiteral } from "typeorm";
import { Article, ArticleRevision, Person, Quote, QuoteStatus, Topic } from "../entities";
import { ArticleFilterValues, articleQuery, linkPublicationOrdering } from "../services/article.service";
import { Ordering, PageArgs } from "../services/pagination";
import { personQuery } from "../services/person.service";
import { QuoteCountFilterValues, quoteCountOfSpeaker, quoteCountOfTopic, QuoteLeadersFilterValues } from "../services/quote-counts";
import { NEWEST_QUOTES_FIRST, QuoteFilterValues, quoteQuery, quoteVisibleTo } from "../services/quote.service";
import { ColumnList } from "../services/sql";
import { topicQuery } from "../services/topic.service";
import { Viewer } from "../services/viewer";
import { Select } from "./select";
import { Arguments, NO_ARGUMENTS, raw, Slot, sql, Sql } from "./sql";

/** The entity class behind each object type whose rows are entities. */
export const ENTITY_CLASSES = { Article, Person, Quote, Topic } as const;

export type EntityType = keyof typeof ENTITY_CLASSES;

/** Who reads, through which manager. */
export interface ReadScope {
  manager: EntityManager;
  viewer: Viewer;
}

/** Reading a type's rows by id: the rows `viewer` may see (`knownVisible`: skip the check). */
export const SOURCES: Record<EntityType, (scope: ReadScope, columns: ColumnList | undefined, knownVisible?: boolean) => Select> = {
  Article: (scope, columns, knownVisible) => articleQuery(scope.manager, scope.viewer, NO_ARGUMENTS, columns, { knownVisible }),
  Person: (scope, columns, knownVisible) => personQuery(scope.manager, scope.viewer, NO_ARGUMENTS, columns, { knownVisible }),
  Quote: (scope, columns) => quoteQuery(scope.manager, scope.viewer, NO_ARGUMENTS, columns),
  Topic: (scope, columns) => topicQuery(scope.manager, NO_ARGUMENTS, columns),
};

interface RelationBase {
  /** The type and field the relation serves. */
  parent: EntityType;
  field: string;
  /** What a reader may see through it, and where that rule is applied. */
  visibility: string;
}

/** The record a foreign key of the parent points at (a quote's speaker). */
export interface RecordRelation extends RelationBase {
  kind: "record";
  target: EntityType;
  /** The parent's property holding the key (always selected with the parent). */
  foreignKey: string;
  /** A visible parent implies a visible target, so a prefetch may leave the target's check out. */
  impliedByParent: boolean;
}

/** A whole list per parent, in a fixed order (an article's topics). */
export interface ListRelation<A = unknown> extends RelationBase {
  kind: "list";
  target: EntityType | "ArticleRevision";
  /** The loader's name in the request's loaders. */
  loader: string;
  /** The loader's arguments besides the columns, from the field's arguments. */
  arguments(fieldArgs: Record<string, unknown>): A;
  /** The rows for every parent, ordered; `parentKey` is the SQL of the parent a row belongs to. */
  rows(scope: ReadScope, args: Arguments<A>, columns: ColumnList | undefined): Select;
  parentKey: Sql;
  /** Whether the list is read at all for this viewer (an article's history: editors only). */
  readableBy?(viewer: Viewer): boolean;
}

/** A paginated list per parent (a person's quotes): one page for every parent in one statement. */
export interface PageRelation<F = unknown> extends RelationBase {
  kind: "page";
  target: EntityType;
  loader: string;
  /** The list under the parent whose id is the SQL `parentId`: filters, no order or page. */
  base(scope: ReadScope, args: Arguments<PageArgs & { filter?: F | null }>, columns: ColumnList, parentId: Sql): Select;
  ordering: Ordering;
  /** Plan a batch of one parent with that parent's statistics (see fetchPagesForParents). */
  planPerParent: boolean;
  /**
   * Prefetch the page by its keys first, then read its rows (pagination.keysFirstPage): when an
   * index covers the base's conditions and order but not every column a page may select.
   */
  keysFirst?: boolean;
}

/** A value computed per parent (a search snippet, a count). */
export interface ValueRelation<A = unknown> extends RelationBase {
  kind: "value";
  loader: string;
  /** The loader's argument from the field's arguments; undefined: the field is null. */
  argument(fieldArgs: Record<string, unknown>): A | undefined;
  /** The value for the parent `id`, as SQL with the argument's values as slots. */
  expression(scope: ReadScope, args: Arguments<A>, id: Sql): Sql;
}

export type Relation = RecordRelation | ListRelation | PageRelation | ValueRelation;

/** Rows of `entity` joined to the article through the link table `link` (on `linkColumn`), ordered. */
function linkedToArticle<T extends ObjectLiteral>(
  source: (scope: ReadScope, columns: ColumnList | undefined) => Select<T>,
  link: string,
  linkColumn: string,
  order: (query: Select<T>) => Select<T>,
) {
  return (scope: ReadScope, _args: Arguments<unknown>, columns: ColumnList | undefined) => {
    const rows = source(scope, columns);
    return order(rows.join(raw(`INNER JOIN ${link} link ON link.${linkColumn} = ${rows.alias}.id`)));
  };
}

/** Articles linked to the parent through `link` (its parent column `parentColumn`), newest first. */
function articlesUnder(link: string, parentColumn: string) {
  return (scope: ReadScope, args: Arguments<{ filter?: ArticleFilterValues | null }>, columns: ColumnList, parentId: Sql) =>
    articleQuery(scope.manager, scope.viewer, args, columns).join(
      sql`INNER JOIN ${raw(link)} parent_link ON parent_link.article_id = article.id AND parent_link.${raw(parentColumn)} = ${parentId}`,
    );
}

/**
 * The snippet of article `id` for `search`, as migration SearchWindow defines it; what depends on
 * the search alone is worked out once per statement (InitPlans), not once per article.
 */
function articleSnippet(search: Slot, id: Sql): Sql {
  return sql`SELECT article_search_passage(snippet_article.body, (SELECT article_search_highlight(${search})),
    (SELECT article_search_first_word(${search}))) FROM article snippet_article WHERE snippet_article.id = ${id}`;
}

/**
 * The part of a search a snippet highlights ("" for none): long searches are cut. The passage and
 * its markup (matched words in <b>…</b>) are article_search_snippet's (migration SearchWindow).
 */
export function snippetTerm(search: string): string {
  return search.trim().slice(0, 200);
}

const ARTICLE_LINK = "a reader reaches it only through an article they may see (the parent's rule)";

export const RELATIONS: readonly Relation[] = [
  {
    kind: "list",
    parent: "Article",
    field: "topics",
    target: "Topic",
    loader: "topicsByArticleId",
    visibility: `topics are public; ${ARTICLE_LINK}`,
    arguments: () => ({}),
    rows: linkedToArticle(
      (scope, columns) => topicQuery(scope.manager, NO_ARGUMENTS, columns),
      "article_topic",
      "topic_id",
      (query) => query.orderBy(raw("topic.name"), "ASC").orderBy(raw("topic.id"), "ASC"),
    ),
    parentKey: raw("link.article_id"),
  },
  {
    kind: "list",
    parent: "Article",
    field: "people",
    target: "Person",
    loader: "peopleByArticleId",
    visibility: `a person mentioned in a visible article is visible (person.service); ${ARTICLE_LINK}`,
    arguments: () => ({}),
    rows: linkedToArticle(
      (scope, columns) => SOURCES.Person(scope, columns, true),
      "article_person",
      "person_id",
      (query) => query.orderBy(raw("link.mention_count"), "DESC").orderBy(raw("person.name"), "ASC").orderBy(raw("person.id"), "ASC"),
    ),
    parentKey: raw("link.article_id"),
  },
  {
    kind: "list",
    parent: "Article",
    field: "authors",
    target: "Person",
    loader: "authorsByArticleId",
    visibility: `a person on the byline of a visible article is visible (person.service); ${ARTICLE_LINK}`,
    arguments: () => ({}),
    rows: linkedToArticle(
      (scope, columns) => SOURCES.Person(scope, columns, true),
      "article_author",
      "person_id",
      (query) => query.orderBy(raw("link.position"), "ASC"),
    ),
    parentKey: raw("link.article_id"),
  },
  {
    kind: "list",
    parent: "Article",
    field: "quotes",
    target: "Quote",
    loader: "quotesByArticleId",
    visibility: "readers: confirmed quotes in published articles (quoteVisibleTo, in the rows)",
    arguments: (fieldArgs) => ({ status: (fieldArgs.status as QuoteStatus | undefined) ?? null }),
    rows: (scope, args: Arguments<{ status: QuoteStatus | null }>, columns) => {
      const rows = new Select(scope.manager, Quote, "quote")
        .columns(columns)
        .orderBy(raw("quote.position"), "ASC", "NULLS LAST")
        .orderBy(raw("quote.created_at"), "ASC")
        .orderBy(raw("quote.id"), "ASC");
      if (args.now.status) rows.where(sql`quote.status = ${args.slot((values) => values.status)}`);
      const visible = quoteVisibleTo(scope.viewer, "quote");
      return visible ? rows.where(visible) : rows;
    },
    parentKey: raw("quote.article_id"),
  } satisfies ListRelation<{ status: QuoteStatus | null }>,
  {
    kind: "list",
    parent: "Article",
    field: "revisions",
    target: "ArticleRevision",
    loader: "revisionsByArticleId",
    visibility: "editors only (readableBy): readers get an empty list",
    arguments: () => ({}),
    rows: (scope) => new Select(scope.manager, ArticleRevision, "revision").columns(undefined).orderBy(raw("revision.version"), "DESC"),
    parentKey: raw("revision.article_id"),
    readableBy: (viewer) => viewer.role !== "reader",
  },
  {
    kind: "list",
    parent: "Topic",
    field: "children",
    target: "Topic",
    loader: "childrenByTopicId",
    visibility: "topics are public",
    arguments: () => ({}),
    rows: (scope, _args, columns) =>
      topicQuery(scope.manager, NO_ARGUMENTS, columns).orderBy(raw("topic.name"), "ASC").orderBy(raw("topic.id"), "ASC"),
    parentKey: raw("topic.parent_id"),
  },
  {
    kind: "record",
    parent: "Quote",
    field: "speaker",
    target: "Person",
    foreignKey: "speakerId",
    // A reader is given a quote only when it is confirmed in a published article, and being quoted
    // there makes its speaker visible: the check (three EXISTS per quote of a front page) would
    // always pass.
    impliedByParent: true,
    visibility: "the speaker of a quote a reader may see is visible (confirmed, in published work)",
  },
  {
    kind: "record",
    parent: "Quote",
    field: "article",
    target: "Article",
    foreignKey: "articleId",
    // A quote a reader is given is in an article published as of the same moment (quoteVisibleTo
    // checks it with the same condition).
    impliedByParent: true,
    visibility: "the article of a quote a reader may see is published",
  },
  {
    kind: "record",
    parent: "Topic",
    field: "parent",
    target: "Topic",
    foreignKey: "parentId",
    impliedByParent: true,
    visibility: "topics are public",
  },
  {
    kind: "page",
    parent: "Person",
    field: "quotes",
    target: "Quote",
    loader: "quotesBySpeakerId",
    visibility: "readers: confirmed quotes in published articles (quoteQuery)",
    base: (scope, args: Arguments<PageArgs & { filter?: QuoteFilterValues | null }>, columns, parentId) =>
      quoteQuery(scope.manager, scope.viewer, args, columns).where(sql`quote.speaker_id = ${parentId}`),
    ordering: NEWEST_QUOTES_FIRST,
    // quote_speaker_created_at_idx is ordered within each speaker, and covers a reader's
    // conditions (status, article_id: migration SpeakerQuotePages) but not the text.
    planPerParent: true,
    keysFirst: true,
  } satisfies PageRelation<QuoteFilterValues>,
  {
    kind: "page",
    parent: "Person",
    field: "articles",
    target: "Article",
    loader: "articlesByPersonId",
    visibility: "readers: published articles (articleQuery)",
    base: articlesUnder("article_person", "person_id"),
    ordering: linkPublicationOrdering("parent_link"),
    // The link's index is ordered within each parent.
    planPerParent: true,
  } satisfies PageRelation<ArticleFilterValues> as PageRelation,
  {
    kind: "page",
    parent: "Topic",
    field: "articles",
    target: "Article",
    loader: "articlesByTopicId",
    visibility: "readers: published articles (articleQuery)",
    base: articlesUnder("article_topic", "topic_id"),
    ordering: linkPublicationOrdering("parent_link"),
    planPerParent: true,
  } satisfies PageRelation<ArticleFilterValues> as PageRelation,
  {
    kind: "value",
    parent: "Article",
    field: "snippet",
    loader: "snippetByArticleId",
    visibility: "a passage of an article the reader was given",
    argument: (fieldArgs) => (typeof fieldArgs.search === "string" ? snippetTerm(fieldArgs.search) || undefined : undefined),
    expression: (_scope, args: Arguments<string>, id) =>
      articleSnippet(
        args.slot((term) => term),
        id,
      ),
  },
  {
    kind: "value",
    parent: "Person",
    field: "quoteCount",
    loader: "quoteCountBySpeakerId",
    visibility: "readers count confirmed quotes in published work only (quote-counts.ts countConditions)",
    argument: (fieldArgs) => (fieldArgs.filter as QuoteLeadersFilterValues | undefined) ?? null,
    expression: (scope, args: Arguments<QuoteLeadersFilterValues | null>, id) => quoteCountOfSpeaker(scope.viewer, args, id),
  } satisfies ValueRelation<QuoteLeadersFilterValues | null>,
  {
    kind: "value",
    parent: "Topic",
    field: "quoteCount",
    loader: "quoteCountByTopicId",
    visibility: "readers count confirmed quotes in published work only (quote-counts.ts countConditions)",
    argument: (fieldArgs) => (fieldArgs.filter as QuoteCountFilterValues | undefined) ?? null,
    expression: (scope, args: Arguments<QuoteCountFilterValues | null>, id) => quoteCountOfTopic(scope.viewer, args, id),
  } satisfies ValueRelation<QuoteCountFilterValues | null>,
];

/** The entry serving `type.field`, if any. */
export function relationOf(type: string, field: string): Relation | undefined {
  return BY_FIELD.get(`${type}.${field}`);
}

const BY_FIELD = new Map(RELATIONS.map((relation) => [`${relation.parent}.${relation.field}`, relation]));

/** The foreign key each record relation of `type` follows, by the relation's field. */
export function foreignKeysOf(type: EntityType): Map<string, string> {
  return new Map(
    RELATIONS.filter((relation): relation is RecordRelation => relation.kind === "record" && relation.parent === type).map((relation) => [
      relation.field,
      relation.foreignKey,
    ]),
  );
}
