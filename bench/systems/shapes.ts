// The common shape every system's response is normalized to before the runner compares them.
// Readers' view: only articles with status PUBLISHED and published_at <= now(); only quotes of
// such articles whose status is not REJECTED.
//
// FrontPage {}            → the 50 newest published articles (published_at DESC, id DESC):
//   [{ headline, publishedAt, topics: [name…] sorted, people: [name…] sorted,
//      quotes: [{ text, speaker: name | null }] in (position ASC NULLS LAST, created_at, id) order }]
// PersonPage { slug }     → { name, title, description,
//   quotes: 20 newest visible quotes by the person (created_at DESC, id DESC): [{ text, createdAt, article: headline }] }
// TopicPage { slug }      → { name, articles: 30 newest published articles tagged with the topic:
//   [{ headline, publishedAt, people: [name…] sorted }] }
// ArticleBySlug { slug }  → { headline, publishedAt, body, topics: [{ name, slug }] sorted by slug,
//   people: [{ name, slug }] sorted by slug }
// QuoteLeaders { topic, after, before } → the 20 people most quoted in published articles tagged
//   with the topic and published in [after, before): CONFIRMED quotes counted, ordered by quote
//   count DESC, last publication DESC, person id DESC:
//   [{ name, slug, quoteCount, articleCount, firstQuotedAt, lastQuotedAt }] (the first and last
//   publication times of the person's counted articles).
// Search { q }            → of the 500 newest published articles matching websearch_to_tsquery('english', q),
//   the 20 first by ts_rank(search_vector, query) DESC, id DESC (src/services/article-search.ts):
//   [{ headline, snippet }], where snippet is article_search_snippet(body, q) (migration SearchWindow).
//
// Timestamps are compared as ISO strings at millisecond precision (iso()).
import type { OperationName } from "./types";

export function iso(value: string | Date | null | undefined): string | null {
  return value == null ? null : new Date(value).toISOString();
}

export function sortedNames(items: { name: string }[]): string[] {
  return items.map((item) => item.name).sort();
}

export function sortedBySlug<T extends { slug: string }>(items: T[]): { name: unknown; slug: string }[] {
  return [...items]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((item) => ({
      name: (item as unknown as { name: unknown }).name,
      slug: item.slug,
    }));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/**
 * The common shape of a body of the form of Newsdesk's responses to bench/queries/*.graphql
 * (which the floor's bodies copy).
 */
export function normalizeNewsdeskBody(operation: OperationName, body: unknown): unknown {
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
    case "QuoteLeaders":
      return (data.quoteLeaders.nodes as Json[]).map((leader) => ({
        name: leader.person.name,
        slug: leader.person.slug,
        quoteCount: leader.quoteCount,
        articleCount: leader.articleCount,
        firstQuotedAt: iso(leader.firstQuotedAt),
        lastQuotedAt: iso(leader.lastQuotedAt),
      }));
  }
}
