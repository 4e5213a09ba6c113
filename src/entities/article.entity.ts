import { Unique, Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "./date-time.scalar";
import { ArticleStatus, sqlValues } from "./enums";

@ObjectType({ description: "A story: its text, where it stands in the workflow, and who and what it is about.", simpleResolvers: true })
@Entity()
@Unique("article_slug_key", ["slug"])
@Check("article_status_check", `"status" IN (${sqlValues(ArticleStatus)})`)
@Check("article_published_at_check", `"status" NOT IN ('PUBLISHED', 'ARCHIVED') OR "published_at" IS NOT NULL`)
// Ordering and search indexes need DESC/NULLS LAST and GIN, which decorators cannot express;
// they are created by the migrations and only named here so schema checks leave them alone.
@Index("article_status_published_at_idx", { synchronize: false })
@Index("article_published_at_idx", { synchronize: false })
@Index("article_created_at_idx", { synchronize: false })
@Index("article_updated_at_idx", { synchronize: false })
@Index("article_search_vector_idx", { synchronize: false })
@Index("article_visibility_idx", { synchronize: false })
// Ingest finds the article it made from a source by its address.
@Index("article_source_url_idx", ["sourceUrl"])
export class Article {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "article_pkey" })
  id!: string;

  @Field({ description: "URL-friendly unique name, e.g. `trump-and-putin-to-hold-first-call`." })
  @Column({ type: "varchar", length: 200 })
  slug!: string;

  @Field({ description: "The headline." })
  @Column({ type: "text" })
  headline!: string;

  @Field(() => String, { nullable: true, description: "The summary shown under the headline." })
  @Column({ type: "text", nullable: true })
  standfirst!: string | null;

  @Field({ description: "The story text, paragraphs separated by blank lines." })
  @Column({ type: "text" })
  body!: string;

  @Field(() => String, { nullable: true, description: "Where the story was filed from, e.g. `MOSCOW`." })
  @Column({ type: "varchar", length: 100, nullable: true })
  dateline!: string | null;

  @Field(() => String, { nullable: true, description: "Address of the original (wire or web) source." })
  @Column({ type: "text", nullable: true })
  sourceUrl!: string | null;

  @Field(() => ArticleStatus, { description: "Where the article stands in the editorial workflow." })
  @Column({ type: "varchar", length: 16, default: ArticleStatus.DRAFT })
  status!: ArticleStatus;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: "When the article is (or was) published; readers see it only once this moment has passed.",
  })
  @Column({ type: "timestamptz", nullable: true })
  publishedAt!: Date | null;

  @Field(() => GraphQLDateTime, { description: "When the article was created." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When the article was last changed." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => Int, { description: "Edit version; increases with every change (optimistic locking)." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  // Weighted full-text vector of headline (A), standfirst (B) and body (C), kept by PostgreSQL.
  @Column({
    type: "tsvector",
    select: false,
    insert: false,
    update: false,
    generatedType: "STORED",
    asExpression:
      "setweight(to_tsvector('english', coalesce(headline, '')), 'A') || " +
      "setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') || " +
      "setweight(to_tsvector('english', coalesce(body, '')), 'C')",
  })
  searchVector?: string;

  @Field(() => Int, { description: "Number of words in the body." })
  get wordCount(): number {
    const words = this.body.match(/\S+/g);
    return words ? words.length : 0;
  }
}
