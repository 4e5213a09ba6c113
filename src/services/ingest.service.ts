// Raw wire text → a DRAFT article with suggested people, quotes and topics, in one transaction.
// Extraction (pure) proposes; this service matches its people to the newsroom's, creates the rest,
// and on re-ingest of the same source refreshes the suggestions without touching what an editor
// has already checked.
import { EntityManager, In } from "typeorm";
import { Article, ArticleRevision, ArticleStatus, Person, Quote, QuoteStatus, Topic } from "../entities";
import { BadUserInputError, ConflictError } from "../errors";
import { ExtractedPerson, TopicCandidate } from "../extraction/types";
import { announce, DeskEventKind } from "../events/desk-event";
import { announceArticle, insertDraft, replaceLinks } from "./article-editing.service";
import { ensureHistoryStarts, recordRevision } from "./revisions";
import { IngestExtraction } from "./ingest-extraction";
import { cleanAliases, createPerson } from "./person-editing.service";
import { normalizeSourceUrl } from "./source-url";
import { lockForEdit, lockKey, writeNextVersion } from "./versioning";

export interface IngestInput {
  text: string;
  sourceUrl?: string | null;
  headline?: string | null;
}

export interface IngestedPerson {
  person: Person;
  /** The name extraction gave; the person is an existing one (`matched`) or was created for it. */
  extractedName: string;
  matched: boolean;
}

export interface IngestResult {
  article: Article;
  /** False when the source had been ingested before and its suggestions were refreshed. */
  created: boolean;
  people: IngestedPerson[];
  /** The quotes suggested by this ingest (checked quotes kept from before are not listed). */
  quotes: Quote[];
  topics: Topic[];
  droppedLines: string[];
}

/** extractForIngest, or a stand-in that computes it elsewhere (the API's worker thread). */
export type Extractor = (text: string, options: { topics: TopicCandidate[] }) => IngestExtraction | Promise<IngestExtraction>;

/** How many topics an ingested article is tagged with at most. */
const MAX_TOPICS = 5;
const HEADLINE_FALLBACK_LENGTH = 120;
const INGESTED = "ingested";
const RE_INGESTED = "re-ingested";
/** Revisions an ingest writes; a draft whose latest revision is another kind was edited by hand. */
const INGEST_CHANGES = new Set([INGESTED, RE_INGESTED]);
const DATELINE_MAX_LENGTH = 100;
const QUOTE_INSERT_BATCH = 500;

/** The first sentence of the body, cut at a word, for stories that arrive without a headline. */
function headlineFrom(body: string): string {
  const firstSentence = body.trim().split(/(?<=[.!?])\s+/)[0] ?? "";
  if (firstSentence.length <= HEADLINE_FALLBACK_LENGTH) return firstSentence;
  return `${firstSentence.slice(0, HEADLINE_FALLBACK_LENGTH).replace(/\s+\S*$/, "")}…`;
}

async function topicVocabulary(manager: EntityManager): Promise<Topic[]> {
  return manager.find(Topic, { select: { id: true, slug: true, name: true, keywords: true, parentId: true } });
}

/** The topic tree as extraction reads it: each topic with its parent's slug (a child is preferred). */
function topicCandidates(topics: Topic[]): TopicCandidate[] {
  const slugById = new Map(topics.map((topic) => [topic.id, topic.slug]));
  return topics.map(({ slug, name, keywords, parentId }) => ({
    slug,
    name,
    keywords,
    parentSlug: parentId ? (slugById.get(parentId) ?? null) : null,
  }));
}

/**
 * Existing people for the extracted ones: a person matches when their name, or one of their
 * aliases, equals the extracted canonical name (case-insensitively). A one-word name ("Obama")
 * matches through an alias only when exactly one person has it: when two people share a surname,
 * the surname alone matches neither. Callers hold the name locks (lockNames).
 */
async function matchPeople(manager: EntityManager, extracted: ExtractedPerson[]): Promise<Map<string, Person>> {
  const names = [...new Set(extracted.map((person) => person.name.toLowerCase()))];
  if (!names.length) return new Map();
  const candidates = await manager
    .createQueryBuilder(Person, "person")
    .where("lower(person.name) = ANY(:names)", { names })
    .orWhere("EXISTS (SELECT 1 FROM unnest(person.aliases) alias WHERE lower(alias) = ANY(:names))", { names })
    .orderBy("person.created_at", "ASC")
    .addOrderBy("person.id", "ASC")
    .getMany();
  const byName = new Map<string, Person>();
  // Canonical names first, then aliases, so a person called X wins over someone merely aliased X.
  for (const person of candidates) if (!byName.has(person.name.toLowerCase())) byName.set(person.name.toLowerCase(), person);
  const byAlias = new Map<string, Person[]>();
  for (const person of candidates) {
    for (const alias of new Set(person.aliases.map((a) => a.toLowerCase()))) byAlias.set(alias, [...(byAlias.get(alias) ?? []), person]);
  }
  for (const [alias, people] of byAlias) {
    const oneWord = !/\s/.test(alias);
    if (!byName.has(alias) && (!oneWord || people.length === 1)) byName.set(alias, people[0]);
  }
  return byName;
}

/**
 * Serializes ingests that name the same people (in name order, so they cannot deadlock): without
 * it, two ingests of stories about a newcomer would both miss her and create her twice.
 */
async function lockNames(manager: EntityManager, extracted: ExtractedPerson[]): Promise<void> {
  const names = [...new Set(extracted.map((person) => person.name.toLowerCase()))].sort();
  for (const name of names) {
    await lockKey(manager, `person-name:${name}`);
  }
}

/** The article made from `sourceUrl` before, locked for the refresh; null for a new source. */
async function previousIngest(manager: EntityManager, sourceUrl: string | null | undefined): Promise<Article | null> {
  if (!sourceUrl) return null;
  // Two ingests of one source at once take turns, so the second refreshes what the first made.
  await lockKey(manager, `ingest:${sourceUrl}`);
  const found = await manager.findOne(Article, { select: { id: true }, where: { sourceUrl }, order: { createdAt: "ASC" } });
  if (!found) return null;
  const article = await lockForEdit(manager, Article, "Article", found.id);
  // Suggestions are unchecked; once the story is in review or out, they must not slip into it.
  if (article.status !== ArticleStatus.DRAFT) {
    throw new ConflictError(
      `This source was ingested as article ${article.id}, which is ${article.status}; unpublish it to DRAFT to refresh its suggestions`,
      { currentStatus: article.status, articleId: article.id },
    );
  }
  // An editor's work on the draft (text, relations, a trip through review) is theirs: a refresh
  // would overwrite it. Only a draft nobody has touched since it was ingested is refreshed.
  const latest = await manager.findOne(ArticleRevision, {
    select: { version: true, change: true, editor: true },
    where: { articleId: article.id },
    order: { version: "DESC" },
  });
  if (latest && !INGEST_CHANGES.has(latest.change)) {
    throw new ConflictError(
      `This source was ingested as article ${article.id}, which ${latest.editor} has changed since ("${latest.change}", version ${latest.version}); ` +
        "edit it directly, or ingest under another sourceUrl",
      { currentStatus: article.status, articleId: article.id, currentVersion: article.version },
    );
  }
  return article;
}

export async function ingestArticle(manager: EntityManager, editor: string, input: IngestInput, extract: Extractor): Promise<IngestResult> {
  const vocabulary = await topicVocabulary(manager);
  const extraction = await extract(input.text, { topics: topicCandidates(vocabulary) });
  if (!extraction.body.trim()) throw new BadUserInputError("The text holds no story once page junk is removed", { text: "no story text" });
  const headline = input.headline?.trim() || extraction.headline || headlineFrom(extraction.body);
  // The column holds a place name; anything longer was not one.
  const dateline = extraction.dateline && extraction.dateline.length <= DATELINE_MAX_LENGTH ? extraction.dateline : null;

  // 1. The article: a new DRAFT, or the draft made from this source before, with the new text.
  const sourceUrl = input.sourceUrl ? normalizeSourceUrl(input.sourceUrl) : null;
  const previous = await previousIngest(manager, sourceUrl);
  let article: Article;
  if (previous) {
    await ensureHistoryStarts(manager, previous);
    article = await writeNextVersion(manager, Article, previous, { body: extraction.body, dateline, headline });
  } else {
    article = await insertDraft(manager, { headline, body: extraction.body, dateline, sourceUrl });
  }

  // 2. People: matched to the newsroom's, or created with the forms the text used as aliases.
  await lockNames(manager, extraction.people);
  const existing = await matchPeople(manager, extraction.people);
  const people: IngestedPerson[] = [];
  for (const extracted of extraction.people) {
    const match = existing.get(extracted.name.toLowerCase());
    const person =
      match ??
      (await createPerson(
        manager,
        { name: extracted.name, aliases: cleanAliases(extracted.aliases, extracted.name) },
        { announce: false },
      ));
    existing.set(extracted.name.toLowerCase(), person);
    people.push({ person, extractedName: extracted.name, matched: Boolean(match) });
  }
  const personIdOf = new Map(people.map(({ extractedName, person }) => [extractedName, person.id]));
  const mentions = new Map<string, number>();
  extraction.people.forEach((extracted, index) => {
    const id = personIdOf.get(extracted.name)!;
    mentions.set(id, (mentions.get(id) ?? 0) + extraction.mentionCounts[index]);
  });

  // 3. Quotes: suggestions replaced; quotes an editor checked stay, and are not suggested again.
  await manager.delete(Quote, { articleId: article.id, status: QuoteStatus.SUGGESTED });
  const kept = await manager.find(Quote, { select: { id: true, text: true, position: true }, where: { articleId: article.id } });
  const checked = new Set(kept.map((quote) => quote.text.trim()));
  // Checked quotes keep their words; where they sit may have moved with the new text.
  for (const quote of kept) {
    const found = article.body.indexOf(quote.text);
    const position = found >= 0 ? found : null;
    if (position !== quote.position) await manager.update(Quote, { id: quote.id }, { position, version: () => "version + 1" });
  }
  const suggestions = extraction.quotes
    .filter((quote) => !checked.has(quote.text.trim()))
    .map((quote) => ({
      articleId: article.id,
      text: quote.text,
      speakerId: quote.speaker ? (personIdOf.get(quote.speaker) ?? null) : null,
      context: quote.context,
      // Offsets count in the body; a quote in the headline or a caption has none there.
      position: quote.section ? null : quote.position,
      isFragment: quote.isFragment,
      status: QuoteStatus.SUGGESTED,
    }));
  const quotes: Quote[] = [];
  // In batches: one statement binds at most 65 535 parameters.
  for (let start = 0; start < suggestions.length; start += QUOTE_INSERT_BATCH) {
    const { identifiers } = await manager.insert(Quote, suggestions.slice(start, start + QUOTE_INSERT_BATCH));
    const ids = identifiers.map((identifier) => identifier.id as string);
    const stored = new Map((await manager.findBy(Quote, { id: In(ids) })).map((quote) => [quote.id, quote]));
    quotes.push(...ids.map((id) => stored.get(id)!));
  }

  // 4. Mentions and topic tags (the best suggestions), replacing what was there: a refreshed draft
  // is untouched since its last ingest (see previousIngest), so those were that ingest's too.
  const topicBySlug = new Map(vocabulary.map((topic) => [topic.slug, topic]));
  const topics = extraction.topics
    .map((slug) => topicBySlug.get(slug))
    .filter((topic): topic is Topic => topic !== undefined)
    .slice(0, MAX_TOPICS);
  await replaceLinks(manager, article.id, {
    mentions: [...mentions].map(([personId, mentionCount]) => ({ personId, mentionCount })),
    topicIds: topics.map((topic) => topic.id),
  });

  await recordRevision(manager, article, { editor, change: previous ? RE_INGESTED : INGESTED });
  await announceArticle(manager, previous ? DeskEventKind.ARTICLE_UPDATED : DeskEventKind.ARTICLE_CREATED, article);
  if (quotes.length) {
    await announce(manager, {
      kind: DeskEventKind.QUOTES_SUGGESTED,
      articleId: article.id,
      version: article.version,
      quoteCount: quotes.length,
    });
  }
  return { article, created: !previous, people, quotes, topics, droppedLines: extraction.droppedLines };
}
