// Reports what the working src/schema.graphql changes for clients, against a git revision:
//   npm run -s schema:check            against main (what a branch will change once merged)
//   npm run -s schema:check -- HEAD    against the last commit (what the uncommitted edits change)
// One line per change. Breaking changes (a client's valid operation stops working) exit 1;
// dangerous ones (valid, but may change behaviour: a new enum value, a new optional argument) are
// printed and exit 0. Exit 2 when either schema cannot be read or parsed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSchema, findBreakingChanges, findDangerousChanges } from "graphql";
import { projectRoot } from "../src/paths";

export const SCHEMA_FILE = "src/schema.graphql";

export interface SchemaChange {
  level: "BREAKING" | "DANGEROUS";
  /** graphql-js' change type, e.g. FIELD_REMOVED, ARG_ADDED. */
  type: string;
  description: string;
}

/** Breaking changes first, then dangerous ones, each in graphql-js' order. */
export function compareSchemas(oldSdl: string, newSdl: string): SchemaChange[] {
  const before = buildSchema(oldSdl);
  const after = buildSchema(newSdl);
  return [
    ...findBreakingChanges(before, after).map(({ type, description }) => ({ level: "BREAKING" as const, type, description })),
    ...findDangerousChanges(before, after).map(({ type, description }) => ({ level: "DANGEROUS" as const, type, description })),
  ];
}

export function formatChange(change: SchemaChange): string {
  return `${change.level} ${change.type}: ${change.description}`;
}

/** The committed schema at `revision` (`git show REV:src/schema.graphql`). */
export function schemaAt(revision: string, root = projectRoot()): string {
  return execFileSync("git", ["show", `${revision}:${SCHEMA_FILE}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export interface SchemaSources {
  /** The schema text committed at a revision; throws when git cannot show it. */
  at(revision: string): string;
  /** The working copy's schema text. */
  working(): string;
}

const gitSources: SchemaSources = {
  at: (revision) => schemaAt(revision),
  working: () => fs.readFileSync(path.join(projectRoot(), SCHEMA_FILE), "utf8"),
};

export function runSchemaCheck(
  argv: string[],
  io: { stdout(text: string): void; stderr(text: string): void },
  sources: SchemaSources = gitSources,
): number {
  if (argv.length > 1 || argv[0]?.startsWith("-")) {
    io.stderr("usage: npm run -s schema:check [-- REVISION]   (default main; HEAD for uncommitted changes)\n");
    return 2;
  }
  const revision = argv[0] ?? "main";
  let before: string;
  try {
    before = sources.at(revision);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    io.stderr(`cannot read ${SCHEMA_FILE} at ${revision}: ${stderr || (error as Error).message}\n`);
    return 2;
  }
  let changes: SchemaChange[];
  try {
    changes = compareSchemas(before, sources.working());
  } catch (error) {
    // A hand-edited or conflicted file: say so rather than print a parser stack.
    io.stderr(`cannot compare ${SCHEMA_FILE} with ${revision}: ${(error as Error).message}\n`);
    return 2;
  }
  for (const change of changes) io.stdout(formatChange(change) + "\n");
  const breaking = changes.filter((change) => change.level === "BREAKING").length;
  const dangerous = changes.length - breaking;
  io.stderr(`${SCHEMA_FILE} against ${revision}: ${breaking} breaking, ${dangerous} dangerous change(s)\n`);
  return breaking > 0 ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = runSchemaCheck(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
