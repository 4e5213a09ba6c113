// PostGraphile v5 (amber preset, grafserv on node:http) over Newsdesk's own tables: the server is
// bench/postgraphile/server.mjs, run by the Node 22 that bench/postgraphile installs
// (npm ci --prefix bench/postgraphile); its versions of the operations are
// bench/postgraphile/queries/<Operation>.graphql.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PLANNER_OPTIONS } from "../../src/db/data-source";
import { projectRoot } from "../../src/paths";
import { postgraphileNode } from "./runtime";
import { iso, sortedBySlug, sortedNames } from "./shapes";
import { startProcess, stopProcess } from "./spawn";
import { BenchRequest, BenchSystem, OPERATIONS, OperationName, RunningSystem } from "./types";

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
  publishedPersonBySlug: {
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
type QuoteLeadersData = {
  quoteLeaders: Connection<{
    personName: string;
    personSlug: string;
    quoteCount: number;
    articleCount: number;
    firstQuotedAt: string;
    lastQuotedAt: string;
  }>;
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
      const person = dataOf<PersonPageData>(operation, body).publishedPersonBySlug;
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
    case "QuoteLeaders":
      return dataOf<QuoteLeadersData>(operation, body).quoteLeaders.nodes.map((leader) => ({
        name: leader.personName,
        slug: leader.personSlug,
        quoteCount: leader.quoteCount,
        articleCount: leader.articleCount,
        firstQuotedAt: iso(leader.firstQuotedAt),
        lastQuotedAt: iso(leader.lastQuotedAt),
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

/**
 * Installs PostGraphile and the Node 22 it needs into bench/postgraphile unless they are there: a
 * fresh checkout installs them on the first run, so that `npm run bench` alone reproduces
 * RESULTS.md. Run before any system starts: Newsdesk may run on the same Node (runtime.ts).
 */
export function installPostgraphile(): void {
  const dir = path.join(projectRoot(), "bench", "postgraphile");
  const installed = () => fs.existsSync(path.join(dir, "node_modules", "postgraphile")) && fs.existsSync(postgraphileNode());
  if (!installed()) {
    console.log("installing PostGraphile for the benchmark (npm ci --prefix bench/postgraphile)");
    try {
      execFileSync("npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund"], { stdio: "inherit" });
    } catch {
      // Reported below.
    }
  }
  if (!installed()) throw new Error("PostGraphile is not installed and `npm ci --prefix bench/postgraphile` failed");
}

export const postgraphile: BenchSystem = {
  name: "postgraphile",

  async start({ databaseUrl, port, poolSize }): Promise<RunningSystem> {
    const dir = path.join(projectRoot(), "bench", "postgraphile");
    installPostgraphile();
    const node = postgraphileNode();
    const queries = readQueries(dir);
    const url = `http://127.0.0.1:${port}`;

    const child = await startProcess(node, ["server.mjs"], {
      name: "PostGraphile",
      cwd: dir,
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        POOL_SIZE: String(poolSize),
        NODE_ENV: "production",
        GRAPHILE_ENV: "production",
        // The API's random_page_cost (node-postgres reads PGOPTIONS). Its generic plans stay its own.
        PGOPTIONS: PLANNER_OPTIONS,
      },
      readyUrl: `${url}/graphql`,
      readyBody: JSON.stringify({ query: "{ __typename }" }),
    });

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
      stop: () => stopProcess(child),
    };
  },
};
