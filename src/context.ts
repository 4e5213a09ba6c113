// What every resolver receives: who is asking, the database handle, and this request's loaders.
import { randomUUID } from "node:crypto";
import { EntityManager } from "typeorm";
import { extractForIngest } from "./services/ingest-extraction";
import { createLoaders, Loaders } from "./loaders";
import type { Extractor } from "./services/ingest.service";
import { ANONYMOUS, Identity, Viewer, viewerAt } from "./services/viewer";

export interface Context {
  requestId: string;
  viewer: Viewer;
  /** All database access of the request goes through this manager. */
  manager: EntityManager;
  loaders: Loaders;
  /** Text → suggested people, quotes and topics (ingest); the server runs it on a worker thread. */
  extract: Extractor;
}

export function createContext(options: { manager: EntityManager; identity?: Identity; requestId?: string; extract?: Extractor }): Context {
  const viewer = viewerAt(options.identity ?? ANONYMOUS);
  return {
    requestId: options.requestId ?? randomUUID(),
    viewer,
    manager: options.manager,
    loaders: createLoaders(options.manager, viewer),
    extract: options.extract ?? extractForIngest,
  };
}
