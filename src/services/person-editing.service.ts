// Writing people: creation, versioned edits (a changed slug keeps resolving), deletion, and merging
// duplicates into one person with everything they said, were mentioned in and wrote.
import { EntityManager, In } from "typeorm";
import { Article, ArticleAuthor, Person, PersonMerge, PersonPreviousSlug, Quote } from "../entities";
import { BadUserInputError, ConflictError } from "../errors";
import { announce, DeskEventKind } from "../events/desk-event";
import { announceArticle } from "./article-editing.service";
import { ensureHistoryStarts, recordRevision } from "./revisions";
import { claimSlug, deriveSlug, PERSON_SLUGS, rememberSlug } from "./slugs";
import { givenFields, lockArticles, lockForEdit, writeNextVersion } from "./versioning";

export interface PersonFields {
  slug?: string | null;
  name?: string;
  aliases?: string[] | null;
  title?: string | null;
  description?: string | null;
  wikidataId?: string | null;
}

export interface NewPerson extends PersonFields {
  name: string;
}

const EDITABLE_FIELDS = ["name", "title", "description", "wikidataId"] as const;

/** Aliases trimmed, without blanks, the name itself or repeats (compared case-insensitively). */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const kept: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    if (!alias || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    kept.push(alias);
  }
  return kept;
}

/** The columns an edit sets; aliases are cleaned against the name the person will have. */
function fieldValues(fields: PersonFields, name: string, currentAliases: string[] = []): Partial<Person> {
  const values = givenFields(fields, EDITABLE_FIELDS) as Partial<Person>;
  // A rename to one of the aliases drops it from the aliases too; `aliases: null` clears them.
  if (fields.aliases !== undefined || fields.name !== undefined) {
    values.aliases = cleanAliases(fields.aliases === undefined ? currentAliases : (fields.aliases ?? []), name);
  }
  return values;
}

/**
 * `announce: false` for people an ingest creates by the thousand: its own event covers them, and
 * readers meet a person only through published work.
 */
export async function createPerson(manager: EntityManager, input: NewPerson, options: { announce?: boolean } = {}): Promise<Person> {
  const slug = input.slug ?? (await deriveSlug(manager, PERSON_SLUGS, input.name));
  if (input.slug) await claimSlug(manager, PERSON_SLUGS, input.slug);
  const { identifiers } = await manager.insert(Person, { aliases: [], ...fieldValues(input, input.name), slug });
  const person = await manager.findOneByOrFail(Person, { id: identifiers[0].id as string });
  if (options.announce ?? true) await announcePerson(manager, person.id, person.version);
  return person;
}

export async function updatePerson(manager: EntityManager, id: string, expectedVersion: number, changes: PersonFields): Promise<Person> {
  const current = await lockForEdit(manager, Person, "Person", id, expectedVersion);
  const values = fieldValues(changes, changes.name ?? current.name, current.aliases);
  if (changes.slug && changes.slug !== current.slug) {
    await claimSlug(manager, PERSON_SLUGS, changes.slug, id);
    await rememberSlug(manager, PERSON_SLUGS, current.slug, id);
    values.slug = changes.slug;
  }
  const person = await writeNextVersion(manager, Person, current, values);
  await announcePerson(manager, id, person.version);
  return person;
}

/** Deletes a person; their quotes become unattributed. Refused while they are on a byline. */
export async function deletePerson(manager: EntityManager, id: string): Promise<string> {
  // The lock order of article edits (article, then the people it links), so neither deadlocks.
  await lockArticlesOf(manager, [id]);
  const deleted = await lockForEdit(manager, Person, "Person", id);
  const bylines = await manager.countBy(ArticleAuthor, { personId: id });
  if (bylines > 0) {
    throw new ConflictError(`Person ${id} is on the byline of ${bylines} article(s); merge them or change those bylines first`, {
      bylineCount: bylines,
    });
  }
  // Their quotes lose the speaker (ON DELETE SET NULL): a change to each quote, so a new version.
  await manager
    .createQueryBuilder()
    .update(Quote)
    .set({ version: () => "version + 1" })
    .where("speaker_id = :id", { id })
    .execute();
  await manager.delete(Person, { id });
  await announcePerson(manager, id, deleted.version);
  return id;
}

/**
 * Merges duplicates (`fromIds`) into `intoId`: their quotes, mentions (counts summed where both
 * are mentioned) and bylines (the earlier position kept) move to the target, their names become
 * its aliases, their slugs keep resolving to it, their ids in article history resolve to it
 * (person_merge), and they are deleted. Each article whose mentions or byline change gets a new
 * version and revision.
 */
export async function mergePeople(
  manager: EntityManager,
  editor: string,
  intoId: string,
  fromIds: string[],
  expectedVersion?: number | null,
): Promise<Person> {
  const sources = [...new Set(fromIds)];
  if (!sources.length) throw new BadUserInputError("Nobody to merge", { from: "give at least one person to merge" });
  if (sources.includes(intoId))
    throw new BadUserInputError("A person cannot be merged into themselves", { from: "must not contain `into`" });
  // Lock order, shared with article edits (article, then the people it links): first the articles
  // the merge rewrites, then the people, each in id order, so concurrent writers queue rather than
  // deadlock.
  await lockArticlesOf(manager, [intoId, ...sources]);
  const locked = new Map<string, Person>();
  for (const id of [intoId, ...sources].sort()) {
    locked.set(id, await lockForEdit(manager, Person, "Person", id, id === intoId ? expectedVersion : undefined));
  }
  const target = locked.get(intoId)!;
  const merged = sources.map((id) => locked.get(id)!);
  // Articles whose mentions or byline the merge rewrites: each gets a new version in its history.
  const rewritten: { article_id: string }[] = await manager.query(
    `SELECT article_id FROM article_person WHERE person_id = ANY($1)
     UNION SELECT article_id FROM article_author WHERE person_id = ANY($1) ORDER BY article_id`,
    [sources],
  );

  await manager
    .createQueryBuilder()
    .update(Quote)
    .set({ speakerId: intoId, version: () => "version + 1" })
    .where("speaker_id IN (:...sources)", { sources })
    .execute();
  // An article mentioning several of them mentions the target as often as all of them together.
  await manager.query(
    `INSERT INTO article_person (article_id, person_id, mention_count)
       SELECT article_id, $1, sum(mention_count) FROM article_person WHERE person_id = ANY($2) GROUP BY article_id
     ON CONFLICT (article_id, person_id) DO UPDATE SET mention_count = article_person.mention_count + excluded.mention_count`,
    [intoId, sources],
  );
  await mergeBylines(manager, intoId, sources);
  await manager.update(PersonPreviousSlug, { personId: In(sources) }, { personId: intoId });
  // Article history keeps naming the merged ids; they resolve to the target from now on.
  await manager.update(PersonMerge, { intoId: In(sources) }, { intoId });
  await manager.insert(
    PersonMerge,
    sources.map((mergedId) => ({ mergedId, intoId })),
  );
  await manager.delete(Person, { id: In(sources) });
  for (const person of merged) await rememberSlug(manager, PERSON_SLUGS, person.slug, intoId);

  const change = `merged ${merged.map((person) => person.name).join(", ")} into ${target.name}`;
  for (const { article_id: articleId } of rewritten) {
    const article = await manager.findOneByOrFail(Article, { id: articleId });
    await ensureHistoryStarts(manager, article);
    const rewrittenArticle = await writeNextVersion(manager, Article, article, {});
    await recordRevision(manager, rewrittenArticle, { editor, change });
    await announceArticle(manager, DeskEventKind.ARTICLE_UPDATED, rewrittenArticle);
  }

  const aliases = cleanAliases([...target.aliases, ...merged.flatMap((person) => [person.name, ...person.aliases])], target.name);
  const firstKnown = <K extends "title" | "description" | "wikidataId">(field: K) =>
    target[field] ?? merged.find((person) => person[field] !== null)?.[field] ?? null;
  const person = await writeNextVersion(manager, Person, target, {
    aliases,
    title: firstKnown("title"),
    description: firstKnown("description"),
    wikidataId: firstKnown("wikidataId"),
  });
  await announce(manager, { kind: DeskEventKind.PEOPLE_MERGED, personId: intoId, version: person.version, mergedPersonIds: sources });
  return person;
}

function announcePerson(manager: EntityManager, personId: string, version: number): Promise<void> {
  return announce(manager, { kind: DeskEventKind.PERSON_CHANGED, personId, version });
}

/** Locks, in id order, every article that mentions, quotes or credits one of `personIds`. */
function lockArticlesOf(manager: EntityManager, personIds: string[]): Promise<void> {
  return lockArticles(
    manager,
    `SELECT article_id FROM article_person WHERE person_id = ANY($1)
     UNION SELECT article_id FROM article_author WHERE person_id = ANY($1)
     UNION SELECT article_id FROM quote WHERE speaker_id = ANY($1)`,
    personIds,
  );
}

/** Bylines of the merged people become the target's, once per article, at the earliest position. */
async function mergeBylines(manager: EntityManager, intoId: string, sources: string[]): Promise<void> {
  const rows = await manager.find(ArticleAuthor, { where: { personId: In([intoId, ...sources]) } });
  const earliest = new Map<string, number>();
  for (const row of rows) earliest.set(row.articleId, Math.min(row.position, earliest.get(row.articleId) ?? Infinity));
  if (!earliest.size) return;
  await manager.delete(ArticleAuthor, { personId: In([intoId, ...sources]) });
  await manager.insert(
    ArticleAuthor,
    [...earliest].map(([articleId, position]) => ({ articleId, personId: intoId, position })),
  );
}
