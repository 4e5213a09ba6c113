import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The readers' search index: a copy of each published article's search vector in a table
 * partitioned by month of publication, kept by triggers on `article`. A relevance search ranks its
 * 500 newest matches (services/article-search.ts); over `article`'s one GIN index that meant
 * visiting every match of the archive to find the newest (10 000 heap pages, ~50 ms at a million
 * articles for two common words). Per month, the newest partitions answer alone and the search
 * visits little more than the 500 it ranks (article_search_window).
 *
 * The table has no entity: the application never writes it, the triggers do, like an index. Its
 * vectors are stored inline (STORAGE MAIN, toast_tuple_target at a page) because ranking reads
 * each window member's vector, and a TOASTed one cost a second lookup each (~9 µs, more than the
 * rank itself). No B-tree leads with published_at, so PostgreSQL cannot answer a month by walking
 * dates and testing vectors one by one; the walk over `article` stays for words most articles hold.
 * Partitions are made when a first article is published in their month
 * (article_search_entry_cover), so none needs making ahead of time.
 */
export class SearchEntries1795760000000 implements MigrationInterface {
  name = "SearchEntries1795760000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // A few minutes at a million articles: the copy of every published vector and its index.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`
      CREATE TABLE "article_search_entry" (
        "article_id" uuid NOT NULL,
        "published_at" timestamptz NOT NULL,
        "search_vector" tsvector STORAGE MAIN NOT NULL
      ) PARTITION BY RANGE ("published_at")`);
    await queryRunner.query(`
      CREATE FUNCTION article_search_entry_cover(at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        month timestamp := date_trunc('month', at AT TIME ZONE 'UTC');
        partition text := format('%I.%I', current_schema(), 'article_search_entry_' || to_char(month, 'YYYYMM'));
      BEGIN
        IF to_regclass(partition) IS NOT NULL THEN
          RETURN;
        END IF;
        -- Two transactions publishing the month's first articles at once: the second waits, then
        -- finds it. A lock on the table rather than an advisory one: taking it reads the catalog
        -- changes committed meanwhile, which to_regclass would otherwise not see.
        LOCK TABLE article_search_entry IN SHARE ROW EXCLUSIVE MODE;
        IF to_regclass(partition) IS NOT NULL THEN
          RETURN;
        END IF;
        EXECUTE format('CREATE TABLE %s PARTITION OF article_search_entry FOR VALUES FROM (%L) TO (%L) WITH (toast_tuple_target = 8160)',
          partition, month AT TIME ZONE 'UTC', (month + interval '1 month') AT TIME ZONE 'UTC');
      END $$`);
    // The start of the oldest month with a partition, from the partitions' names (the cover's,
    // which sort by month). Read on every search: pg_inherits by its parent index and the names
    // from the catalog cache, where a join to pg_class scanned it (0.2 against 0.1 ms).
    await queryRunner.query(`
      CREATE FUNCTION article_search_entry_oldest() RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT to_date(right(min(inhrelid::regclass::text), 6), 'YYYYMM')::timestamp AT TIME ZONE 'UTC'
        FROM pg_inherits WHERE inhparent = 'article_search_entry'::regclass
      $$`);
    await queryRunner.query(`
      SELECT article_search_entry_cover(min(published_at)) FROM article WHERE status = 'PUBLISHED'
      GROUP BY date_trunc('month', published_at AT TIME ZONE 'UTC')`);
    await queryRunner.query(
      `INSERT INTO "article_search_entry" ("article_id", "published_at", "search_vector") SELECT "id", "published_at", "search_vector" FROM "article" WHERE "status" = 'PUBLISHED'`,
    );
    // After the copy: building the indexes once is several times faster than growing them per row.
    await queryRunner.query(`CREATE INDEX "article_search_entry_article_idx" ON "article_search_entry" ("article_id")`);
    await queryRunner.query(`CREATE INDEX "article_search_entry_vector_idx" ON "article_search_entry" USING gin ("search_vector")`);
    await queryRunner.query(`
      CREATE FUNCTION article_search_entry_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.status = 'PUBLISHED' THEN
          DELETE FROM article_search_entry WHERE published_at = OLD.published_at AND article_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' THEN
          PERFORM article_search_entry_cover(NEW.published_at);
          INSERT INTO article_search_entry (article_id, published_at, search_vector) VALUES (NEW.id, NEW.published_at, NEW.search_vector);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "article_search_entry_sync" AFTER INSERT OR DELETE ON "article" FOR EACH ROW EXECUTE FUNCTION article_search_entry_sync()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "article_search_entry_sync_update" AFTER UPDATE ON "article" FOR EACH ROW ` +
        `WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."published_at" IS DISTINCT FROM NEW."published_at" ` +
        `OR OLD."search_vector" IS DISTINCT FROM NEW."search_vector") EXECUTE FUNCTION article_search_entry_sync()`,
    );
    // The share of articles a search matches, as article_search_prefers_walk estimated it, now
    // shared with the readers' estimate below.
    await queryRunner.query(`
      CREATE FUNCTION article_search_share(search text) RETURNS float8 LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN search ~* '\\mor\\M' THEN least(1, sum(word.share)) ELSE exp(sum(ln(greatest(word.share, 1e-9)))) END
        FROM (
          SELECT coalesce(
                   (SELECT s.share FROM article_lexeme_share s WHERE s.lexeme = search_word),
                   (SELECT min(s.share) / 2 FROM article_lexeme_share s),
                   1e-9) AS share
          FROM unnest(tsvector_to_array(to_tsvector('english', search))) AS search_word
        ) word
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION article_search_prefers_walk(search text, window_size integer) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT coalesce(
          article_search_share(search) ^ 2 * (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'article'::regclass) > 2.5 * window_size,
          false)
      $$`);
    // The path of a reader's search (services/article-search.ts), from the estimated share of
    // articles it matches: the walk over article's date index reads window / share rows at ~5 µs;
    // the months of the readers' index read about max(window, share · a month's articles) rows at
    // ~10 µs and ~0.1 ms a month; article's own GIN bitmap reads every match once (a month's
    // articles: the archive's over its months, read from the catalog cache rather than summed
    // over the partitions, 0.6 ms a search). Walk when
    // share² · a month's articles > window / 2; read the months when the archive holds more
    // matches than a window (at a million articles, 500–1 000 matches: 31 ms by month, 35 by the
    // bitmap; fewer than 500: 48 against 28); else the bitmap, which then reads no months.
    await queryRunner.query(`
      CREATE FUNCTION article_search_reader_path(search text, window_size integer) RETURNS text
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN estimate.share ^ 2 * estimate.article_rows / greatest(estimate.months, 1) > window_size / 2.0 THEN 'walk'
          WHEN estimate.share * estimate.article_rows > window_size THEN 'months'
          ELSE 'bitmap'
        END
        FROM (
          SELECT coalesce(article_search_share(search), 0) AS share,
                 (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'article'::regclass) AS article_rows,
                 (SELECT count(*) FROM pg_inherits WHERE inhparent = 'article_search_entry'::regclass) AS months
        ) estimate
      $$`);
    // The newest matches a reader may see (published_at up to now), newest first, each with its
    // rank; at most window_size, and none older than (since_published_at, since_id) when given (a
    // later page's window). Months are read newest first, each statement as many whole months as
    // the rate of matches found so far says will fill the window, with a quarter more (four times
    // as many as the last when none were found); whole months, so no partition is read twice.
    await queryRunner.query(`
      CREATE FUNCTION article_search_window(query tsquery, window_size integer, since_published_at timestamptz, since_id uuid)
      RETURNS TABLE (article_id uuid, published_at timestamptz, search_rank real)
      LANGUAGE plpgsql STABLE ROWS 500 AS $$
      DECLARE
        -- published_at <= now(), as the exclusive bound the months need
        upper timestamptz := now() + interval '1 microsecond';
        newest timestamptz := upper;
        oldest timestamptz := greatest(article_search_entry_oldest(), since_published_at);
        lower timestamptz;
        months integer := 1;
        wanted integer := window_size;
        found integer;
        found_so_far integer := 0;
      BEGIN
        WHILE wanted > 0 AND upper > oldest LOOP
          lower := greatest(
            (date_trunc('month', (upper - interval '1 microsecond') AT TIME ZONE 'UTC') - (months - 1) * interval '1 month') AT TIME ZONE 'UTC',
            oldest);
          RETURN QUERY
            SELECT e.article_id, e.published_at, ts_rank(e.search_vector, query)
            FROM article_search_entry e
            WHERE e.search_vector @@ query AND e.published_at >= lower AND e.published_at < upper
              AND (since_published_at IS NULL OR (e.published_at, e.article_id) >= (since_published_at, since_id))
            ORDER BY e.published_at DESC, e.article_id DESC
            LIMIT wanted;
          GET DIAGNOSTICS found = ROW_COUNT;
          wanted := wanted - found;
          found_so_far := found_so_far + found;
          months := CASE
            WHEN found_so_far = 0 THEN months * 4
            ELSE least(months * 16, greatest(1, ceil(
              1.25 * extract(epoch FROM newest - lower) * wanted / found_so_far / extract(epoch FROM interval '1 month'))::integer))
          END;
          upper := lower;
        END LOOP;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION article_search_window(tsquery, integer, timestamptz, uuid)`);
    await queryRunner.query(`DROP FUNCTION article_search_reader_path(text, integer)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION article_search_prefers_walk(search text, window_size integer) RETURNS boolean
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
    await queryRunner.query(`DROP FUNCTION article_search_share(text)`);
    await queryRunner.query(`DROP TRIGGER "article_search_entry_sync_update" ON "article"`);
    await queryRunner.query(`DROP TRIGGER "article_search_entry_sync" ON "article"`);
    await queryRunner.query(`DROP FUNCTION article_search_entry_sync()`);
    await queryRunner.query(`DROP TABLE "article_search_entry"`);
    await queryRunner.query(`DROP FUNCTION article_search_entry_oldest()`);
    await queryRunner.query(`DROP FUNCTION article_search_entry_cover(timestamptz)`);
  }
}
