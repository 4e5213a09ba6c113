// npm run ingest -- FILE… [--editor "Name"]: ingests text files as drafts, as ingestArticle does,
// one transaction per file (a file that fails leaves nothing behind and the others go on). Each
// file's address (file://…) is its source, so ingesting it again refreshes its draft.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/database";
import { extractForIngest } from "../src/services/ingest-extraction";
import { loadSampleData } from "../src/seed/sample-data";
import { ingestArticle, IngestResult } from "../src/services/ingest.service";
import { inTransaction } from "../src/services/transaction";

const USAGE = 'usage: npm run ingest -- FILE... [--editor "Name"]';

/** One line redrawn in place on a terminal; plain lines when the output is a file or a pipe. */
function progress(done: number, total: number, label: string): void {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const line = `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${label}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line.slice(0, process.stderr.columns - 1).padEnd(process.stderr.columns - 1)}`);
  else process.stderr.write(`${line}\n`);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { editor: { type: "string", default: "Command-line ingest" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const files = parsed.positionals;
  if (!files.length) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config);
  const totals = { created: 0, refreshed: 0, failed: 0, matched: 0, newPeople: 0, quotes: 0, topics: 0 };
  const rows: string[] = [];
  try {
    if (config.loadSampleData) await loadSampleData(database.dataSource.manager);
    for (const [index, file] of files.entries()) {
      progress(index, files.length, path.basename(file));
      try {
        const text = fs.readFileSync(file, "utf8");
        const sourceUrl = pathToFileURL(path.resolve(file)).href;
        const result: IngestResult = await inTransaction(database.dataSource.manager, (manager) =>
          ingestArticle(manager, parsed.values.editor, { text, sourceUrl }, extractForIngest),
        );
        const matched = result.people.filter((person) => person.matched).length;
        totals[result.created ? "created" : "refreshed"] += 1;
        totals.matched += matched;
        totals.newPeople += result.people.length - matched;
        totals.quotes += result.quotes.length;
        totals.topics += result.topics.length;
        rows.push(
          `${result.created ? "created  " : "refreshed"} ${result.article.slug}  ` +
            `people ${result.people.length} (${matched} matched), quotes ${result.quotes.length}, ` +
            `topics ${result.topics.map((topic) => topic.slug).join(", ") || "-"}`,
        );
      } catch (error) {
        totals.failed += 1;
        rows.push(`failed    ${file}: ${(error as Error).message}`);
      }
    }
    progress(files.length, files.length, "done");
    if (process.stderr.isTTY) process.stderr.write("\n");
  } finally {
    await database.close();
  }
  console.log(rows.join("\n"));
  console.log(
    `\n${files.length} file(s): ${totals.created} created, ${totals.refreshed} refreshed, ${totals.failed} failed; ` +
      `people ${totals.matched} matched, ${totals.newPeople} new; ${totals.quotes} quotes suggested; ${totals.topics} topic tags.`,
  );
  return totals.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
