// npm run extract -- FILE [--json]: prints what extraction makes of one text file (no database):
// headline, dateline, people, quotes with speakers, topics from the sample topic tree, dropped
// lines. --json prints exactly one JSON object (quotes without position and context).
import fs from "node:fs";
import path from "node:path";
import { extractArticle, SAMPLE_TOPIC_CANDIDATES, toExtractionJson } from "../src/extraction";

const args = process.argv.slice(2);
const json = args.includes("--json");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run extract -- FILE [--json]");
  process.exit(2);
}

// npm runs scripts from the package folder; a relative FILE means the caller's folder.
const extraction = extractArticle(fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8"), {
  topics: SAMPLE_TOPIC_CANDIDATES,
});
if (json) {
  process.stdout.write(JSON.stringify(toExtractionJson(extraction), null, 2) + "\n");
} else {
  const lines: string[] = [];
  lines.push(`Headline:  ${extraction.headline ?? "(none)"}`);
  lines.push(`Dateline:  ${extraction.dateline ?? "(none)"}`);
  lines.push(`Body:      ${extraction.body.length} characters, ${extraction.body.split(/\n\n/).length} paragraphs`);
  lines.push(`Topics:    ${extraction.topics.join(", ") || "(none)"}`);
  lines.push("", `People (${extraction.people.length}):`);
  for (const p of extraction.people) lines.push(`  ${p.name}  [${p.aliases.join(" | ")}]`);
  lines.push("", `Quotes (${extraction.quotes.length}):`);
  extraction.quotes.forEach((q, i) => {
    const where = q.section ? ` (${q.section})` : "";
    const text = q.text.length > 100 ? q.text.slice(0, 97) + "..." : q.text;
    lines.push(`  ${String(i + 1).padStart(2)}. ${q.speaker ?? "(no speaker)"}${q.isFragment ? " [fragment]" : ""}${where}: “${text}”`);
  });
  lines.push("", `Dropped lines (${extraction.droppedLines.length}):`);
  for (const line of extraction.droppedLines) lines.push(`  - ${line.trim().slice(0, 100)}`);
  console.log(lines.join("\n"));
}
