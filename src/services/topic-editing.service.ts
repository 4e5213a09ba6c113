// Writing topics: creation, versioned edits including moves in the tree (cycles refused), and
// deletion (refused while the topic has children unless they move up to its parent).
import { EntityManager } from "typeorm";
import { Topic } from "../entities";
import { BadUserInputError, ConflictError } from "../errors";
import { announce, DeskEventKind } from "../events/desk-event";
import { claimSlug, deriveSlug, TOPIC_SLUGS } from "./slugs";
import { givenFields, lockArticles, lockForEdit, lockKey, writeNextVersion } from "./versioning";

export interface TopicFields {
  slug?: string | null;
  name?: string;
  description?: string | null;
  /** `null` makes the topic a root. */
  parentId?: string | null;
  keywords?: string[] | null;
}

/** Keywords trimmed, lower-cased and without blanks or repeats. */
function cleanKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((keyword) => keyword.trim().toLowerCase()).filter(Boolean))];
}

export interface NewTopic extends TopicFields {
  name: string;
}

// Moves in the tree are serialized (a transaction-scoped advisory lock), so two concurrent moves
// cannot each pass the cycle check and together make a cycle.
const TREE_LOCK = "topic-tree";

/** BAD_USER_INPUT when putting `topicId` under `parentId` would make the tree a cycle. */
async function refuseCycle(manager: EntityManager, topicId: string, parentId: string): Promise<void> {
  const [{ cycle }] = await manager.query<{ cycle: boolean }[]>(
    `WITH RECURSIVE ancestor AS (
       SELECT id, parent_id FROM topic WHERE id = $1
       UNION SELECT topic.id, topic.parent_id FROM topic JOIN ancestor ON topic.id = ancestor.parent_id
     )
     SELECT EXISTS (SELECT 1 FROM ancestor WHERE id = $2) AS cycle`,
    [parentId, topicId],
  );
  if (cycle) throw new BadUserInputError("A topic cannot be moved under itself or its own descendants", { parentId: "would make a cycle" });
}

export async function createTopic(manager: EntityManager, input: NewTopic): Promise<Topic> {
  const slug = input.slug ?? (await deriveSlug(manager, TOPIC_SLUGS, input.name));
  if (input.slug) await claimSlug(manager, TOPIC_SLUGS, input.slug);
  const { identifiers } = await manager.insert(Topic, {
    slug,
    name: input.name,
    description: input.description ?? null,
    parentId: input.parentId ?? null,
    keywords: cleanKeywords(input.keywords ?? []),
  });
  const topic = await manager.findOneByOrFail(Topic, { id: identifiers[0].id as string });
  await announceTopic(manager, topic.id, topic.version);
  return topic;
}

export async function updateTopic(manager: EntityManager, id: string, expectedVersion: number, changes: TopicFields): Promise<Topic> {
  // The tree lock comes before the row lock, in every move, so two opposite moves queue on it
  // instead of each holding one topic and waiting for the other.
  if (changes.parentId !== undefined) await lockKey(manager, TREE_LOCK);
  const current = await lockForEdit(manager, Topic, "Topic", id, expectedVersion);
  const values = givenFields(changes, ["name", "description"] as const) as Partial<Topic>;
  if (changes.keywords !== undefined) values.keywords = cleanKeywords(changes.keywords ?? []);
  if (changes.parentId !== undefined && changes.parentId !== current.parentId) {
    if (changes.parentId) await refuseCycle(manager, id, changes.parentId);
    values.parentId = changes.parentId;
  }
  if (changes.slug && changes.slug !== current.slug) {
    await claimSlug(manager, TOPIC_SLUGS, changes.slug, id);
    values.slug = changes.slug;
  }
  const topic = await writeNextVersion(manager, Topic, current, values);
  await announceTopic(manager, id, topic.version);
  return topic;
}

/**
 * Deletes a topic and its tags on articles. With children it is refused, unless
 * `reparentChildren` moves them to the deleted topic's parent first.
 */
export async function deleteTopic(manager: EntityManager, id: string, reparentChildren: boolean): Promise<string> {
  // The lock order of article edits (article, then the topics it links), so neither deadlocks
  // while the delete's cascade removes the tags.
  await lockArticles(manager, "SELECT article_id FROM article_topic WHERE topic_id = $1", id);
  const topic = await lockForEdit(manager, Topic, "Topic", id);
  const children = await manager.countBy(Topic, { parentId: id });
  if (children > 0 && !reparentChildren) {
    throw new ConflictError(`Topic ${id} has ${children} child topic(s); delete or move them, or pass reparentChildren: true`, {
      childCount: children,
    });
  }
  if (children > 0) {
    await manager
      .createQueryBuilder()
      .update(Topic)
      .set({ parentId: topic.parentId, version: () => "version + 1" })
      .where("parent_id = :id", { id })
      .execute();
  }
  await manager.delete(Topic, { id });
  await announceTopic(manager, id, topic.version);
  return id;
}

function announceTopic(manager: EntityManager, topicId: string, version: number): Promise<void> {
  return announce(manager, { kind: DeskEventKind.TOPIC_CHANGED, topicId, version });
}
