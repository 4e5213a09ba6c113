import { Unique, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "./date-time.scalar";

@ObjectType({ description: "A subject articles are tagged with; topics form a tree (Politics › Sanctions).", simpleResolvers: true })
@Entity()
@Unique("topic_slug_key", ["slug"])
@Index("topic_name_idx", ["name", "id"])
export class Topic {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "topic_pkey" })
  id!: string;

  @Field({ description: "URL-friendly unique name, e.g. `sanctions`." })
  @Column({ type: "varchar", length: 200 })
  slug!: string;

  @Field({ description: "Display name, e.g. `Sanctions`." })
  @Column({ type: "text" })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the topic covers." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => [String], {
    description:
      "Words and phrases that signal the topic in copy beyond its name, e.g. `embargo` for Sanctions; ingest uses them to suggest topics.",
  })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  keywords!: string[];

  /** The parent topic's id; null for a root topic. */
  @Index("topic_parent_id_idx")
  @Column({ type: "uuid", nullable: true })
  parentId!: string | null;

  // Declares the foreign key only; GraphQL resolves `parent` through a loader.
  @ManyToOne(() => Topic, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "topic_parent_id_fkey" })
  parent?: Topic | null;

  @Field(() => GraphQLDateTime, { description: "When the topic was created." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When the topic was last changed." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => Int, { description: "Edit version; increases with every change (optimistic locking)." })
  @Column({ type: "integer", default: 1 })
  version!: number;
}
