// The floor: a plain node:http server answering each operation with one hand-written SQL
// statement that builds the whole response in PostgreSQL (bench/floor/server.ts). What our API
// costs beyond it is GraphQL, the ORM and the resolvers' round trips.
import { ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { iso, sortedBySlug, sortedNames } from "./shapes";
import { BenchRequest, BenchSystem, OperationName, RunningSystem } from "./types";

const START_TIMEOUT_MS = 30_000;

type Json = Record<string, any>;

/**
 * The common shape (shapes.ts) of a body of the form of our GraphQL API's responses to
 * bench/queries/*.graphql, which the floor's bodies copy.
 */
export function normalizeApiBody(operation: OperationName, body: unknown): unknown {
  const parsed = (typeof body === "string" ? JSON.parse(body) : body) as Json;
  const data = parsed?.data as Json | undefined;
  if (!data) throw new Error(`${operation}: no data in ${JSON.stringify(parsed).slice(0, 300)}`);
  switch (operation) {
    case "FrontPage":
      return (data.articles.nodes as Json[]).map((article) => ({
        headline: article.headline,
        publishedAt: iso(article.publishedAt),
        topics: sortedNames(article.topics),
        people: sortedNames(article.people),
        quotes: (article.quotes as Json[]).map((quote) => ({ text: quote.text, speaker: quote.speaker?.name ?? null })),
      }));
    case "PersonPage": {
      const person = data.person as Json | null;
      if (!person) return null;
      return {
        name: person.name,
        title: person.title,
        description: person.description,
        quotes: (person.quotes.nodes as Json[]).map((quote) => ({
          text: quote.text,
          createdAt: iso(quote.createdAt),
          article: quote.article?.headline ?? null,
        })),
      };
    }
    case "TopicPage": {
      const topic = data.topic as Json | null;
      if (!topic) return null;
      return {
        name: topic.name,
        articles: (topic.articles.nodes as Json[]).map((article) => ({
          headline: article.headline,
          publishedAt: iso(article.publishedAt),
          people: sortedNames(article.people),
        })),
      };
    }
    case "ArticleBySlug": {
      const article = data.article as Json | null;
      if (!article) return null;
      return {
        headline: article.headline,
        publishedAt: iso(article.publishedAt),
        body: article.body,
        topics: sortedBySlug(article.topics),
        people: sortedBySlug(article.people),
      };
    }
    case "Search":
      return (data.articles.nodes as Json[]).map((article) => ({ headline: article.headline, snippet: article.snippet }));
  }
}

/** POSTs `body` to `url` and resolves with the status code, or rejects on a connection error. */
function post(url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

export const floor: BenchSystem = {
  name: "floor",

  async start({ databaseUrl, port, poolSize }): Promise<RunningSystem> {
    const child = spawn(process.execPath, [path.join(__dirname, "..", "floor", "server.js")], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: String(poolSize) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    let exitedEarly = false;
    child.once("exit", () => (exitedEarly = true));

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + START_TIMEOUT_MS;
    // Ready when it answers an operation with 200: listening and able to reach the database.
    for (;;) {
      if (exitedEarly) throw new Error(`floor server exited during start-up:\n${output}`);
      const status = await post(`${url}/floor/FrontPage`, '{"variables":{}}').catch(() => 0);
      if (status === 200) break;
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`floor server did not answer within ${START_TIMEOUT_MS} ms (last status ${status}):\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    return {
      url,
      pid: child.pid!,
      request(operation: OperationName, variables: Record<string, unknown>): BenchRequest {
        return {
          method: "POST",
          path: `/floor/${operation}`,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ variables }),
        };
      },
      normalize: normalizeApiBody,
      async stop(): Promise<void> {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited(child);
        clearTimeout(timer);
      },
    };
  },
};
