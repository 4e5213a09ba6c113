-- RECOMMENDED page query (first page), written for ONE named prepared statement with a generic plan:
-- the search's tsquery is an InitPlan (parsed once, not per row) and the access path is chosen at run time by
-- one-time filters on an estimate, not by the planner, so the plan does not depend on the term.
--   $1 search text   $2 visibleAsOf (viewer.asOf)   $3 K, window size (500)   $4 first (20)   $5 first + 1 (peek)
-- Output per row: id, headline, rank (cursor key, text of float8), window bounds (cursor), snippet (page rows only).
WITH q AS (
  SELECT websearch_to_tsquery('english', $1) AS tsq,
         -- highlight with an OR of the search's lexemes (a passage then needs to hold one term, not all)
         (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l)::tsquery AS hl,
         -- where the body first shows a search stem, to cut the text ts_headline must parse
         (SELECT '\m(' || string_agg(l, '|') || ')' FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l) AS re
), est AS (
  -- share of articles estimated to match: lexeme shares from the statistics, AND -> product, OR -> sum,
  -- unknown lexeme -> half the smallest known share (as PostgreSQL's own tsquery estimate)
  -- walk iff it reads fewer rows than the bitmap, in cost: K/share rows at ~5 us (detoast + @@) against
  -- share * N rows at ~2 us (heap visit), i.e. share^2 * N > 2.5 * K (N from pg_class; at 1 M: share > ~3.5 %)
  SELECT (CASE WHEN $1 ~* '\mor\M' THEN least(1, sum(share)) ELSE exp(sum(ln(greatest(share, 1e-9)))) END) ^ 2
           * (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'article'::regclass) > 2.5 * $3 AS walk
  FROM (SELECT coalesce((SELECT s.share FROM article_lexeme_share s WHERE s.lexeme = l),
                        (SELECT min(share) FROM article_lexeme_share) / 2) AS share
        FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l) x
)
SELECT p.id, p.headline, p.rank::text AS rank,
       p.win_low_pub, p.win_low_id, p.win_high_pub, p.win_high_id, p.win_full,
       CASE WHEN p.pos <= $4 THEN
         CASE WHEN p.cut LIKE '%<b>%' THEN p.cut
              ELSE ts_headline('english', p.body, (SELECT hl FROM q), 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') END
       END AS snippet
FROM (
  SELECT r.*,
         CASE WHEN r.pos <= $4 THEN
           ts_headline('english', substr(r.body, greatest(1, regexp_instr(r.body, (SELECT re FROM q), 1, 1, 0, 'i') - 200), 500),
                       (SELECT hl FROM q), 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') END AS cut
  FROM (
    SELECT w.*, row_number() OVER (ORDER BY w.rank DESC, w.id DESC) AS pos
    FROM (
      SELECT c.id, c.headline, c.body,
             ts_rank(c.search_vector, (SELECT tsq FROM q))::float8 AS rank,
             last_value(c.pub) OVER win AS win_low_pub, last_value(c.id) OVER win AS win_low_id,
             first_value(c.pub) OVER win AS win_high_pub, first_value(c.id) OVER win AS win_high_id,
             count(*) OVER win = $3 AS win_full
      FROM (
        -- selective searches: GIN bitmap of all matches, top K by date (no index has this order: never a walk)
        (SELECT a.id, a.headline, a.body, a.search_vector, a.published_at AS pub
         FROM article a
         WHERE a.status = 'PUBLISHED' AND a.published_at <= $2
           AND a.search_vector @@ (SELECT tsq FROM q)
           AND NOT (SELECT walk FROM est)
         ORDER BY a.published_at DESC, a.id DESC
         LIMIT $3)
        UNION ALL
        -- frequent searches: walk article_status_published_at_idx newest first until K rows match
        -- (IS TRUE keeps the GIN index out of this branch)
        (SELECT a.id, a.headline, a.body, a.search_vector, a.published_at
         FROM article a
         WHERE a.status = 'PUBLISHED' AND a.published_at <= $2
           AND (a.search_vector @@ (SELECT tsq FROM q)) IS TRUE
           AND (SELECT walk FROM est)
         ORDER BY coalesce(a.published_at, '-infinity'::timestamptz) DESC, a.id DESC
         LIMIT $3)
      ) c
      WINDOW win AS (ORDER BY c.pub DESC, c.id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
      ORDER BY rank DESC, c.id DESC
      LIMIT $5
    ) w
  ) r
  OFFSET 0
) p
ORDER BY p.pos;
