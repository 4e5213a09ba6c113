import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A person's page reads their newest quotes that a reader may see: confirmed, in a published
 * article. quote_speaker_created_at_idx gave the order but not the status or the article, so
 * PostgreSQL read every quote of a busy speaker (1 400 at 20 000 articles) and sorted them. With
 * those two columns included, the page's keys are an index-only walk that stops at the twentieth
 * visible quote (read/relations.ts: Person.quotes is prefetched keys first). The text is left out:
 * a quote may hold 5 000 characters, more than a B-tree entry can.
 */
export class SpeakerQuotePages1795750000000 implements MigrationInterface {
  name = "SpeakerQuotePages1795750000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    // About a minute at a million articles (five million quotes); the API's statement timeout is
    // for requests, not for this.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`DROP INDEX "quote_speaker_created_at_idx"`);
    await queryRunner.query(
      `CREATE INDEX "quote_speaker_created_at_idx" ON "quote" ("speaker_id", "created_at" DESC, "id" DESC) INCLUDE ("status", "article_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "quote_speaker_created_at_idx"`);
    await queryRunner.query(`CREATE INDEX "quote_speaker_created_at_idx" ON "quote" ("speaker_id", "created_at" DESC, "id" DESC)`);
  }
}
