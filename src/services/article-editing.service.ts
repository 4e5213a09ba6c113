// Writing articles: drafts, edits with their topics, mentions and byline, the workflow, deletion
// and restoring an old revision. Each function runs inside the mutation's transaction (`manager`)
// and records the article's new version in its history.
import { EntityManager, In } from "typeorm";
import {
  Article,
  ArticleAuthor,
  ArticlePerson,
  ArticleSnapshot,
  ArticleStatus,
  ArticleTopic,
  Person,
  PersonMerge,
  Topic,
} from "../entities";
import { BadUserInputError, NotFoundError } from "../errors";
import { announce, DeskEventKind } from "../events/desk-event";
import { ensureHistoryStarts, findRevision, recordRevision } from "./revisions";
import { normalizeSourceUrl } from "./source-url";
import { ARTICLE_SLUGS, claimSlug, deriveSlug, rememberSlug } from "./slugs";
import { givenFields, lockForEdit, writeNextVersion } from "./versioning";
import { transition, WorkflowStep } from "./workflow";

export interface ArticleFields {
  slug?: string | null;
  headline?: string;
  standfirst?: string | null;
  body?: string;
  dateline?: string | null;
  sourceUrl?: string | null;
}

export interface MentionValues {
  personId: string;
  mentionCount?: number | null;
}

/** An article's content as an editor sets it; relations given replace the current ones. */
export interface ArticleContent extends ArticleFields {
  topicIds?: string[] | null;
  mentions?: MentionValues[] | null;
  authorIds?: string[] | null;
}

export interface NewArticle extends ArticleContent {
  headline: string;
  body: string;
}

/** The event each workflow step announces. */
const MOVED: Record<WorkflowStep, DeskEventKind> = {
  submit: DeskEventKind.ARTICLE_SUBMITTED,
  publish: DeskEventKind.ARTICLE_PUBLISHED,
  archive: DeskEventKind.ARTICLE_ARCHIVED,
  unpublish: DeskEventKind.ARTICLE_UNPUBLISHED,
};

/** Tells every API process, at commit, that `article` has a new version (desk-event.ts). */
export function announceArticle(
  manager: EntityManager,
  kind: DeskEventKind,
  article: Article,
  previousStatus?: ArticleStatus,
): Promise<void> {
  return announce(manager, {
    kind,
    articleId: article.id,
    version: article.version,
    status: article.status,
    previousStatus,
    publishedAt: article.publishedAt?.toISOString(),
  });
}

const EDITABLE_FIELDS = ["headline", "standfirst", "body", "dateline", "sourceUrl"] as const;

function fieldValues(content: ArticleFields): Partial<Article> {
  const values = givenFields(content, EDITABLE_FIELDS) as Partial<Article>;
  if (values.sourceUrl) values.sourceUrl = normalizeSourceUrl(values.sourceUrl);
  return values;
}

function duplicatesIn(ids: readonly string[]): boolean {
  return new Set(ids).size !== ids.length;
}

/** Replaces the relations `links` gives (topics, mentions, byline); leaves the others alone. */
export async function replaceLinks(manager: EntityManager, articleId: string, links: ArticleContent): Promise<void> {
  if (links.topicIds) {
    await manager.delete(ArticleTopic, { articleId });
    const topicIds = [...new Set(links.topicIds)];
    if (topicIds.length)
      await manager.insert(
        ArticleTopic,
        topicIds.map((topicId) => ({ articleId, topicId })),
      );
  }
  if (links.mentions) {
    if (duplicatesIn(links.mentions.map((mention) => mention.personId))) {
      throw new BadUserInputError("A person is mentioned twice", { mentions: "each person once (give their mentionCount)" });
    }
    await manager.delete(ArticlePerson, { articleId });
    if (links.mentions.length) {
      await manager.insert(
        ArticlePerson,
        links.mentions.map(({ personId, mentionCount }) => ({ articleId, personId, mentionCount: mentionCount ?? 1 })),
      );
    }
  }
  if (links.authorIds) {
    if (duplicatesIn(links.authorIds)) throw new BadUserInputError("An author is named twice", { authorIds: "each author once" });
    await manager.delete(ArticleAuthor, { articleId });
    if (links.authorIds.length) {
      await manager.insert(
        ArticleAuthor,
        links.authorIds.map((personId, position) => ({ articleId, personId, position })),
      );
    }
  }
}

/** A new DRAFT with the fields given, its slug the one asked for or one derived from the headline. */
export async function insertDraft(manager: EntityManager, fields: ArticleFields & { headline: string; body: string }): Promise<Article> {
  const slug = fields.slug ?? (await deriveSlug(manager, ARTICLE_SLUGS, fields.headline));
  if (fields.slug) await claimSlug(manager, ARTICLE_SLUGS, fields.slug);
  const { identifiers } = await manager.insert(Article, { ...fieldValues(fields), slug, status: ArticleStatus.DRAFT });
  return manager.findOneByOrFail(Article, { id: identifiers[0].id as string });
}

export async function createArticle(manager: EntityManager, editor: string, input: NewArticle): Promise<Article> {
  const article = await insertDraft(manager, input);
  await replaceLinks(manager, article.id, input);
  await recordRevision(manager, article, { editor, change: "created" });
  await announceArticle(manager, DeskEventKind.ARTICLE_CREATED, article);
  return article;
}

export async function updateArticle(
  manager: EntityManager,
  editor: string,
  id: string,
  expectedVersion: number,
  changes: ArticleContent,
): Promise<Article> {
  const current = await lockForEdit(manager, Article, "Article", id, expectedVersion);
  await ensureHistoryStarts(manager, current);
  const values = fieldValues(changes);
  if (changes.slug && changes.slug !== current.slug) {
    await claimSlug(manager, ARTICLE_SLUGS, changes.slug, id);
    await rememberSlug(manager, ARTICLE_SLUGS, current.slug, id);
    values.slug = changes.slug;
  }
  await replaceLinks(manager, id, changes);
  const article = await writeNextVersion(manager, Article, current, values);
  await recordRevision(manager, article, { editor, change: "edited" });
  await announceArticle(manager, DeskEventKind.ARTICLE_UPDATED, article);
  return article;
}

/**
 * Moves an article one step in the workflow. Publishing sets `publishedAt` the first time (now,
 * or the editor's time: a future one schedules the article, which readers see from then on).
 */
export async function moveArticle(
  manager: EntityManager,
  editor: string,
  id: string,
  step: WorkflowStep,
  options: { expectedVersion?: number | null; publishedAt?: Date | null } = {},
): Promise<Article> {
  if (options.publishedAt && !withinCalendar(options.publishedAt)) {
    throw new BadUserInputError("publishedAt is outside the years 1 to 9999", { publishedAt: "a time from year 1 to 9999 (UTC)" });
  }
  const current = await lockForEdit(manager, Article, "Article", id, options.expectedVersion);
  const { to, change } = transition(step, current.status);
  await ensureHistoryStarts(manager, current);
  const values: Partial<Article> = { status: to };
  if (step === "publish") values.publishedAt = options.publishedAt ?? current.publishedAt ?? new Date();
  const article = await writeNextVersion(manager, Article, current, values);
  await recordRevision(manager, article, { editor, change, previousStatus: current.status });
  await announceArticle(manager, MOVED[step], article, current.status);
  return article;
}

/**
 * RFC 3339 admits year 0 and offsets that carry 0001-01-01 into 1 BC. Nothing is published then,
 * and the readers' search index names its months by year (migration SearchEntries), so such a
 * time is refused rather than stored.
 */
function withinCalendar(time: Date): boolean {
  const year = time.getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** Deletes an article with its quotes, links and history; returns its id. */
export async function deleteArticle(manager: EntityManager, id: string): Promise<string> {
  const current = await lockForEdit(manager, Article, "Article", id);
  await manager.delete(Article, { id });
  await announce(manager, { kind: DeskEventKind.ARTICLE_DELETED, articleId: id, version: current.version, previousStatus: current.status });
  return id;
}

/** Ids among `ids` whose rows still exist in `entity`'s table. */
async function existing(manager: EntityManager, entity: typeof Topic | typeof Person, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await manager.find(entity, { select: { id: true }, where: { id: In(ids) } });
  return new Set(rows.map((row) => row.id));
}

/**
 * The snapshot with people merged since replaced by the person they were merged into: their
 * mentions summed, the byline keeping each person once, at their first place.
 */
async function withMergedPeople(manager: EntityManager, snapshot: ArticleSnapshot): Promise<ArticleSnapshot> {
  const ids = [...snapshot.mentions.map((m) => m.personId), ...snapshot.authorIds];
  if (!ids.length) return snapshot;
  const merges = await manager.findBy(PersonMerge, { mergedId: In(ids) });
  if (!merges.length) return snapshot;
  const current = new Map(merges.map((merge) => [merge.mergedId, merge.intoId]));
  const now = (personId: string) => current.get(personId) ?? personId;
  const mentionCounts = new Map<string, number>();
  for (const mention of snapshot.mentions) {
    mentionCounts.set(now(mention.personId), (mentionCounts.get(now(mention.personId)) ?? 0) + mention.mentionCount);
  }
  return {
    ...snapshot,
    mentions: [...mentionCounts].map(([personId, mentionCount]) => ({ personId, mentionCount })),
    authorIds: [...new Set(snapshot.authorIds.map(now))],
  };
}

/**
 * Makes a new version of the article from the content of an old one (text, slug, topics,
 * mentions, byline); the workflow status stays as it is. People merged since count as the person
 * they were merged into; topics or people deleted since are left out.
 */
export async function restoreArticleRevision(
  manager: EntityManager,
  editor: string,
  id: string,
  version: number,
  expectedVersion: number,
): Promise<Article> {
  const current = await lockForEdit(manager, Article, "Article", id, expectedVersion);
  const revision = await findRevision(manager, id, version);
  if (!revision) throw new NotFoundError(`Revision ${version} of article`, id);
  const snapshot = await withMergedPeople(manager, revision.snapshot);
  const topics = await existing(manager, Topic, snapshot.topicIds);
  const people = await existing(manager, Person, [...snapshot.mentions.map((m) => m.personId), ...snapshot.authorIds]);
  const values = fieldValues(snapshot);
  if (snapshot.slug !== current.slug) {
    await claimSlug(manager, ARTICLE_SLUGS, snapshot.slug, id);
    await rememberSlug(manager, ARTICLE_SLUGS, current.slug, id);
    values.slug = snapshot.slug;
  }
  await replaceLinks(manager, id, {
    topicIds: snapshot.topicIds.filter((topicId) => topics.has(topicId)),
    mentions: snapshot.mentions.filter((mention) => people.has(mention.personId)),
    authorIds: snapshot.authorIds.filter((personId) => people.has(personId)),
  });
  const article = await writeNextVersion(manager, Article, current, values);
  await recordRevision(manager, article, { editor, change: `restored version ${version}` });
  await announceArticle(manager, DeskEventKind.ARTICLE_UPDATED, article);
  return article;
}
