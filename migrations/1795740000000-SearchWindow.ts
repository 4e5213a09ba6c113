import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search that stays flat as the archive grows (docs/search.md). A relevance search ranks only its
 * newest matches, found by one of two access paths chosen at run time: a bitmap of every match from
 * the GIN index (cheap when few articles match), or a walk of the publication-date index testing
 * each article until enough match (cheap when many do). PostgreSQL's planner prices the `@@` test
 * as a cheap operator and has no cost for reading the TOASTed vector, so it cannot be left to pick;
 * the choice is made by `article_search_prefers_walk` from the planner's own statistics, copied by
 * `refresh_article_lexeme_share` (reading pg_stats inside every search cost ~7 ms). A stale or empty
 * table only changes which of the two equivalent paths runs, never an answer.
 *
 * `article_search_snippet` is the one definition of a search result's snippet, so the API and the
 * benchmark's other systems show the same passage.
 */
export class SearchWindow1795740000000 implements MigrationInterface {
  name = "SearchWindow1795740000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "article_lexeme_share" ("lexeme" text NOT NULL, "share" real NOT NULL, CONSTRAINT "article_lexeme_share_pkey" PRIMARY KEY ("lexeme"))`);
    // pg_stats pairs each most common lexeme with its share of rows; the three numbers trailing the
    // shares (minimum, maximum, share of nulls) pair with no lexeme and are dropped.
    await queryRunner.query(`
      CREATE FUNCTION refresh_article_lexeme_share() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        copied integer;
      BEGIN
        -- Two processes refreshing at once take turns rather than colliding on the primary key.
        PERFORM pg_advisory_xact_lock(hashtext('refresh_article_lexeme_share'));
        DELETE FROM article_lexeme_share;
        INSERT INTO article_lexeme_share (lexeme, share)
        SELECT statistic.lexeme, statistic.share
        FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS statistic(lexeme, share)
        WHERE s.schemaname = current_schema() AND s.tablename = 'article' AND s.attname = 'search_vector'
          AND statistic.lexeme IS NOT NULL
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS copied = ROW_COUNT;
        RETURN copied;
      END
      $$`);
    // The estimated share of articles a search matches (ANDed words: the product of their shares;
    // "or": the sum; a word the statistics do not list: half the smallest listed share, as
    // PostgreSQL's own estimate). The walk reads about window/share rows at ~5 µs each (the vector
    // is read for every row), the bitmap share·N rows at ~2 µs: walk when share²·N > 2.5·window.
    await queryRunner.query(`
      CREATE FUNCTION article_search_prefers_walk(search text, window_size integer) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(
          (CASE WHEN search ~* '\\mor\\M' THEN least(1, sum(word.share)) ELSE exp(sum(ln(greatest(word.share, 1e-9)))) END) ^ 2
            * (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'article'::regclass) > 2.5 * window_size,
          false)
        FROM (
          SELECT coalesce(
                   (SELECT s.share FROM article_lexeme_share s WHERE s.lexeme = search_word),
                   (SELECT min(s.share) / 2 FROM article_lexeme_share s),
                   1e-9) AS share
          FROM unnest(tsvector_to_array(to_tsvector('english', search))) AS search_word
        ) word
      $$`);
    // The passage around the first of the search's words in the body, every word highlighted (a
    // passage then needs to hold one of them, not all: 12 % of snippets of two-word searches showed
    // no word at all). ts_headline parses all the text it is given, so it is given 500 characters
    // around the first match; when those show nothing highlighted (a stem that prefixes another
    // word), the whole body.
    await queryRunner.query(`
      CREATE FUNCTION article_search_snippet(body text, search text) RETURNS text
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        WITH words AS (
          SELECT array_agg(lexeme) AS lexemes FROM unnest(tsvector_to_array(to_tsvector('english', search))) AS lexeme
        ), highlight AS (
          SELECT coalesce(
                   (SELECT string_agg(quote_literal(lexeme), ' | ') FROM unnest(words.lexemes) AS lexeme)::tsquery,
                   websearch_to_tsquery('english', search)) AS query,
                 '\\m(' || (SELECT string_agg(regexp_replace(lexeme, '([^[:alnum:]_])', '\\\\\\1', 'g'), '|') FROM unnest(words.lexemes) AS lexeme) || ')' AS first_word
          FROM words
        ), passage AS (
          SELECT highlight.query,
                 ts_headline('english',
                   substr(body, greatest(1, coalesce(regexp_instr(body, highlight.first_word, 1, 1, 0, 'i'), 0) - 200), 500),
                   highlight.query, 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') AS text
          FROM highlight
        )
        SELECT CASE WHEN passage.text LIKE '%<b>%' THEN passage.text
                    ELSE ts_headline('english', body, passage.query, 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>') END
        FROM passage
      $$`);
    await queryRunner.query(`SELECT refresh_article_lexeme_share()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION article_search_snippet(text, text)`);
    await queryRunner.query(`DROP FUNCTION article_search_prefers_walk(text, integer)`);
    await queryRunner.query(`DROP FUNCTION refresh_article_lexeme_share()`);
    await queryRunner.query(`DROP TABLE "article_lexeme_share"`);
  }
}
