// Every loader of a request. Created per request: DataLoader caches live exactly as long as the
// request, and the viewer decides what they may return.
import { EntityManager } from "typeorm";
import { Viewer } from "../services/viewer";
import { createArticleLoaders } from "./article.loaders";
import { createEntityLoaders } from "./entity.loaders";
import { createPageLoaders } from "./page.loaders";
import { createQuoteCountLoaders } from "./quote-count.loaders";
import { createSearchLoaders } from "./search.loaders";
import { createTopicLoaders } from "./topic.loaders";

export function createLoaders(manager: EntityManager, viewer: Viewer) {
  return {
    ...createEntityLoaders(manager, viewer),
    ...createArticleLoaders(manager, viewer),
    ...createTopicLoaders(manager),
    ...createPageLoaders(manager, viewer),
    ...createSearchLoaders(manager),
    ...createQuoteCountLoaders(manager, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
