// Join tables between articles and the topics and people they concern. They carry no GraphQL
// type of their own: the Article, Person and Topic resolvers read them through loaders.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from "typeorm";
import { Article } from "./article.entity";
import { Person } from "./person.entity";
import { Topic } from "./topic.entity";

/** An article is tagged with a topic. */
@Entity()
@Index("article_topic_topic_id_idx", ["topicId", "articleId"])
// (topic_id, publication order, article_id): expression index, in the LinkPublicationOrder migration.
@Index("article_topic_topic_order_idx", { synchronize: false })
export class ArticleTopic {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_topic_pkey" })
  articleId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_topic_pkey" })
  topicId!: string;

  /**
   * The article's published_at, copied by triggers (migration LinkPublicationOrder) so that the
   * articles under one topic or person, newest first, are one walk of an ordered index.
   */
  @Column({ type: "timestamptz", nullable: true, insert: false, update: false, select: false })
  publishedAt!: Date | null;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "article_topic_article_id_fkey" })
  article?: Article;

  @ManyToOne(() => Topic, { onDelete: "CASCADE" })
  @JoinColumn({ name: "topic_id", foreignKeyConstraintName: "article_topic_topic_id_fkey" })
  topic?: Topic;
}

/** A person is mentioned in an article, `mentionCount` times. */
@Entity()
@Index("article_person_person_id_idx", ["personId", "articleId"])
// (person_id, publication order, article_id): expression index, in the LinkPublicationOrder migration.
@Index("article_person_person_order_idx", { synchronize: false })
@Check("article_person_mention_count_check", `"mention_count" >= 0`)
export class ArticlePerson {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_person_pkey" })
  articleId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_person_pkey" })
  personId!: string;

  @Column({ type: "integer", default: 1 })
  mentionCount!: number;

  /**
   * The article's published_at, copied by triggers (migration LinkPublicationOrder) so that the
   * articles under one topic or person, newest first, are one walk of an ordered index.
   */
  @Column({ type: "timestamptz", nullable: true, insert: false, update: false, select: false })
  publishedAt!: Date | null;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "article_person_article_id_fkey" })
  article?: Article;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "article_person_person_id_fkey" })
  person?: Person;
}

/** A person is on an article's byline, at `position` (0 first). */
@Entity()
@Index("article_author_person_id_idx", ["personId"])
@Unique("article_author_article_id_position_key", ["articleId", "position"])
@Check("article_author_position_check", `"position" >= 0`)
export class ArticleAuthor {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_author_pkey" })
  articleId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_author_pkey" })
  personId!: string;

  @Column({ type: "integer" })
  position!: number;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "article_author_article_id_fkey" })
  article?: Article;

  @ManyToOne(() => Person, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "article_author_person_id_fkey" })
  person?: Person;
}
