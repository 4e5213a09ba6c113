import { MigrationInterface, QueryRunner } from "typeorm";

export class PersonMerges1795714148307 implements MigrationInterface {
  name = "PersonMerges1795714148307";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "person_merge" ("merged_id" uuid NOT NULL, "into_id" uuid NOT NULL, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_merge_pkey" PRIMARY KEY ("merged_id"))`);
    await queryRunner.query(`CREATE INDEX "person_merge_into_id_idx" ON "person_merge"  ("into_id") `);
    await queryRunner.query(`ALTER TABLE "person_merge" ADD CONSTRAINT "person_merge_into_id_fkey" FOREIGN KEY ("into_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person_merge" DROP CONSTRAINT "person_merge_into_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."person_merge_into_id_idx"`);
    await queryRunner.query(`DROP TABLE "person_merge"`);
  }
}
