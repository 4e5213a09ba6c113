-- DDL the recommended search needs (a migration). No new index: the existing article_search_vector_idx (GIN) and
-- article_status_published_at_idx (status, coalesce(published_at) DESC, id DESC) are the two access paths.

-- The statistics' lexeme shares, readable per search with one index lookup per lexeme (reading pg_stats itself
-- inside the statement cost ~7 ms: it casts the 1 000-element anyarray to text each time).
CREATE TABLE article_lexeme_share (
  lexeme text PRIMARY KEY,
  share  real NOT NULL            -- share of articles whose search_vector holds the lexeme (pg_stats MCELEM)
);

-- Refresh after ANALYZE of article (a job: autovacuum's analyze does not call back; nightly or hourly is plenty —
-- a stale share only changes which of two equivalent plans runs, never the result). Run as the table owner.
BEGIN;
DELETE FROM article_lexeme_share;
INSERT INTO article_lexeme_share (lexeme, share)
SELECT e, f
FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f)
WHERE s.schemaname = current_schema() AND s.tablename = 'article' AND s.attname = 'search_vector' AND e IS NOT NULL;
COMMIT;
-- (unnest pairs the two arrays; most_common_elem_freqs carries 3 extra trailing numbers — min, max, null share —
--  which pair with NULL lexemes and are dropped by "e IS NOT NULL".)

-- Optional: track more lexemes (default statistics target 100 -> 1 000 lexemes; 1 000 -> 10 000). ANALYZE of
-- article gets slower; only worth it if real searches use lexemes outside the top 1 000 that are still frequent.
-- ALTER TABLE article ALTER COLUMN search_vector SET STATISTICS 1000;
