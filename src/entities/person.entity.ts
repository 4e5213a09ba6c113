import { Unique, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "./date-time.scalar";

@ObjectType({ description: "A real person who is mentioned, quoted or credited in articles.", simpleResolvers: true })
@Entity()
@Unique("person_slug_key", ["slug"])
@Unique("person_wikidata_id_key", ["wikidataId"])
@Index("person_name_idx", ["name", "id"])
// Trigram indexes for typo-tolerant name search; created by the migrations.
@Index("person_names_trgm_idx", { synchronize: false })
export class Person {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "person_pkey" })
  id!: string;

  @Field({ description: "URL-friendly unique name, e.g. `vladimir-putin`." })
  @Column({ type: "varchar", length: 200 })
  slug!: string;

  @Field({ description: "Canonical full name, e.g. `Vladimir Putin`." })
  @Column({ type: "text" })
  name!: string;

  @Field(() => [String], { description: "Other names the person appears under in copy, e.g. `Putin`." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Current role, e.g. `President of Russia`." })
  @Column({ type: "text", nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "A short editorial description." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata item identifier, e.g. `Q7747`." })
  @Column({ type: "varchar", length: 32, nullable: true })
  wikidataId!: string | null;

  @Field(() => GraphQLDateTime, { description: "When the person was added." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When the person was last changed." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => Int, { description: "Edit version; increases with every change (optimistic locking)." })
  @Column({ type: "integer", default: 1 })
  version!: number;
}
