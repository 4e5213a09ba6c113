-- SQL helpers PostGraphile needs to serve the benchmark's read operations (bench/systems/shapes.ts)
-- with the readers' view of Newsdesk. server.mjs runs this file at start; it is idempotent and only
-- touches the schema bench_postgraphile (nothing of Newsdesk's own schema is created or dropped).
--
-- Why functions at all: PostGraphile reflects tables, relations and unique keys natively (person by
-- slug, topic by slug, article → topics/people through the link tables, quote → speaker/article),
-- but it has no native way to say "only published and published_at <= now()", "quotes that are
-- CONFIRMED", "a topic's articles ordered by the article's publication time" or "full-text
-- search ordered by ts_rank, with a ts_headline snippet". Each of those is one function below.
--
-- All are LANGUAGE sql, STABLE (now() is stable), neither STRICT nor SECURITY DEFINER, and the
-- SETOF ones are a single SELECT: PostgreSQL inlines them into the one statement PostGraphile
-- compiles per operation, so the planner sees the plain query and uses the migration's indexes
-- (checked with EXPLAIN). Ordering: PostGraphile treats a set-returning function's row order as
-- implicit ("hasImplicitOrder") and only adds the LIMIT of `first`, so published_articles,
-- topic_published_articles and search_articles carry their ORDER BY inside — the very expression
-- of Newsdesk's index (coalesce(published_at, '-infinity') DESC, id DESC; for published rows the
-- same order as published_at DESC, id DESC) or ts_rank. The two quote functions instead are
-- ordered by the query's orderBy (see their comment).
--
-- PostGraphile v5 takes computed-column functions from any exposed schema (the first parameter's
-- type decides the table; a name prefix "<table>_" is dropped from the field name), so everything
-- stays in bench_postgraphile, which server.mjs exposes next to public.

CREATE SCHEMA IF NOT EXISTS bench_postgraphile;

-- Query.publishedArticles — FrontPage: the readers' view of article, newest first.
-- Index: article_status_published_at_idx (status, coalesce(published_at, '-infinity') DESC, id DESC).
CREATE OR REPLACE FUNCTION bench_postgraphile.published_articles()
RETURNS SETOF public.article LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT a.* FROM public.article a
  WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
  ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC
$$;

-- Query.publishedArticleBySlug — ArticleBySlug: Query.articleBySlug (native) would also return
-- drafts. Not SETOF, so it returns one nullable Article. PostgreSQL doesn't inline a non-SETOF
-- function in FROM: it runs as a Function Scan with its own (cached) plan on article_slug_key.
CREATE OR REPLACE FUNCTION bench_postgraphile.published_article_by_slug(slug text)
RETURNS public.article LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT a.* FROM public.article a
  WHERE a.slug = published_article_by_slug.slug AND a.status = 'PUBLISHED' AND a.published_at <= now()
$$;

-- Query.publishedPersonBySlug — PersonPage: Query.personBySlug (native) would also return a
-- person only a draft names. Newsdesk's readers meet a person only through published work
-- (src/services/person.service.ts appearsInPublishedWork: mentioned in, on the byline of, or
-- quoted, confirmed, in an article they can see), so this checks the same three ways. Not SETOF,
-- like published_article_by_slug: a Function Scan with its own cached plan on person_slug_key.
CREATE OR REPLACE FUNCTION bench_postgraphile.published_person_by_slug(slug text)
RETURNS public.person LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT p.* FROM public.person p
  WHERE p.slug = published_person_by_slug.slug
    AND (EXISTS (SELECT 1 FROM public.article_person l JOIN public.article a ON a.id = l.article_id
                 WHERE l.person_id = p.id AND a.status = 'PUBLISHED' AND a.published_at <= now())
      OR EXISTS (SELECT 1 FROM public.article_author l JOIN public.article a ON a.id = l.article_id
                 WHERE l.person_id = p.id AND a.status = 'PUBLISHED' AND a.published_at <= now())
      OR EXISTS (SELECT 1 FROM public.quote q JOIN public.article a ON a.id = q.article_id
                 WHERE q.speaker_id = p.id AND q.status = 'CONFIRMED'
                   AND a.status = 'PUBLISHED' AND a.published_at <= now()))
$$;

-- Article.visibleQuotes — FrontPage: the native quotesByArticleId can't keep only CONFIRMED quotes
-- (conditions are equality only), and a boolean computed column used as a condition isn't inlined
-- by PostgreSQL once it needs a sub-select (PersonPage's published-article check), so it would be
-- called once per quote row. These two SETOF functions are inlined instead. They carry no ORDER BY:
-- they're tagged @benchExplicitOrder (see server.mjs) and the query orders them with orderBy
-- [POSITION_ASC, CREATED_AT_ASC, ROW_ID_ASC], Newsdesk's document order (ASC puts NULL positions
-- last). Index: quote_article_id_position_idx. The parent's visibility is re-checked so the field
-- is safe on any article row.
CREATE OR REPLACE FUNCTION bench_postgraphile.article_visible_quotes(a public.article)
RETURNS SETOF public.quote LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT q.* FROM public.quote q
  WHERE q.article_id = a.id AND q.status = 'CONFIRMED'
    AND a.status = 'PUBLISHED' AND a.published_at <= now()
$$;

-- Person.visibleQuotes — PersonPage: the person's quotes readers may see (CONFIRMED, article
-- published); ordered by the query (CREATED_AT_DESC, ROW_ID_DESC). Index:
-- quote_speaker_created_at_idx (speaker_id, created_at DESC, id DESC).
CREATE OR REPLACE FUNCTION bench_postgraphile.person_visible_quotes(p public.person)
RETURNS SETOF public.quote LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT q.* FROM public.quote q
  WHERE q.speaker_id = p.id AND q.status = 'CONFIRMED'
    AND EXISTS (SELECT 1 FROM public.article a
                WHERE a.id = q.article_id AND a.status = 'PUBLISHED' AND a.published_at <= now())
$$;

-- Topic.publishedArticles — TopicPage: through article_topic the native relation can only order by
-- the link table's columns, not by the article's publication time, and can't hide unpublished
-- articles. Indexes: article_topic_topic_id_idx, then article_pkey.
CREATE OR REPLACE FUNCTION bench_postgraphile.topic_published_articles(t public.topic)
RETURNS SETOF public.article LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT a.* FROM public.article a
  WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
    AND EXISTS (SELECT 1 FROM public.article_topic l WHERE l.article_id = a.id AND l.topic_id = t.id)
  ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC
$$;

-- Query.searchArticles — Search: full-text search ranked as Newsdesk ranks it
-- (src/services/article-search.ts): the 500 newest published matches, found by the GIN bitmap or by
-- a walk of article_status_published_at_idx as Newsdesk's article_search_prefers_walk (migration
-- SearchWindow) chooses, ordered by ts_rank DESC, id DESC. The two branches return the same rows;
-- the gate on each is a one-time filter, so only one runs.
CREATE OR REPLACE FUNCTION bench_postgraphile.search_articles(q text)
RETURNS SETOF public.article LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT w.* FROM (
    (SELECT a.* FROM public.article a
     WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
       AND a.search_vector @@ websearch_to_tsquery('english', q)
       AND NOT public.article_search_prefers_walk(q, 500)
     ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT 500)
    UNION ALL
    (SELECT a.* FROM public.article a
     WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
       AND (a.search_vector @@ websearch_to_tsquery('english', q)) IS TRUE
       AND public.article_search_prefers_walk(q, 500)
     ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC LIMIT 500)
  ) w
  ORDER BY ts_rank(w.search_vector, websearch_to_tsquery('english', q))::float8 DESC, w.id DESC
$$;

-- Article.snippet(search) — Search: Newsdesk's one definition of a snippet,
-- public.article_search_snippet (migration SearchWindow). A scalar computed column: inlined as an
-- expression into the select list, computed only for the rows of the page.
CREATE OR REPLACE FUNCTION bench_postgraphile.article_snippet(a public.article, search text)
RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT public.article_search_snippet(a.body, search)
$$;

-- Query.quoteLeaders — QuoteLeaders: PostGraphile has no aggregate over a relation that could rank
-- people by their quotes in a topic's articles of a period, so the ranking is one function, the
-- floor's statement: the topic's articles from article_topic_topic_order_idx (the period is a range
-- of it), their visibility and quotes from the covering indexes of the QuoteLeaders migration. The
-- person comes as columns of the row (a record type has no relation to person). Arguments are
-- qualified by the function's name: in a SQL function a column of the same name would win.
CREATE OR REPLACE FUNCTION bench_postgraphile.quote_leaders(topic text, published_after timestamptz, published_before timestamptz)
RETURNS TABLE (person_name text, person_slug text, quote_count int, article_count int, first_quoted_at timestamptz, last_quoted_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT p.name, p.slug::text, r.quote_count, r.article_count, r.first_quoted_at, r.last_quoted_at
  FROM (
    SELECT per_article.speaker_id, sum(per_article.quotes)::int AS quote_count, count(*)::int AS article_count,
           min(per_article.published_at) AS first_quoted_at, max(per_article.published_at) AS last_quoted_at
    FROM (
      SELECT q.speaker_id, link.published_at, count(*) AS quotes
      FROM public.topic t
      JOIN public.article_topic link ON link.topic_id = t.id
      JOIN public.article a ON a.id = link.article_id
      JOIN public.quote q ON q.article_id = link.article_id
      WHERE t.slug = quote_leaders.topic
        AND coalesce(link.published_at, '-infinity'::timestamptz) >= quote_leaders.published_after
        AND coalesce(link.published_at, '-infinity'::timestamptz) < quote_leaders.published_before
        AND coalesce(link.published_at, '-infinity'::timestamptz) <= now()
        AND a.status = 'PUBLISHED' AND a.published_at <= now() AND q.status = 'CONFIRMED' AND q.speaker_id IS NOT NULL
      GROUP BY q.speaker_id, q.article_id, link.published_at
    ) per_article
    GROUP BY per_article.speaker_id
  ) r
  JOIN public.person p ON p.id = r.speaker_id
  ORDER BY r.quote_count DESC, r.last_quoted_at DESC, r.speaker_id DESC
$$;

-- Order comes from the query's orderBy (+order), not from the function (see server.mjs).
COMMENT ON FUNCTION bench_postgraphile.article_visible_quotes(public.article) IS
  E'@behavior +order\n@benchExplicitOrder\nQuotes of this article readers may see: CONFIRMED, article published.';
COMMENT ON FUNCTION bench_postgraphile.person_visible_quotes(public.person) IS
  E'@behavior +order\n@benchExplicitOrder\nQuotes by this person readers may see: CONFIRMED, article published.';

-- Root fields would otherwise carry the schema's prefix (benchPostgraphilePublishedArticles…):
-- the @name smart tag gives them plain names.
COMMENT ON FUNCTION bench_postgraphile.published_articles() IS
  E'@name published_articles\nPublished articles (status PUBLISHED, published_at <= now()), newest first.';
COMMENT ON FUNCTION bench_postgraphile.published_article_by_slug(text) IS
  E'@name published_article_by_slug\nThe article with this slug, if readers may see it.';
COMMENT ON FUNCTION bench_postgraphile.published_person_by_slug(text) IS
  E'@name published_person_by_slug\nThe person with this slug, if readers may meet them in published work.';
COMMENT ON FUNCTION bench_postgraphile.quote_leaders(text, timestamptz, timestamptz) IS
  E'@name quote_leaders\nPeople ranked by their confirmed, visible quotes in the topic''s articles published in [published_after, published_before).';
COMMENT ON FUNCTION bench_postgraphile.search_articles(text) IS
  E'@name search_articles\nThe 500 newest published articles matching websearch_to_tsquery(''english'', q), by ts_rank DESC, id DESC.';
