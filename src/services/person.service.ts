// Reading people: the `people` list with typo-tolerant name search, and lookups.
import { EntityManager, SelectQueryBuilder } from "typeorm";
import { Person } from "../entities";
import { fetchPage, fingerprint, Ordering, Page, PageArgs } from "./pagination";
import { firstWithPrefetches, Prefetch } from "./prefetch";
import { ColumnList, containsPattern, selectColumns } from "./sql";
import { publishedCondition, seesUnpublished, Viewer, visibilityParameters } from "./viewer";

export interface PersonFilterValues {
  search?: string | null;
}

const ALIAS = "person";
// Name and aliases as one string; the trigram index of the initial migration covers it.
const NAMES = `person_names(${ALIAS}.name, ${ALIAS}.aliases)`;

const BY_NAME: Ordering = {
  name: "person:name",
  direction: "ASC",
  keys: [
    { sql: `${ALIAS}.name`, cast: "text" },
    { sql: `${ALIAS}.id`, cast: "uuid" },
  ],
};

// Best match first. word_similarity scores how well the search matches some run of words in the
// names, so "vladimir p" and the misspelt "vladmir putin" both find Vladimir Putin. The cursor
// is tied to the search it was made for.
const byMatch = (search: string): Ordering => ({
  name: `person:match:${fingerprint(search)}`,
  direction: "DESC",
  keys: [
    { sql: `word_similarity(:search, ${NAMES})::float8`, cast: "float8" },
    { sql: `${ALIAS}.id`, cast: "uuid" },
  ],
});

/**
 * Readers meet a person only through published work: mentioned in, on the byline of, or quoted
 * (confirmed) in an article they can see. Otherwise the names in a draft (an embargoed story, an
 * ingest's suggestions) would reach them through `people` before the story does.
 */
function appearsInPublishedWork(alias: string): string {
  const published = publishedCondition("visible_article");
  return (
    `(EXISTS (SELECT 1 FROM article_person visible_link JOIN article visible_article ON visible_article.id = visible_link.article_id ` +
    `WHERE visible_link.person_id = ${alias}.id AND ${published}) ` +
    `OR EXISTS (SELECT 1 FROM article_author visible_link JOIN article visible_article ON visible_article.id = visible_link.article_id ` +
    `WHERE visible_link.person_id = ${alias}.id AND ${published}) ` +
    `OR EXISTS (SELECT 1 FROM quote visible_quote JOIN article visible_article ON visible_article.id = visible_quote.article_id ` +
    `WHERE visible_quote.speaker_id = ${alias}.id AND visible_quote.status = 'CONFIRMED' AND ${published}))`
  );
}

/**
 * The people `viewer` may see. `knownVisible`: the caller only asks for people the viewer can see
 * anyway (the speakers of quotes the viewer was given), so the check is left out.
 */
export function personQuery(
  manager: EntityManager,
  viewer: Viewer,
  filter?: PersonFilterValues | null,
  columns?: ColumnList,
  options: { knownVisible?: boolean } = {},
): SelectQueryBuilder<Person> {
  const qb = selectColumns(manager.createQueryBuilder(Person, ALIAS), columns);
  if (!seesUnpublished(viewer) && !options.knownVisible) qb.andWhere(appearsInPublishedWork(ALIAS), visibilityParameters(viewer));
  const search = filter?.search?.trim();
  if (search) {
    // `<%` is pg_trgm's word-similarity match (threshold 0.6), served by the trigram index;
    // ILIKE catches prefixes such as "vladimir p" that are too short to score well.
    qb.andWhere(`(${NAMES} ILIKE :pattern OR :search <% ${NAMES})`, {
      search,
      pattern: containsPattern(search),
    });
  }
  return qb;
}

export function listPeople(
  manager: EntityManager,
  viewer: Viewer,
  args: PageArgs & { filter?: PersonFilterValues | null },
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Page<Person>> {
  const search = args.filter?.search?.trim();
  const ordering = search ? byMatch(search) : BY_NAME;
  // As for articles, how many names a search matches decides the plan (see PlanOptions).
  return fetchPage(manager, personQuery(manager, viewer, args.filter, columns), ordering, args, prefetches, {
    planEachTime: Boolean(search),
  });
}

/** The person with this slug, or the one that used it before (renamed, or merged into them). */
export function findPersonBySlug(
  manager: EntityManager,
  viewer: Viewer,
  slug: string,
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Person | null> {
  const qb = personQuery(manager, viewer, null, columns).andWhere(
    `(${ALIAS}.slug = :slug OR ${ALIAS}.id = (SELECT person_id FROM person_previous_slug WHERE slug = :slug))`,
    { slug },
  );
  return firstWithPrefetches(manager, qb, prefetches);
}
