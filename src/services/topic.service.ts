// Reading topics: the `topics` list (roots, children of a parent, name search) and lookups.
import { EntityManager, SelectQueryBuilder } from "typeorm";
import { Topic } from "../entities";
import { fetchPage, Ordering, Page, PageArgs } from "./pagination";
import { firstWithPrefetches, Prefetch } from "./prefetch";
import { ColumnList, containsPattern, selectColumns } from "./sql";

export interface TopicFilterValues {
  parent?: string | null;
  root?: boolean | null;
  search?: string | null;
}

const ALIAS = "topic";

const TOPICS_BY_NAME: Ordering = {
  name: "topic:name",
  direction: "ASC",
  keys: [
    { sql: `${ALIAS}.name`, cast: "text" },
    { sql: `${ALIAS}.id`, cast: "uuid" },
  ],
};

export function topicQuery(manager: EntityManager, filter?: TopicFilterValues | null, columns?: ColumnList): SelectQueryBuilder<Topic> {
  const qb = selectColumns(manager.createQueryBuilder(Topic, ALIAS), columns);
  if (filter?.parent) {
    qb.andWhere(`${ALIAS}.parent_id = (SELECT parent.id FROM topic parent WHERE parent.slug = :parentSlug)`, {
      parentSlug: filter.parent,
    });
  }
  if (filter?.root === true) qb.andWhere(`${ALIAS}.parent_id IS NULL`);
  if (filter?.root === false) qb.andWhere(`${ALIAS}.parent_id IS NOT NULL`);
  const search = filter?.search?.trim();
  if (search) {
    qb.andWhere(`(${ALIAS}.name ILIKE :pattern OR ${ALIAS}.slug ILIKE :pattern)`, {
      pattern: containsPattern(search),
    });
  }
  return qb;
}

export function listTopics(
  manager: EntityManager,
  args: PageArgs & { filter?: TopicFilterValues | null },
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Page<Topic>> {
  return fetchPage(manager, topicQuery(manager, args.filter, columns), TOPICS_BY_NAME, args, prefetches);
}

export function findTopicBySlug(
  manager: EntityManager,
  slug: string,
  columns?: ColumnList,
  prefetches: readonly Prefetch[] = [],
): Promise<Topic | null> {
  return firstWithPrefetches(manager, topicQuery(manager, null, columns).andWhere(`${ALIAS}.slug = :slug`, { slug }), prefetches);
}
