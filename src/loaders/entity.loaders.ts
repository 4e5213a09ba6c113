// Loaders of single records by id, shared by every relation that points at one.
import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { Article, Person, Topic } from "../entities";
import { articleQuery } from "../services/article.service";
import { Viewer } from "../services/viewer";
import { oneByKey } from "./batch";

export function createEntityLoaders(manager: EntityManager, viewer: Viewer) {
  return {
    /** Articles the viewer may see; `null` for a draft when the viewer is a reader. */
    articleById: new DataLoader<string, Article | null>(async (ids) =>
      oneByKey(ids, await articleQuery(manager, viewer).andWhere("article.id = ANY(:ids)", { ids }).getMany(), (a) => a.id),
    ),
    personById: new DataLoader<string, Person | null>(async (ids) =>
      oneByKey(ids, await manager.findBy(Person, { id: In([...ids]) }), (person) => person.id),
    ),
    topicById: new DataLoader<string, Topic | null>(async (ids) =>
      oneByKey(ids, await manager.findBy(Topic, { id: In([...ids]) }), (topic) => topic.id),
    ),
  };
}
