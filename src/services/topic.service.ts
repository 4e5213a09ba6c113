// Reading topics: the `topics` list (roots, children of a parent, name search) and lookups.
import { EntityManager } from "typeorm";
import { Topic } from "../entities";
import { Select } from "../read/select";
import { Arguments, NO_ARGUMENTS, raw, sql } from "../read/sql";
import { Ordering } from "./pagination";
import { ColumnList, containsPattern } from "./sql";

export interface TopicFilterValues {
  parent?: string | null;
  root?: boolean | null;
  search?: string | null;
}

const ALIAS = "topic";

export const TOPICS_BY_NAME: Ordering = {
  name: "topic:name",
  direction: "ASC",
  keys: [
    { sql: raw(`${ALIAS}.name`), cast: "text" },
    { sql: raw(`${ALIAS}.id`), cast: "uuid" },
  ],
};

export function topicQuery(
  manager: EntityManager,
  args: Arguments<{ filter?: TopicFilterValues | null }>,
  columns?: ColumnList,
): Select<Topic> {
  const query = new Select(manager, Topic, ALIAS).columns(columns);
  const filter = args.now.filter;
  const of = (read: (filter: TopicFilterValues) => unknown) => args.slot((values) => read(values.filter!));
  if (filter?.parent) {
    query.where(sql`${raw(ALIAS)}.parent_id = (SELECT parent.id FROM topic parent WHERE parent.slug = ${of((f) => f.parent)})`);
  }
  if (filter?.root === true) query.where(raw(`${ALIAS}.parent_id IS NULL`));
  if (filter?.root === false) query.where(raw(`${ALIAS}.parent_id IS NOT NULL`));
  if (filter?.search?.trim()) {
    const pattern = of((f) => containsPattern(f.search!.trim()));
    query.where(sql`${raw(ALIAS)}.name ILIKE ${pattern} OR ${raw(ALIAS)}.slug ILIKE ${pattern}`);
  }
  return query;
}

export function topicBySlugQuery(manager: EntityManager, args: Arguments<{ slug: string }>, columns?: ColumnList): Select<Topic> {
  return topicQuery(manager, NO_ARGUMENTS, columns).where(sql`${raw(ALIAS)}.slug = ${args.slot((values) => values.slug)}`);
}
