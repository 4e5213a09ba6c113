-- Snippet loader (search.loaders.ts snippetByArticleId) in the same definition as the page statement.
-- $1 search text (snippetTerm: trimmed, first 200 characters)   $2 uuid[] article ids
-- NOT run standalone here (the bench server was down by then); the expressions are those of recommended_page.sql,
-- which was run and checked.
WITH q AS (
  SELECT (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l)::tsquery AS hl,
         (SELECT '\m(' || string_agg(l, '|') || ')' FROM unnest(tsvector_to_array(to_tsvector('english', $1))) l) AS re
)
SELECT a.id,
       CASE WHEN c.cut LIKE '%<b>%' THEN c.cut
            ELSE ts_headline('english', a.body, q.hl, 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') END AS snippet
FROM q
CROSS JOIN article a
CROSS JOIN LATERAL (
  SELECT ts_headline('english', substr(a.body, greatest(1, regexp_instr(a.body, q.re, 1, 1, 0, 'i') - 200), 500), q.hl,
                     'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') AS cut
) c
WHERE a.id = ANY($2);
