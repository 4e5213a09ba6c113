// Loaders of single records by id, shared by every relation that points at one. One loader per
// column selection, so a record loaded with few columns is never served where more are needed.
import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { Article, Person, PersonMerge, Topic } from "../entities";
import { articleQuery } from "../services/article.service";
import { personQuery } from "../services/person.service";
import { ColumnList } from "../services/sql";
import { topicQuery } from "../services/topic.service";
import { Viewer } from "../services/viewer";
import { loaderFamily, oneByKey } from "./batch";

export function createEntityLoaders(manager: EntityManager, viewer: Viewer) {
  return {
    /** Articles the viewer may see; `null` for a draft when the viewer is a reader. */
    articleById: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Article | null>(async (ids) =>
          oneByKey(
            ids,
            await articleQuery(manager, viewer, null, columns).andWhere("article.id = ANY(:ids)", { ids }).getMany(),
            (a) => a.id,
          ),
        ),
    ),
    personById: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Person | null>(async (ids) =>
          oneByKey(
            ids,
            await personQuery(manager, viewer, null, columns).andWhere("person.id = ANY(:ids)", { ids }).getMany(),
            (p) => p.id,
          ),
        ),
    ),
    /** The person an id stands for now: itself, or the person it was merged into. */
    currentPersonId: new DataLoader<string, string>(async (ids) => {
      const merges = await manager.findBy(PersonMerge, { mergedId: In([...ids]) });
      const into = new Map(merges.map((merge) => [merge.mergedId, merge.intoId]));
      return ids.map((id) => into.get(id) ?? id);
    }),
    topicById: loaderFamily(
      (columns: ColumnList) =>
        new DataLoader<string, Topic | null>(async (ids) =>
          oneByKey(ids, await topicQuery(manager, null, columns).andWhere("topic.id = ANY(:ids)", { ids }).getMany(), (t) => t.id),
        ),
    ),
  };
}
