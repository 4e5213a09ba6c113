// Reading people: the `people` list with typo-tolerant name search, and lookups.
import { EntityManager, SelectQueryBuilder } from "typeorm";
import { Person } from "../entities";
import { fetchPage, fingerprint, Ordering, Page, PageArgs } from "./pagination";
import { ColumnList, containsPattern, selectColumns } from "./sql";

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

export function personQuery(
  manager: EntityManager,
  filter?: PersonFilterValues | null,
  columns?: ColumnList,
): SelectQueryBuilder<Person> {
  const qb = selectColumns(manager.createQueryBuilder(Person, ALIAS), columns);
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
  args: PageArgs & { filter?: PersonFilterValues | null },
  columns?: ColumnList,
): Promise<Page<Person>> {
  const search = args.filter?.search?.trim();
  const ordering = search ? byMatch(search) : BY_NAME;
  return fetchPage(personQuery(manager, args.filter, columns), ordering, args);
}

/** The person with this slug, or the one that used it before (renamed, or merged into them). */
export function findPersonBySlug(manager: EntityManager, slug: string, columns?: ColumnList): Promise<Person | null> {
  return personQuery(manager, null, columns)
    .andWhere(`(${ALIAS}.slug = :slug OR ${ALIAS}.id = (SELECT person_id FROM person_previous_slug WHERE slug = :slug))`, { slug })
    .getOne();
}
