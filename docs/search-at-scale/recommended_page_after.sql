-- RECOMMENDED page query after a cursor (same prepared-statement style as recommended_page.sql).
-- The cursor of a RELEVANCE search carries: the search's fingerprint and K (in the ordering name), the last row's
-- (rank, id), and the window of the first page: newest (hp, hi) and oldest (lp, li) member and whether it was full.
-- Candidates are the published matches inside that window (so the set does not slide when articles are published
-- between pages); past the window's end, when it was full, older matches follow newest first (phase 'D').
--   $1 search  $2 visibleAsOf  $3 cursor rank (float8)  $4 cursor id  $5 lp  $6 li  $7 hp  $8 hi
--   $9 window was full (bool)  $10 first  $11 first + 1   (a cursor of phase 'D' is an ordinary
--   PUBLISHED_AT cursor: the second branch alone, with (lp, li) replaced by that cursor's (published_at, id))
WITH q AS (
  SELECT websearch_to_tsquery('english', $1) AS tsq,
         (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l)::tsquery AS hl,
         (SELECT '\m(' || string_agg(l, '|') || ')' FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l) AS re
), est AS (
  -- walk iff it reads fewer rows than the bitmap, in cost: K/share rows at ~5 us (detoast + @@) against
  -- share * N rows at ~2 us (heap visit), i.e. share^2 * N > 2.5 * K (N from pg_class; at 1 M: share > ~3.5 %)
  SELECT (CASE WHEN $1 ~* '\mor\M' THEN least(1, sum(share)) ELSE exp(sum(ln(greatest(share, 1e-9)))) END) ^ 2
           * (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'article'::regclass) > 2.5 * $3 AS walk
  FROM (SELECT coalesce((SELECT s.share FROM article_lexeme_share s WHERE s.lexeme = l),
                        (SELECT min(share) FROM article_lexeme_share) / 2) AS share
        FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l) x
)
SELECT p.id, p.headline, p.phase, p.rank::text AS rank, p.pub,
       CASE WHEN p.pos <= $10 THEN
         CASE WHEN p.cut LIKE '%<b>%' THEN p.cut
              ELSE ts_headline('english', p.body, (SELECT hl FROM q), 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') END
       END AS snippet
FROM (
  SELECT r.*, ts_headline('english', substr(r.body, greatest(1, regexp_instr(r.body, (SELECT re FROM q), 1, 1, 0, 'i') - 200), 500),
                          (SELECT hl FROM q), 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') AS cut
  FROM (
    SELECT u.*, row_number() OVER () AS pos
    FROM (
      (SELECT w.id, w.headline, w.body, 'R' AS phase, w.rank, w.pub
       FROM (
         SELECT c.*, ts_rank(c.search_vector, (SELECT tsq FROM q))::float8 AS rank
         FROM (
           (SELECT a.id, a.headline, a.body, a.search_vector, a.published_at AS pub FROM article a
            WHERE a.status = 'PUBLISHED' AND a.published_at <= $2 AND a.search_vector @@ (SELECT tsq FROM q)
              AND (a.published_at, a.id) BETWEEN ($5, $6) AND ($7, $8)
              AND NOT (SELECT walk FROM est))
           UNION ALL
           (SELECT a.id, a.headline, a.body, a.search_vector, a.published_at FROM article a
            WHERE a.status = 'PUBLISHED' AND a.published_at <= $2 AND (a.search_vector @@ (SELECT tsq FROM q)) IS TRUE
              AND coalesce(a.published_at, '-infinity'::timestamptz) BETWEEN $5 AND $7
              AND (a.published_at, a.id) BETWEEN ($5, $6) AND ($7, $8)
              AND (SELECT walk FROM est))
         ) c
       ) w
       WHERE (w.rank, w.id) < ($3, $4)
       ORDER BY w.rank DESC, w.id DESC
       LIMIT $11)
      UNION ALL
      (SELECT a.id, a.headline, a.body, 'D', NULL, a.published_at FROM article a
       WHERE $9 AND a.status = 'PUBLISHED' AND a.published_at <= $2 AND a.search_vector @@ (SELECT tsq FROM q)
         AND (a.published_at, a.id) < ($5, $6)
       ORDER BY a.published_at DESC, a.id DESC
       LIMIT $11)
      LIMIT $11
    ) u
  ) r
  OFFSET 0
) p
ORDER BY p.pos;
