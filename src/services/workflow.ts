// The editorial workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back to DRAFT by
// unpublishing. Any other move is a CONFLICT that names the article's current status.
import { ArticleStatus } from "../entities";
import { ConflictError } from "../errors";

export type WorkflowStep = "submit" | "publish" | "archive" | "unpublish";

interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** How the step reads in the article's history. */
  change: string;
}

const TRANSITIONS: Record<WorkflowStep, Transition> = {
  submit: { from: [ArticleStatus.DRAFT], to: ArticleStatus.IN_REVIEW, change: "submitted for review" },
  publish: { from: [ArticleStatus.IN_REVIEW], to: ArticleStatus.PUBLISHED, change: "published" },
  archive: { from: [ArticleStatus.PUBLISHED], to: ArticleStatus.ARCHIVED, change: "archived" },
  unpublish: {
    from: [ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED],
    to: ArticleStatus.DRAFT,
    change: "unpublished",
  },
};

/** The transition `step` makes from `current`; CONFLICT when the workflow does not allow it. */
export function transition(step: WorkflowStep, current: ArticleStatus): Transition {
  const allowed = TRANSITIONS[step];
  if (!allowed.from.includes(current)) {
    throw new ConflictError(`Cannot ${step} an article that is ${current}; ${step} applies to ${allowed.from.join(" or ")} articles`, {
      currentStatus: current,
    });
  }
  return allowed;
}
