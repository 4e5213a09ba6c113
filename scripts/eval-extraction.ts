// npm run eval:extraction [DIR] [--verbose]: scores the extractor on a folder of annotated articles
// (default tests/fixtures/articles): quote P/R/F1, speaker accuracy, people P/R/F1, boilerplate and
// captions dropped, and topics where the sample catalog knows the article's topics.
import path from "node:path";
import { ArticleScore, prf, scoreArticle, totalScore } from "../src/extraction/evaluation";
import { loadAnnotatedArticles } from "../src/extraction/fixtures";
import { extractArticle, SAMPLE_TOPIC_CANDIDATES } from "../src/extraction";
import { projectRoot } from "../src/paths";
import { SAMPLE_ARTICLES } from "../src/seed/sample-catalog";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
const given = args.find((a) => !a.startsWith("-"));
// npm runs scripts from the package folder; a relative DIR means the caller's folder.
const dir = given ? path.resolve(process.env.INIT_CWD ?? process.cwd(), given) : path.join(projectRoot(), "tests/fixtures/articles");

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const rows: ArticleScore[] = [];
let ms = 0;
for (const article of loadAnnotatedArticles(dir)) {
  const topics = SAMPLE_ARTICLES.find((a) => a.file === article.name)?.topics;
  const started = performance.now();
  const extraction = extractArticle(article.text, { topics: SAMPLE_TOPIC_CANDIDATES });
  ms += performance.now() - started;
  rows.push(scoreArticle(article.name, extraction, { ...article.gold, topics: article.gold.topics ?? topics }));
}
if (rows.length === 0) {
  console.error(`no annotated articles (NAME.txt + NAME.json) in ${dir}`);
  process.exit(1);
}

console.log(`article                              quotes P/R/F1        spk   people P/R/F1       boiler  capt   topics P/R`);
for (const r of rows) {
  const q = prf(r.quotes);
  const p = prf(r.people);
  const t = r.topics ? prf(r.topics) : undefined;
  console.log(
    `${r.name.padEnd(36)} ${pct(q.precision)} ${pct(q.recall)} ${pct(q.f1)}  ${r.speakers.correct}/${r.speakers.total}`.padEnd(70) +
      ` ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${r.boilerplate.dropped}/${r.boilerplate.total}`.padEnd(28) +
      ` ${r.captions.dropped}/${r.captions.total}  ` +
      (t ? `${pct(t.precision)} ${pct(t.recall)}` : "    -"),
  );
  if (verbose) for (const miss of r.misses) console.log(`    - ${miss}`);
}
const total = totalScore(rows);
console.log("");
console.log(`quotes      P ${pct(total.quotes.precision)}  R ${pct(total.quotes.recall)}  F1 ${pct(total.quotes.f1)}  (tp ${total.quotes.tp}, fp ${total.quotes.fp}, fn ${total.quotes.fn})`);
console.log(`speakers    accuracy ${pct(total.speakerAccuracy)} on matched quotes; fragment flag accuracy ${pct(total.fragmentAccuracy)}`);
console.log(`people      P ${pct(total.people.precision)}  R ${pct(total.people.recall)}  F1 ${pct(total.people.f1)}  (tp ${total.people.tp}, fp ${total.people.fp}, fn ${total.people.fn})`);
console.log(`boilerplate ${total.boilerplate.dropped}/${total.boilerplate.total} lines dropped; captions ${total.captions.dropped}/${total.captions.total}`);
if (total.topics) console.log(`topics      P ${pct(total.topics.precision)}  R ${pct(total.topics.recall)}  F1 ${pct(total.topics.f1)} (sample catalog articles)`);
console.log(`time        ${(ms / rows.length).toFixed(2)} ms per article (${rows.length} articles, cold)`);
