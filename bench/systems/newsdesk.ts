// Newsdesk itself, as built (dist/), in production mode.
import fs from "node:fs";
import path from "node:path";
import { iso, sortedBySlug, sortedNames } from "./shapes";
import { startProcess, stopProcess } from "./spawn";
import { BenchSystem, OperationName } from "./types";

const ROOT = path.join(__dirname, "..", "..", "..");

function queryText(operation: OperationName): string {
  return fs.readFileSync(path.join(ROOT, "bench", "queries", `${operation}.graphql`), "utf8");
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function normalize(operation: OperationName, body: Json): unknown {
  const data = body.data;
  switch (operation) {
    case "FrontPage":
      return data.articles.nodes.map((a: Json) => ({
        headline: a.headline,
        publishedAt: iso(a.publishedAt),
        topics: sortedNames(a.topics),
        people: sortedNames(a.people),
        quotes: a.quotes.map((q: Json) => ({ text: q.text, speaker: q.speaker?.name ?? null })),
      }));
    case "PersonPage":
      return data.person && {
        name: data.person.name,
        title: data.person.title,
        description: data.person.description,
        quotes: data.person.quotes.nodes.map((q: Json) => ({ text: q.text, createdAt: iso(q.createdAt), article: q.article.headline })),
      };
    case "TopicPage":
      return data.topic && {
        name: data.topic.name,
        articles: data.topic.articles.nodes.map((a: Json) => ({
          headline: a.headline,
          publishedAt: iso(a.publishedAt),
          people: sortedNames(a.people),
        })),
      };
    case "ArticleBySlug":
      return data.article && {
        headline: data.article.headline,
        publishedAt: iso(data.article.publishedAt),
        body: data.article.body,
        topics: sortedBySlug(data.article.topics),
        people: sortedBySlug(data.article.people),
      };
    case "Search":
      return data.articles.nodes.map((a: Json) => ({ headline: a.headline, snippet: a.snippet }));
  }
}

export const newsdesk: BenchSystem = {
  name: "newsdesk",
  async start({ databaseUrl, port, poolSize }) {
    const queries = new Map<OperationName, string>();
    const url = `http://127.0.0.1:${port}`;
    const child = await startProcess(process.execPath, [path.join(ROOT, "dist", "src", "index.js")], {
      name: "newsdesk",
      env: {
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        NEWSDESK_POOL_SIZE: String(poolSize),
        NEWSDESK_SAMPLE_DATA: "false",
        LOG_LEVEL: "warn",
      },
      readyUrl: `${url}/readyz`,
    });
    return {
      url,
      pid: child.pid!,
      request(operation, variables) {
        if (!queries.has(operation)) queries.set(operation, queryText(operation));
        return {
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: queries.get(operation), variables, operationName: operation }),
        };
      },
      normalize,
      stop: () => stopProcess(child),
    };
  },
};
