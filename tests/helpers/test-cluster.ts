// Where test databases live: the server of TEST_DATABASE_URL, or an embedded cluster started by
// the global setup. Every test database is a copy of one migrated template with the sample data.
import { Client } from "pg";

export const TEMPLATE_DATABASE = "newsdesk_template_test";
/** Set by the global setup for the test workers: URL of the server's maintenance database. */
export const SERVER_URL_VARIABLE = "NEWSDESK_TEST_SERVER_URL";

/** Refuses to touch any database that is not obviously a test database. */
export function assertTestDatabase(name: string): void {
  if (!name.endsWith("_test")) throw new Error(`refusing to use database "${name}": test database names end in _test`);
}

export function databaseUrl(serverUrl: string, database: string): string {
  assertTestDatabase(database);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withServerClient<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function testServerUrl(): string {
  const url = process.env[SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${SERVER_URL_VARIABLE} is not set: run the tests through jest (global setup)`);
  return url;
}
