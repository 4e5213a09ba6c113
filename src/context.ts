// What every resolver receives: who is asking, the database handles, the server's read plans,
// and this request's loaders.
import { randomUUID } from "node:crypto";
import { Pool } from "pg";
import { EntityManager } from "typeorm";
import { extractForIngest } from "./services/ingest-extraction";
import type { LiveEvents } from "./events/live-events";
import { createLoaders, Loaders } from "./loaders";
import { ReadPlans } from "./read/plans";
import type { Extractor } from "./services/ingest.service";
import { ANONYMOUS, Identity, Viewer, viewerAt } from "./services/viewer";

export interface Context {
  requestId: string;
  viewer: Viewer;
  /** All database access of the request goes through this manager (and reads, the read pool). */
  manager: EntityManager;
  /** Where kept read plans run as prepared statements; absent: on the manager's own pool. */
  readPool?: Pool;
  /** The server's kept read plans (read/plans.ts). */
  plans: ReadPlans;
  loaders: Loaders;
  /** Text → suggested people, quotes and topics (ingest); the server runs it on a worker thread. */
  extract: Extractor;
  /** The process's live events, which subscriptions read; absent where nothing listens (scripts, some tests). */
  live?: LiveEvents;
}

export function createContext(options: {
  manager: EntityManager;
  readPool?: Pool;
  plans: ReadPlans;
  identity?: Identity;
  requestId?: string;
  extract?: Extractor;
  live?: LiveEvents;
}): Context {
  const viewer = viewerAt(options.identity ?? ANONYMOUS);
  return {
    requestId: options.requestId ?? randomUUID(),
    viewer,
    manager: options.manager,
    readPool: options.readPool,
    plans: options.plans,
    loaders: createLoaders({ manager: options.manager, readPool: options.readPool }, viewer),
    extract: options.extract ?? extractForIngest,
    live: options.live,
  };
}
