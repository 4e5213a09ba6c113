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
// Search { q }            → the 20 published articles matching websearch_to_tsquery('english', q),
//   ordered by ts_rank(search_vector, query) DESC, id DESC: [{ headline, snippet }], where snippet is
//   ts_headline('english', body, query, SNIPPET_OPTIONS) (src/loaders/search.loaders.ts).
//
// Timestamps are compared as ISO strings at millisecond precision (iso()).

export function iso(value: string | Date | null | undefined): string | null {
  return value == null ? null : new Date(value).toISOString();
}

export function sortedNames(items: { name: string }[]): string[] {
  return items.map((item) => item.name).sort();
}

export function sortedBySlug<T extends { slug: string }>(items: T[]): { name: unknown; slug: string }[] {
  return [...items].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)).map((item) => ({
    name: (item as unknown as { name: unknown }).name,
    slug: item.slug,
  }));
}
