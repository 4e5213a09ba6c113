import { MigrationInterface, QueryRunner } from "typeorm";

export class EditingHistory1795710818436 implements MigrationInterface {
  name = "EditingHistory1795710818436";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "article_revision" ("article_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "editor" text NOT NULL, "status" character varying(16) NOT NULL, "previous_status" character varying(16), "change" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "article_revision_status_check" CHECK ("status" IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "article_revision_pkey" PRIMARY KEY ("article_id", "version"))`);
    await queryRunner.query(`CREATE TABLE "article_previous_slug" ("slug" character varying(200) NOT NULL, "article_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "article_previous_slug_pkey" PRIMARY KEY ("slug"))`);
    await queryRunner.query(`CREATE INDEX "article_previous_slug_article_id_idx" ON "article_previous_slug"  ("article_id") `);
    await queryRunner.query(`CREATE TABLE "person_previous_slug" ("slug" character varying(200) NOT NULL, "person_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_previous_slug_pkey" PRIMARY KEY ("slug"))`);
    await queryRunner.query(`CREATE INDEX "person_previous_slug_person_id_idx" ON "person_previous_slug"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "topic" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "topic" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "quote" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "quote" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "article_revision" ADD CONSTRAINT "article_revision_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_previous_slug" ADD CONSTRAINT "article_previous_slug_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person_previous_slug" ADD CONSTRAINT "person_previous_slug_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person_previous_slug" DROP CONSTRAINT "person_previous_slug_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_previous_slug" DROP CONSTRAINT "article_previous_slug_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "article_revision" DROP CONSTRAINT "article_revision_article_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "quote" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "topic" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "topic" DROP COLUMN "updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."person_previous_slug_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "person_previous_slug"`);
    await queryRunner.query(`DROP INDEX "public"."article_previous_slug_article_id_idx"`);
    await queryRunner.query(`DROP TABLE "article_previous_slug"`);
    await queryRunner.query(`DROP TABLE "article_revision"`);
  }
}
