// A search word's share of articles, copied from PostgreSQL's statistics by
// refresh_article_lexeme_share() (migration SearchWindow). It decides which access path a relevance
// search takes (services/article-search.ts); it is not part of the API.
import { Column, Entity, PrimaryColumn } from "typeorm";

@Entity()
export class ArticleLexemeShare {
  /** The word as stemmed in article.search_vector. */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "article_lexeme_share_pkey" })
  lexeme!: string;

  /** Share of articles whose search vector holds the word, 0 to 1. */
  @Column({ type: "real" })
  share!: number;
}
