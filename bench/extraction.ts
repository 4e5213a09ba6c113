// npm run bench:extraction [-- --iterations N]: times extractArticle on a ~5 KB article (the seed
// article repeated to 5 KB) after a warm-up, and prints mean, p50 and p99 in milliseconds against
// the 20 ms budget.
import fs from "node:fs";
import path from "node:path";
import { extractArticle, SAMPLE_TOPIC_CANDIDATES } from "../src/extraction";
import { projectRoot } from "../src/paths";

const BUDGET_MS = 20;

function article(bytes: number): string {
  const seed = fs.readFileSync(path.join(projectRoot(), "tests/fixtures/articles/seed-trump-putin-call.txt"), "utf8");
  const paragraphs = seed.split(/\n\s*\n/);
  const out: string[] = [];
  // Whole paragraphs, the story repeated until the text reaches the target size.
  for (let i = 0; Buffer.byteLength(out.join("\n\n")) < bytes; i++) out.push(paragraphs[i % paragraphs.length]);
  return out.join("\n\n");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const flag = process.argv.indexOf("--iterations");
const iterations = flag >= 0 ? Number(process.argv[flag + 1]) : 2000;
const text = article(5 * 1024);
const options = { topics: SAMPLE_TOPIC_CANDIDATES };

for (let i = 0; i < 200; i++) extractArticle(text, options);
const times: number[] = [];
for (let i = 0; i < iterations; i++) {
  const started = process.hrtime.bigint();
  extractArticle(text, options);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const result = extractArticle(text, options);
console.log(
  `extractArticle on ${Buffer.byteLength(text)} bytes (${result.quotes.length} quotes, ${result.people.length} people), ${iterations} runs after 200 warm-up`,
);
console.log(
  `mean ${mean.toFixed(2)} ms  p50 ${percentile(times, 50).toFixed(2)} ms  p99 ${percentile(times, 99).toFixed(2)} ms  (budget ${BUDGET_MS} ms)`,
);
if (percentile(times, 50) > BUDGET_MS) process.exitCode = 1;
