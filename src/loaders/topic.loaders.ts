// Loaders of the topic tree.
import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { Topic } from "../entities";
import { manyByKey } from "./batch";

export function createTopicLoaders(manager: EntityManager) {
  return {
    /** Direct children, by name. */
    childrenByTopicId: new DataLoader<string, Topic[]>(async (ids) => {
      const children = await manager.find(Topic, { where: { parentId: In([...ids]) }, order: { name: "ASC", id: "ASC" } });
      return manyByKey(ids, children.map((child): [string, Topic] => [child.parentId!, child]));
    }),
  };
}
