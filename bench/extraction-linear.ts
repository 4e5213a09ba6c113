// npm run bench:extraction-linear: extraction runs in time linear in its input. Ingest takes
// whatever text a client sends, so one hostile shape (a line with no spaces, a run of quotation
// marks) must not cost seconds. Each shape of bench/lib/hostile-text.ts is timed at 100 000 and
// 200 000 characters (best of two runs): the larger must finish within 1.5 s, and doubling the
// input may at most about triple the time (a quadratic step quadruples it). Prints a line per
// shape and exits 1 if any fails; .ci/run runs it (tests do not time: tests/extraction-linear.test.ts
// checks that the same shapes are extracted without error).
import { extractArticle } from "../src/extraction";
import { HOSTILE_TEXT, REALISTIC_TEXT } from "./lib/hostile-text";

const LARGEST_MS = 1500;

/** Best of two runs, in milliseconds. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const started = process.hrtime.bigint();
    extractArticle(text);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

extractArticle(REALISTIC_TEXT);
let failures = 0;
for (const [name, make] of HOSTILE_TEXT) {
  const small = time(make(100_000));
  const large = time(make(200_000));
  // A few milliseconds of slack: at these sizes timer and GC noise is that large.
  const linear = large <= 3 * small + 25 && large < LARGEST_MS;
  if (!linear) failures += 1;
  console.log(`${linear ? "ok  " : "FAIL"} ${name}: ${small.toFixed(1)} ms at 100 000 characters, ${large.toFixed(1)} ms at 200 000`);
}
console.log(
  `${HOSTILE_TEXT.length - failures} of ${HOSTILE_TEXT.length} shapes linear (doubling at most triples the time, 200 000 characters under ${LARGEST_MS} ms)`,
);
if (failures) process.exitCode = 1;
