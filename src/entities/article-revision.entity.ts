// The history of an article: one row per version, holding what an editor could change at that
// version. Written by every article mutation; read by Article.revisions and restoreArticleRevision.
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "./date-time.scalar";
import { Article } from "./article.entity";
import { ArticleStatus, sqlValues } from "./enums";

/** The editable state of an article at one version, as stored in `article_revision.snapshot`. */
export interface ArticleSnapshot {
  slug: string;
  headline: string;
  standfirst: string | null;
  body: string;
  dateline: string | null;
  sourceUrl: string | null;
  status: ArticleStatus;
  /** ISO 8601, or null while never published. */
  publishedAt: string | null;
  topicIds: string[];
  mentions: { personId: string; mentionCount: number }[];
  authorIds: string[];
}

@ObjectType({ description: "An article as it was at one version: who changed it, when, and what it then said.", simpleResolvers: true })
@Entity()
@Check("article_revision_status_check", `"status" IN (${sqlValues(ArticleStatus)})`)
export class ArticleRevision {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_revision_pkey" })
  articleId!: string;

  @Field(() => Int, { description: "The article version this revision records." })
  @PrimaryColumn({ type: "integer", primaryKeyConstraintName: "article_revision_pkey" })
  version!: number;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "article_revision_article_id_fkey" })
  article?: Article;

  @Column({ type: "jsonb" })
  snapshot!: ArticleSnapshot;

  @Field({ description: "Who made the change (the name in their token)." })
  @Column({ type: "text" })
  editor!: string;

  @Field(() => ArticleStatus, { description: "The article's status at this version." })
  @Column({ type: "varchar", length: 16 })
  status!: ArticleStatus;

  @Field(() => ArticleStatus, {
    nullable: true,
    description: "The status before this version when this change moved the article in the workflow; null otherwise.",
  })
  @Column({ type: "varchar", length: 16, nullable: true })
  previousStatus!: ArticleStatus | null;

  @Field({ description: "What the change was, e.g. `created`, `edited`, `published`, `restored version 3`." })
  @Column({ type: "text" })
  change!: string;

  @Field(() => GraphQLDateTime, { description: "When the change was made." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
