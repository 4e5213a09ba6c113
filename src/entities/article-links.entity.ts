// Join tables between articles and the topics and people they concern. They carry no GraphQL
// type of their own: the Article, Person and Topic resolvers read them through loaders.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from "typeorm";
import { Article } from "./article.entity";
import { Person } from "./person.entity";
import { Topic } from "./topic.entity";

/** An article is tagged with a topic. */
@Entity()
@Index("article_topic_topic_id_idx", ["topicId", "articleId"])
export class ArticleTopic {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_topic_pkey" })
  articleId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_topic_pkey" })
  topicId!: string;

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
@Check("article_person_mention_count_check", `"mention_count" >= 0`)
export class ArticlePerson {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_person_pkey" })
  articleId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "article_person_pkey" })
  personId!: string;

  @Column({ type: "integer", default: 1 })
  mentionCount!: number;

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
