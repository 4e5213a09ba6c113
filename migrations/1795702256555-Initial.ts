// The initial schema of DESIGN.md: generated from the entities (npm run migration:generate), plus
// what decorators cannot express, at the end of up(): trigram search, DESC orderings, GIN indexes.
import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795702256555 implements MigrationInterface {
  name = "Initial1795702256555";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Name and aliases as one string, for trigram person search; an index needs an IMMUTABLE function.
    await queryRunner.query(
      `CREATE FUNCTION person_names(name text, aliases text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE ` +
        `RETURN name || ' ' || array_to_string(aliases, ' ')`,
    );
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [await queryRunner.getCurrentDatabase(), "public", "article", "GENERATED_COLUMN", "search_vector", "setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')"]);
    await queryRunner.query(`CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(200) NOT NULL, "headline" text NOT NULL, "standfirst" text, "body" text NOT NULL, "dateline" character varying(100), "source_url" text, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED NOT NULL, CONSTRAINT "article_slug_key" UNIQUE ("slug"), CONSTRAINT "article_published_at_check" CHECK ("status" NOT IN ('PUBLISHED', 'ARCHIVED') OR "published_at" IS NOT NULL), CONSTRAINT "article_status_check" CHECK ("status" IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "article_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(200) NOT NULL, "name" text NOT NULL, "aliases" text array NOT NULL DEFAULT '{}', "title" text, "description" text, "wikidata_id" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "person_wikidata_id_key" UNIQUE ("wikidata_id"), CONSTRAINT "person_slug_key" UNIQUE ("slug"), CONSTRAINT "person_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "person_name_idx" ON "person"  ("name", "id") `);
    await queryRunner.query(`CREATE TABLE "topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(200) NOT NULL, "name" text NOT NULL, "description" text, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "topic_slug_key" UNIQUE ("slug"), CONSTRAINT "topic_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "topic_parent_id_idx" ON "topic"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "topic_name_idx" ON "topic"  ("name", "id") `);
    await queryRunner.query(`CREATE TABLE "article_topic" ("article_id" uuid NOT NULL, "topic_id" uuid NOT NULL, CONSTRAINT "article_topic_pkey" PRIMARY KEY ("article_id", "topic_id"))`);
    await queryRunner.query(`CREATE INDEX "article_topic_topic_id_idx" ON "article_topic"  ("topic_id", "article_id") `);
    await queryRunner.query(`CREATE TABLE "article_person" ("article_id" uuid NOT NULL, "person_id" uuid NOT NULL, "mention_count" integer NOT NULL DEFAULT '1', CONSTRAINT "article_person_mention_count_check" CHECK ("mention_count" >= 0), CONSTRAINT "article_person_pkey" PRIMARY KEY ("article_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "article_person_person_id_idx" ON "article_person"  ("person_id", "article_id") `);
    await queryRunner.query(`CREATE TABLE "article_author" ("article_id" uuid NOT NULL, "person_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "article_author_article_id_position_key" UNIQUE ("article_id", "position"), CONSTRAINT "article_author_position_check" CHECK ("position" >= 0), CONSTRAINT "article_author_pkey" PRIMARY KEY ("article_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "article_author_person_id_idx" ON "article_author"  ("person_id") `);
    await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`, [await queryRunner.getCurrentDatabase(), "public", "quote", "GENERATED_COLUMN", "search_vector", "to_tsvector('english', coalesce(text, ''))"]);
    await queryRunner.query(`CREATE TABLE "quote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "text" text NOT NULL, "article_id" uuid NOT NULL, "speaker_id" uuid, "context" text, "position" integer, "status" character varying(16) NOT NULL DEFAULT 'SUGGESTED', "is_fragment" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text, ''))) STORED NOT NULL, CONSTRAINT "quote_status_check" CHECK ("status" IN ('SUGGESTED', 'CONFIRMED', 'REJECTED')), CONSTRAINT "quote_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "quote_article_id_position_idx" ON "quote"  ("article_id", "position") `);
    await queryRunner.query(`ALTER TABLE "topic" ADD CONSTRAINT "topic_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_person" ADD CONSTRAINT "article_person_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_person" ADD CONSTRAINT "article_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_author" ADD CONSTRAINT "article_author_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_author" ADD CONSTRAINT "article_author_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quote" ADD CONSTRAINT "quote_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);

    // Orderings of the contract (src/services/article.service.ts): unpublished articles sort as
    // the oldest, so every ordering is a plain row comparison an index can seek to.
    await queryRunner.query(`CREATE INDEX "article_status_published_at_idx" ON "article" ("status", (coalesce("published_at", '-infinity'::timestamptz)) DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "article_published_at_idx" ON "article" ((coalesce("published_at", '-infinity'::timestamptz)) DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "article_created_at_idx" ON "article" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "article_updated_at_idx" ON "article" ("updated_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "article_search_vector_idx" ON "article" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "quote_speaker_created_at_idx" ON "quote" ("speaker_id", "created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quote_created_at_idx" ON "quote" ("created_at" DESC, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "quote_search_vector_idx" ON "quote" USING gin ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "person_names_trgm_idx" ON "person" USING gin (person_names("name", "aliases") gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_names_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "quote_search_vector_idx"`);
    await queryRunner.query(`DROP INDEX "quote_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "quote_speaker_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "article_search_vector_idx"`);
    await queryRunner.query(`DROP INDEX "article_updated_at_idx"`);
    await queryRunner.query(`DROP INDEX "article_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "article_published_at_idx"`);
    await queryRunner.query(`DROP INDEX "article_status_published_at_idx"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "quote_speaker_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP CONSTRAINT "quote_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_author" DROP CONSTRAINT "article_author_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_author" DROP CONSTRAINT "article_author_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_person" DROP CONSTRAINT "article_person_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_person" DROP CONSTRAINT "article_person_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "article_topic_topic_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_topic" DROP CONSTRAINT "article_topic_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "topic" DROP CONSTRAINT "topic_parent_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."quote_article_id_position_idx"`);
    await queryRunner.query(`DROP TABLE "quote"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search_vector", await queryRunner.getCurrentDatabase(), "public", "quote"]);
    await queryRunner.query(`DROP INDEX "public"."article_author_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "article_author"`);
    await queryRunner.query(`DROP INDEX "public"."article_person_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "article_person"`);
    await queryRunner.query(`DROP INDEX "public"."article_topic_topic_id_idx"`);
    await queryRunner.query(`DROP TABLE "article_topic"`);
    await queryRunner.query(`DROP INDEX "public"."topic_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."topic_parent_id_idx"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP INDEX "public"."person_name_idx"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "article"`);
    await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`, ["GENERATED_COLUMN", "search_vector", await queryRunner.getCurrentDatabase(), "public", "article"]);
    await queryRunner.query(`DROP FUNCTION person_names(text, text[])`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
