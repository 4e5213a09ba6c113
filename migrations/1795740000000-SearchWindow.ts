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
 * `article_search_passage` (with the search's `article_search_highlight` and
 * `article_search_first_word`; `article_search_snippet` composes the three) is the one definition of
 * a search result's snippet, so the API and the benchmark's other systems show the same passage.
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
    // A search result's snippet: the passage around the first of the search's words in the body,
    // every word highlighted (a passage then needs to hold one of them, not all: 12 % of snippets
    // of two-word searches showed no word at all). In three parts, so that what depends only on the
    // search is worked out once per statement rather than once per article: the words as a
    // tsquery of alternatives, a pattern finding the first of them, and the passage itself.
    // ts_headline parses all the text it is given, so it is given 500 characters around the first
    // match; when those show nothing highlighted (a stem that prefixes another word), the whole body.
    await queryRunner.query(`
      CREATE FUNCTION article_search_highlight(search text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(
          (SELECT string_agg(quote_literal(lexeme), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', search))) AS lexeme)::tsquery,
          websearch_to_tsquery('english', search))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION article_search_first_word(search text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT '\\m(' || (SELECT string_agg(regexp_replace(lexeme, '([^[:alnum:]_])', '\\\\\\1', 'g'), '|')
                           FROM unnest(tsvector_to_array(to_tsvector('english', search))) AS lexeme) || ')'
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION article_search_passage(body text, highlight tsquery, first_word text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        around_first text := ts_headline('english',
          substr(body, greatest(1, coalesce(regexp_instr(body, first_word, 1, 1, 0, 'i'), 0) - 200), 500),
          highlight, 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>');
      BEGIN
        IF around_first LIKE '%<b>%' THEN
          RETURN around_first;
        END IF;
        RETURN ts_headline('english', body, highlight, 'MaxFragments=1, MaxWords=30, MinWords=12, StartSel=<b>, StopSel=</b>');
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION article_search_snippet(body text, search text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT article_search_passage(body, article_search_highlight(search), article_search_first_word(search))
      $$`);
    await queryRunner.query(`SELECT refresh_article_lexeme_share()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION article_search_snippet(text, text)`);
    await queryRunner.query(`DROP FUNCTION article_search_passage(text, tsquery, text)`);
    await queryRunner.query(`DROP FUNCTION article_search_first_word(text)`);
    await queryRunner.query(`DROP FUNCTION article_search_highlight(text)`);
    await queryRunner.query(`DROP FUNCTION article_search_prefers_walk(text, integer)`);
    await queryRunner.query(`DROP FUNCTION refresh_article_lexeme_share()`);
    await queryRunner.query(`DROP TABLE "article_lexeme_share"`);
  }
}
