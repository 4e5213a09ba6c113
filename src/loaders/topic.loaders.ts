// Loaders of the topic tree.
import DataLoader from "dataloader";
import { EntityManager } from "typeorm";
import { Topic } from "../entities";
import { ColumnList } from "../services/sql";
import { topicQuery } from "../services/topic.service";
import { loaderFamily, manyByKey } from "./batch";

export function createTopicLoaders(manager: EntityManager) {
  return {
    /** Direct children, by name. */
    childrenByTopicId: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Topic[]>(async (ids) => {
          const children = await topicQuery(manager, null, columns)
            .andWhere("topic.parent_id = ANY(:ids)", { ids })
            .orderBy("topic.name", "ASC")
            .addOrderBy("topic.id", "ASC")
            .getMany();
          return manyByKey(
            ids,
            children.map((child): [string, Topic] => [child.parentId!, child]),
          );
        }),
    ),
  };
}
