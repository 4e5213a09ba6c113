// Article history: every article change records the article's editable state at its new version,
// so editors can see who changed what and bring an old version back.
import { EntityManager } from "typeorm";
import { Article, ArticleRevision, ArticleSnapshot, ArticleStatus } from "../entities";

/** Who the history names for versions that were not written through the API. */
export const IMPORT_EDITOR = "Newsdesk import";

/** The relations an article carries into its snapshots and that editors set with it. */
export interface ArticleLinks {
  topicIds: string[];
  mentions: { personId: string; mentionCount: number }[];
  authorIds: string[];
}

/** The article's topics, mentions and byline, read in one statement. */
export async function linksOf(manager: EntityManager, articleId: string): Promise<ArticleLinks> {
  const [links] = await manager.query<ArticleLinks[]>(
    `SELECT
       ARRAY(SELECT topic_id FROM article_topic WHERE article_id = $1 ORDER BY topic_id) AS "topicIds",
       coalesce((SELECT json_agg(json_build_object('personId', person_id, 'mentionCount', mention_count)
                                 ORDER BY mention_count DESC, person_id)
                 FROM article_person WHERE article_id = $1), '[]') AS mentions,
       ARRAY(SELECT person_id FROM article_author WHERE article_id = $1 ORDER BY position) AS "authorIds"`,
    [articleId],
  );
  return links;
}

export function snapshotOf(article: Article, links: ArticleLinks): ArticleSnapshot {
  return {
    slug: article.slug,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    dateline: article.dateline,
    sourceUrl: article.sourceUrl,
    status: article.status,
    publishedAt: article.publishedAt ? article.publishedAt.toISOString() : null,
    ...links,
  };
}

export interface RevisionNote {
  editor: string;
  /** What happened, in a few words: `created`, `edited`, `published`… */
  change: string;
  /** The status before the change, when the change moved the article in the workflow. */
  previousStatus?: ArticleStatus | null;
}

/** Records `article` (as stored now, at its new version) in its history. */
export async function recordRevision(manager: EntityManager, article: Article, note: RevisionNote): Promise<void> {
  const links = await linksOf(manager, article.id);
  await manager.insert(ArticleRevision, {
    articleId: article.id,
    version: article.version,
    snapshot: snapshotOf(article, links),
    editor: note.editor,
    status: article.status,
    previousStatus: note.previousStatus ?? null,
    change: note.change,
  });
}

/**
 * Records the article as it is before its first change through the API, when it came from
 * elsewhere (sample data, an import): so every version an editor changes can be restored.
 */
export async function ensureHistoryStarts(manager: EntityManager, article: Article): Promise<void> {
  // Through the API every version is recorded as it is made, so only a version 1 can lack its
  // revision (rows inserted elsewhere start there); later versions skip the lookup.
  if (article.version > 1) return;
  if (await manager.existsBy(ArticleRevision, { articleId: article.id, version: article.version })) return;
  await recordRevision(manager, article, { editor: IMPORT_EDITOR, change: "imported" });
}

export function findRevision(manager: EntityManager, articleId: string, version: number): Promise<ArticleRevision | null> {
  return manager.findOneBy(ArticleRevision, { articleId, version });
}
