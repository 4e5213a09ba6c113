// The API as its own process (`node dist/src/index.js`, as `npm start` runs it), for tests of
// what only a process shows: signals, shutdown, a database that dies under it, a restart.
import { ChildProcess, spawn } from "node:child_process";
import path from "node:path";

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

/** Starts the built API with `env` on a free port; resolves once it logs that it is ready. */
export function startApiProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
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
