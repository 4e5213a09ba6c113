// A real graphql-ws client over a real WebSocket, for tests: subscribe, then take the events as
// they come, each with a deadline.
import { Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Received<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Subscription<T = any> {
  /** Every result so far, in order. */
  results: Received<T>[];
  /** The next result not yet taken; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<Received<T>>;
  /** Resolves when the server completed the subscription, or rejects with its error. */
  done: Promise<void>;
}

export interface WsClient {
  client: Client;
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): Subscription<T>;
  /** Resolves with the close event's code once the socket closes. */
  closed: Promise<number>;
  close(): Promise<void>;
}

/** A client of `baseUrl`'s /graphql; `token` goes in connection_init. Resolves once acknowledged. */
export async function connectWs(baseUrl: string, token?: string, options: { retry?: boolean } = {}): Promise<WsClient> {
  let closedWith!: (code: number) => void;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${baseUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    // A closed connection is what some tests expect; `closed` reports it.
    onNonLazyError: () => undefined,
    retryAttempts: options.retry ? 100 : 0,
    retryWait: async () => new Promise((resolve) => setTimeout(resolve, 200)),
    shouldRetry: () => Boolean(options.retry),
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  await new Promise<void>((resolve, reject) => {
    const stopConnected = client.on("connected", () => {
      stopConnected();
      resolve();
    });
    const stopClosed = client.on("closed", (event) => {
      stopClosed();
      reject(Object.assign(new Error(`closed ${(event as { code: number }).code}`), { code: (event as { code: number }).code }));
    });
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables?: Record<string, unknown>): Subscription<T> {
      const results: Received<T>[] = [];
      let taken = 0;
      const waiters: (() => void)[] = [];
      const wake = () => waiters.splice(0).forEach((waiter) => waiter());
      const done = new Promise<void>((resolve, reject) => {
        client.subscribe<T>(
          { query, variables },
          {
            next: (result) => {
              results.push(result as Received<T>);
              wake();
            },
            error: (error) => {
              results.push({ errors: Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }] });
              wake();
              reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
            },
            complete: () => {
              wake();
              resolve();
            },
          },
        );
      });
      done.catch(() => undefined);
      return {
        results,
        done,
        async next(timeoutMs = 1000) {
          const deadline = Date.now() + timeoutMs;
          while (results.length <= taken) {
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no event within ${timeoutMs} ms (had ${results.length})`);
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, left);
              waiters.push(() => {
                clearTimeout(timer);
                resolve();
              });
            });
          }
          return results[taken++];
        },
      };
    },
    async close() {
      await client.dispose();
    },
  };
}

/** Lets events that would arrive do so, for asserting that none came. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
