// What the benchmark runner needs of each system it measures (Newsdesk, PostGraphile, the floor).

export const OPERATIONS = ["FrontPage", "PersonPage", "TopicPage", "ArticleBySlug", "Search", "QuoteLeaders"] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** The write mix (bench/writes.ts): Newsdesk only; PostGraphile and the floor are compared on reads. */
export const WRITE_OPERATIONS = ["UpdateArticle", "PublishArticle"] as const;
export type WriteOperationName = (typeof WRITE_OPERATIONS)[number];

/** One HTTP request, as autocannon sends it. */
export interface BenchRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RunningSystem {
  /** Base URL, e.g. http://127.0.0.1:4301 */
  url: string;
  /** Process id of the server, for its resident memory. */
  pid: number;
  /** The request for `operation` with `variables` (see bench/systems/shapes.ts for what they mean). */
  request(operation: OperationName, variables: Record<string, unknown>): BenchRequest;
  /** The response body in the common shape of shapes.ts, to check all systems return the same data. */
  normalize(operation: OperationName, body: unknown): unknown;
  stop(): Promise<void>;
}

export interface BenchSystem {
  name: string;
  /** Starts the server against `databaseUrl` (a seeded Newsdesk database) and waits until it answers. */
  start(options: { databaseUrl: string; port: number; poolSize: number }): Promise<RunningSystem>;
}
