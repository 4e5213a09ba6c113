// npm run -s eval:extraction [DIR ...] [--verbose] [--summary]: scores the extractor on folders of
// annotated articles and prints, per folder, the table the README shows (quotes P / R / F1,
// speakers, people P / R / F1, boilerplate dropped) with a total row, then one summary row per
// folder. Without DIR it scores every development set under tests/fixtures (articles, holdout,
// holdout2, ...); a frozen set is scored only when named. --verbose lists each article's misses;
// --summary prints only the summary table. Problems with the input (a missing folder, an
// unreadable or malformed file) are reported on one line, exit status 1.
import fs from "node:fs";
import path from "node:path";
import { ArticleScore, prf, scoreArticle, TotalScore, totalScore } from "../src/extraction/evaluation";
import { loadAnnotatedArticles } from "../src/extraction/fixtures";
import { extractArticle, SAMPLE_TOPIC_CANDIDATES } from "../src/extraction";
import { RULES } from "../src/extraction/rules";
import { projectRoot } from "../src/paths";
import { SAMPLE_ARTICLES } from "../src/seed/sample-catalog";

/** The development sets, in the order the README lists them. */
const DEVELOPMENT_SETS = [
  "articles",
  "holdout",
  "holdout2",
  "holdout3",
  "holdout4",
  "holdout5",
  "holdout6",
  "holdout7",
  "holdout8",
  "holdout9",
  "holdout10",
  "holdout11",
  "holdout12",
  "holdout13",
  "holdout14",
];

const f2 = (x: number) => x.toFixed(2);
const prfCell = (p: { precision: number; recall: number; f1: number }) => `${f2(p.precision)} / ${f2(p.recall)} / ${f2(p.f1)}`;

interface SetResult {
  name: string;
  rows: ArticleScore[];
  total: TotalScore;
  ms: number;
}

function scoreSet(dir: string): SetResult {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`no such folder: ${dir}`);
  const articles = loadAnnotatedArticles(dir);
  if (articles.length === 0) throw new Error(`no annotated articles (NAME.txt + NAME.json) in ${dir}`);
  const rows: ArticleScore[] = [];
  let ms = 0;
  for (const article of articles) {
    const topics = SAMPLE_ARTICLES.find((a) => a.file === article.name)?.topics;
    const started = performance.now();
    const extraction = extractArticle(article.text, { topics: SAMPLE_TOPIC_CANDIDATES });
    ms += performance.now() - started;
    rows.push(scoreArticle(article.name, extraction, { ...article.gold, topics: article.gold.topics ?? topics }));
  }
  return { name: path.basename(dir), rows, total: totalScore(rows), ms: ms / rows.length };
}

const HEADER = "| article | quotes P / R / F1 | speakers | people P / R / F1 | boilerplate dropped |\n|---|---|---|---|---|";

function articleRow(r: ArticleScore): string {
  return `| ${r.name} | ${prfCell(prf(r.quotes))} | ${r.speakers.correct}/${r.speakers.total} | ${prfCell(prf(r.people))} | ${r.boilerplate.dropped}/${r.boilerplate.total} |`;
}

function totalRow(label: string, set: SetResult): string {
  const t = set.total;
  const speakers = set.rows.reduce((acc, r) => [acc[0] + r.speakers.correct, acc[1] + r.speakers.total], [0, 0]);
  const goldPeople = t.people.tp + t.people.fn;
  return (
    `| ${label} | **${prfCell(t.quotes)}** (${t.quotes.tp + t.quotes.fn}) | **${speakers[0]}/${speakers[1]}** (${f2(t.speakerAccuracy)}) | ` +
    `**${prfCell(t.people)}** (${goldPeople}) | **${t.boilerplate.dropped}/${t.boilerplate.total}** |`
  );
}

function printSet(set: SetResult, verbose: boolean): void {
  console.log(`\n${set.name} (${set.rows.length} articles, ${set.ms.toFixed(1)} ms per article)\n`);
  console.log(HEADER);
  for (const r of set.rows) console.log(articleRow(r));
  console.log(totalRow("**total**", set));
  if (verbose) {
    for (const r of set.rows.filter((x) => x.misses.length)) {
      console.log(`\n${r.name}:`);
      for (const miss of r.misses) console.log(`  - ${miss}`);
    }
    for (const r of set.rows.filter((x) => x.wronglyDropped.length)) {
      console.log(`\n${r.name}, dropped but neither boilerplate nor a caption in the gold:`);
      for (const line of r.wronglyDropped) console.log(`  - "${line.slice(0, 100)}"`);
    }
  }
}

function main(argv: string[]): void {
  const verbose = argv.includes("--verbose") || argv.includes("-v");
  const summaryOnly = argv.includes("--summary");
  const given = argv.filter((a) => !a.startsWith("-"));
  const fixtures = path.join(projectRoot(), "tests/fixtures");
  // npm runs scripts from the package folder; a relative DIR means the caller's folder.
  const dirs = given.length
    ? given.map((d) => path.resolve(process.env.INIT_CWD ?? process.cwd(), d))
    : DEVELOPMENT_SETS.map((d) => path.join(fixtures, d)).filter((d) => fs.existsSync(d));
  const sets = dirs.map(scoreSet);
  if (!summaryOnly) for (const set of sets) printSet(set, verbose);
  console.log(`\n${HEADER.replace("| article |", "| set |")}`);
  for (const set of sets) console.log(totalRow(set.name, set));
  printWronglyDropped(sets);
  printRules(sets);
}

/**
 * Lines dropped that the gold lists neither as boilerplate nor as a caption, per set: the story the
 * cleaner may have taken out (the table above counts only the boilerplate it found).
 */
function printWronglyDropped(sets: SetResult[]): void {
  const cells = sets.map((set) => `${set.name} ${set.total.wronglyDropped}`);
  const all = sets.reduce((acc, set) => acc + set.total.wronglyDropped, 0);
  console.log(`\nDropped, neither boilerplate nor a caption in the gold: ${all} (${cells.join(", ")})`);
}

/** Per attribution rule, over all the sets scored: matched quotes it decided, right speakers. */
function printRules(sets: SetResult[]): void {
  const totals = new Map<string, { correct: number; total: number }>();
  for (const r of sets.flatMap((set) => set.rows)) {
    for (const [rule, n] of Object.entries(r.rules)) {
      const t = totals.get(rule) ?? { correct: 0, total: 0 };
      totals.set(rule, { correct: t.correct + n.correct, total: t.total + n.total });
    }
  }
  // In sieve order, then the corrections after it and the quotes no rule decided.
  const order = [...RULES.map((r) => r.name), "named-inside-quote", "run-on-backfill", "(none)"];
  console.log("\n| attribution rule | quotes decided | right speaker |\n|---|---|---|");
  for (const rule of order) {
    const t = totals.get(rule);
    if (t) console.log(`| ${rule} | ${t.total} | ${t.correct} |`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(`eval:extraction: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
