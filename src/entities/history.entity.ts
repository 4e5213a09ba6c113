// What outlives a rename or a merge: slugs an article or person no longer uses, so links keep
// working (article(slug:) and person(slug:) fall back to them; a slug taken up again as a current
// slug is dropped from here), and the ids of people merged into others.
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Article } from "./article.entity";
import { Person } from "./person.entity";

@Entity()
@Index("article_previous_slug_article_id_idx", ["articleId"])
export class ArticlePreviousSlug {
  @PrimaryColumn({ type: "varchar", length: 200, primaryKeyConstraintName: "article_previous_slug_pkey" })
  slug!: string;

  @Column({ type: "uuid" })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: "CASCADE" })
  @JoinColumn({ name: "article_id", foreignKeyConstraintName: "article_previous_slug_article_id_fkey" })
  article?: Article;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}

@Entity()
@Index("person_previous_slug_person_id_idx", ["personId"])
export class PersonPreviousSlug {
  @PrimaryColumn({ type: "varchar", length: 200, primaryKeyConstraintName: "person_previous_slug_pkey" })
  slug!: string;

  @Column({ type: "uuid" })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id", foreignKeyConstraintName: "person_previous_slug_person_id_fkey" })
  person?: Person;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}

/**
 * A person merged into another: old references to the merged id (in article history) resolve to
 * the person who remains. Always one hop: merging the target again re-points these rows.
 */
@Entity()
@Index("person_merge_into_id_idx", ["intoId"])
export class PersonMerge {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "person_merge_pkey" })
  mergedId!: string;

  @Column({ type: "uuid" })
  intoId!: string;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "into_id", foreignKeyConstraintName: "person_merge_into_id_fkey" })
  into?: Person;

  @CreateDateColumn({ type: "timestamptz" })
  mergedAt!: Date;
}
