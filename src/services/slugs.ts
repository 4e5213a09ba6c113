// Slugs: derived from a headline or name when not given, unique with a numeric suffix on
// collision, and remembered when they change so old links keep resolving.
import { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { ArticlePreviousSlug, PersonPreviousSlug } from "../entities";
import { ConflictError } from "../errors";
import { lockKey } from "./versioning";

/** Lower-case ASCII words joined by single hyphens, e.g. `kim-jong-un`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 200;

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH - 8)
    .replace(/-+$/, "");
  return slug || "untitled";
}

/** Where a kind of record keeps its current slugs and, if it has them, its previous ones. */
export interface SlugSpace {
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  previous?: typeof ArticlePreviousSlug | typeof PersonPreviousSlug;
  /** The previous-slug table's column naming the owner. */
  ownerColumn?: "articleId" | "personId";
}

export const ARTICLE_SLUGS: SlugSpace = { entity: "Article", table: "article", previous: ArticlePreviousSlug, ownerColumn: "articleId" };
export const PERSON_SLUGS: SlugSpace = { entity: "Person", table: "person", previous: PersonPreviousSlug, ownerColumn: "personId" };
export const TOPIC_SLUGS: SlugSpace = { entity: "Topic", table: "topic" };

/** Candidates are probed in batches by exact value: index look-ups under any collation. */
const PROBE_BATCH = 20;

async function takenAmong(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, candidates: string[]): Promise<Set<string>> {
  const rows: { slug: string }[] = await manager
    .createQueryBuilder(entity, "owner")
    .select("owner.slug", "slug")
    .where("owner.slug = ANY(:candidates)", { candidates })
    .getRawMany();
  return new Set(rows.map((row) => row.slug));
}

/**
 * A slug for a new or renamed record derived from `text`: `text` slugified, or with `-2`, `-3`…
 * when that is taken. Previous slugs of others count as taken, so old links never change owner.
 */
export async function deriveSlug(manager: EntityManager, space: SlugSpace, text: string): Promise<string> {
  const base = slugify(text);
  // Two records named alike at the same moment would derive the same slug; they take turns, the
  // second seeing the first's slug once it commits (the lock lasts until the transaction ends).
  await lockKey(manager, `slug:${space.table}:${base}`);
  for (let first = 1; ; first += PROBE_BATCH) {
    const candidates = Array.from({ length: PROBE_BATCH }, (_, i) => (first + i === 1 ? base : `${base}-${first + i}`));
    const taken = await takenAmong(manager, space.entity, candidates);
    if (space.previous) for (const slug of await takenAmong(manager, space.previous, candidates)) taken.add(slug);
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return free;
  }
}

/**
 * Checks that an editor's chosen slug is free among current slugs (CONFLICT otherwise) and takes
 * it over from any record that used it before: the current owner of a slug always wins.
 */
export async function claimSlug(manager: EntityManager, space: SlugSpace, slug: string, ownerId?: string): Promise<void> {
  const owner = await manager
    .createQueryBuilder(space.entity, "owner")
    .select("owner.id", "id")
    .where("owner.slug = :slug", { slug })
    .getRawOne<{ id: string }>();
  if (owner && owner.id !== ownerId) {
    throw new ConflictError(`The slug "${slug}" is taken`, { fields: { slug: "already taken" } });
  }
  if (space.previous) await manager.delete(space.previous, { slug });
}

/** Keeps `slug` resolving to `ownerId` after the owner moved to another slug (or was merged). */
export async function rememberSlug(manager: EntityManager, space: SlugSpace, slug: string, ownerId: string): Promise<void> {
  if (!space.previous || !space.ownerColumn) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(space.previous)
    .values({ slug, [space.ownerColumn]: ownerId })
    .orUpdate([space.ownerColumn === "articleId" ? "article_id" : "person_id"], ["slug"])
    .execute();
}
