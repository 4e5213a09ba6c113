import { MigrationInterface, QueryRunner } from "typeorm";

export class IngestSupport1795711885133 implements MigrationInterface {
  name = "IngestSupport1795711885133";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "topic" ADD "keywords" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "article_source_url_idx" ON "article"  ("source_url") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."article_source_url_idx"`);
    await queryRunner.query(`ALTER TABLE "topic" DROP COLUMN "keywords"`);
  }
}
