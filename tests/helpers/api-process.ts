// The API as its own process (`node dist/src/index.js`, as `npm start` runs it), for tests of
// what only a process shows: signals, shutdown, a database that dies under it, a restart.
import { ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isAlive } from "../../src/db/embedded";

const ROOT = path.join(__dirname, "..", "..");

export interface ApiProcess {
  child: ChildProcess;
  /** Base URL, e.g. http://localhost:41234. */
  url: string;
  /** Every log line so far, parsed. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts the built API with `env` on a free port; resolves once it logs that it is ready.
 * `onLog` sees every log line as it arrives, for a test that must act at a point of the boot.
 */
export function startApiProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
  onLog: (entry: Record<string, unknown>) => void = () => {},
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist", "src", "index.js")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the API did not start within ${timeoutMs} ms: ${JSON.stringify(logs.slice(-5))}`));
    }, timeoutMs);
    let pending = "";
    child.stderr.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line);
        } catch {
          entry = { message: line };
        }
        logs.push(entry);
        onLog(entry);
        if (entry.message === "Newsdesk is ready") {
          clearTimeout(timer);
          resolve({ child, url: String(entry.url).replace(/\/graphql$/, ""), logs, exited });
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}) before it was ready: ${JSON.stringify(logs.slice(-5))}`));
    });
  });
}

/** The data of a GraphQL request posted to the API at `url`, as a client sends it; throws on errors. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** Polls `condition` every 50 ms until it holds; resolves to the milliseconds that took. */
export async function waitFor(what: string, condition: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** The process id of the embedded PostgreSQL an API runs under NEWSDESK_DATA_DIR `dataDir`. */
export function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

/**
 * Stops API processes (SIGTERM, each awaited), then the embedded PostgreSQL they ran under
 * `dataDir`, and removes the temporary folder holding it.
 */
export async function stopApisAndDatabase(apis: readonly (ApiProcess | undefined)[], dataDir: string): Promise<void> {
  for (const api of apis) {
    if (api && api.child.exitCode === null) {
      api.child.kill("SIGTERM");
      await api.exited;
    }
  }
  try {
    const pid = postmasterPid(dataDir);
    if (isAlive(pid)) process.kill(pid, "SIGINT");
    await waitFor("PostgreSQL to stop", () => !isAlive(pid));
  } catch {
    // No cluster left running.
  }
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
}
