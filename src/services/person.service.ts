// Reading people: the `people` list with typo-tolerant name search, and lookups.
import { EntityManager } from "typeorm";
import { Person } from "../entities";
import { Select } from "../read/select";
import { Arguments, NO_ARGUMENTS, raw, sql, Sql } from "../read/sql";
import { Ordering } from "./pagination";
import { ColumnList, containsPattern } from "./sql";
import { publishedCondition, seesUnpublished, Viewer } from "./viewer";

export interface PersonFilterValues {
  search?: string | null;
}

const ALIAS = "person";
// Name and aliases as one string; the trigram index of the initial migration covers it.
const NAMES = raw(`person_names(${ALIAS}.name, ${ALIAS}.aliases)`);

const BY_NAME: Ordering = {
  name: "person:name",
  direction: "ASC",
  keys: [
    { sql: raw(`${ALIAS}.name`), cast: "text" },
    { sql: raw(`${ALIAS}.id`), cast: "uuid" },
  ],
};

function searchOf(filter: PersonFilterValues | null | undefined): string | undefined {
  const search = filter?.search?.trim();
  return search ? search : undefined;
}

type ListArguments = { filter?: PersonFilterValues | null };

/**
 * By name; best match first when searching. word_similarity scores how well the search matches
 * some run of words in the names, so "vladimir p" and the misspelt "vladmir putin" both find
 * Vladimir Putin. A match cursor is tied to the search it was made for.
 */
export function personOrdering(args: Arguments<ListArguments>): Ordering {
  if (!searchOf(args.now.filter)) return BY_NAME;
  return {
    name: "person:match",
    tiedTo: (values: ListArguments) => searchOf(values.filter)!,
    direction: "DESC",
    keys: [
      { sql: sql`word_similarity(${args.slot((values) => searchOf(values.filter))}, ${NAMES})::float8`, cast: "float8" },
      { sql: raw(`${ALIAS}.id`), cast: "uuid" },
    ],
  };
}

/**
 * Readers meet a person only through published work: mentioned in, on the byline of, or quoted
 * (confirmed) in an article they can see. Otherwise the names in a draft (an embargoed story, an
 * ingest's suggestions) would reach them through `people` before the story does.
 */
export function appearsInPublishedWork(alias: string): Sql {
  const published = publishedCondition("visible_article");
  const person = raw(`${alias}.id`);
  return sql`EXISTS (SELECT 1 FROM article_person visible_link JOIN article visible_article ON visible_article.id = visible_link.article_id
      WHERE visible_link.person_id = ${person} AND ${published})
    OR EXISTS (SELECT 1 FROM article_author visible_link JOIN article visible_article ON visible_article.id = visible_link.article_id
      WHERE visible_link.person_id = ${person} AND ${published})
    OR EXISTS (SELECT 1 FROM quote visible_quote JOIN article visible_article ON visible_article.id = visible_quote.article_id
      WHERE visible_quote.speaker_id = ${person} AND visible_quote.status = 'CONFIRMED' AND ${published})`;
}

/**
 * The people `viewer` may see. `knownVisible`: the caller only asks for people the viewer can see
 * anyway (the speakers of quotes the viewer was given), so the check is left out.
 */
export function personQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<ListArguments>,
  columns?: ColumnList,
  options: { knownVisible?: boolean } = {},
): Select<Person> {
  const query = new Select(manager, Person, ALIAS).columns(columns);
  if (!seesUnpublished(viewer) && !options.knownVisible) query.where(appearsInPublishedWork(ALIAS));
  if (searchOf(args.now.filter)) {
    // `<%` is pg_trgm's word-similarity match (threshold 0.6), served by the trigram index;
    // ILIKE catches prefixes such as "vladimir p" that are too short to score well.
    const search = args.slot((values) => searchOf(values.filter));
    const pattern = args.slot((values) => containsPattern(searchOf(values.filter)!));
    query.where(sql`${NAMES} ILIKE ${pattern} OR ${search} <% ${NAMES}`);
  }
  return query;
}

/** Whether a people list's plan depends on its values (a name search: how many names match). */
export function personListIsPlannedEachTime(filter: PersonFilterValues | null | undefined): boolean {
  return Boolean(searchOf(filter));
}

/** The person with this slug, or the one that used it before (renamed, or merged into them). */
export function personBySlugQuery(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<{ slug: string }>,
  columns?: ColumnList,
): Select<Person> {
  const slug = args.slot((values) => values.slug);
  return personQuery(manager, viewer, NO_ARGUMENTS, columns).where(
    sql`${raw(ALIAS)}.slug = ${slug} OR ${raw(ALIAS)}.id = (SELECT person_id FROM person_previous_slug WHERE slug = ${slug})`,
  );
}
