import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "./date-time.scalar";
import { QuoteStatus, sqlValues } from "./enums";
import { Article } from "./article.entity";
import { Person } from "./person.entity";

@ObjectType({ description: "Words a person said, as quoted in an article.", simpleResolvers: true })
@Entity()
@Check("quote_status_check", `"status" IN (${sqlValues(QuoteStatus)})`)
@Index("quote_article_id_position_idx", ["articleId", "position"])
@Index("quote_speaker_created_at_idx", { synchronize: false })
@Index("quote_created_at_idx", { synchronize: false })
@Index("quote_search_vector_idx", { synchronize: false })
// Covering (INCLUDE) indexes are not expressible as decorators either; see the QuoteLeaders migration.
@Index("quote_article_tally_idx", { synchronize: false })
export class Quote {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "quote_pkey" })
  id!: string;

  @Field({ description: "The quoted words, without the quotation marks." })
  @Column({ type: "text" })
  text!: string;

  /** The article the quote appears in. */
  @Column({ type: "uuid" })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "quote_article_id_fkey" })
  article?: Article;

  /** Who said it; null while unattributed. */
  @Column({ type: "uuid", nullable: true })
  speakerId!: string | null;

  @ManyToOne(() => Person, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "speaker_id", foreignKeyConstraintName: "quote_speaker_id_fkey" })
  speaker?: Person | null;

  @Field(() => String, { nullable: true, description: "The sentence around the quote in the article body." })
  @Column({ type: "text", nullable: true })
  context!: string | null;

  @Field(() => Int, { nullable: true, description: "Character offset of the quote in the article body." })
  @Column({ type: "integer", nullable: true })
  position!: number | null;

  @Field(() => QuoteStatus, { description: "Whether an editor has checked the quote." })
  @Column({ type: "varchar", length: 16, default: QuoteStatus.SUGGESTED })
  status!: QuoteStatus;

  @Field({ description: "True for a short quoted phrase (scare quotes, a slogan) rather than a full statement." })
  @Column({ type: "boolean", default: false })
  isFragment!: boolean;

  @Field(() => GraphQLDateTime, { description: "When the quote was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When the quote was last changed." })
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @Field(() => Int, { description: "Edit version; increases with every change (optimistic locking)." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Column({
    type: "tsvector",
    select: false,
    insert: false,
    update: false,
    generatedType: "STORED",
    asExpression: "to_tsvector('english', coalesce(text, ''))",
  })
  searchVector?: string;
}
