// npm run bench:extraction-linear: extraction runs in time linear in its input. Ingest takes
// whatever text a client sends, so one hostile shape (a line with no spaces, a run of quotation
// marks) must not cost seconds. Each shape of bench/lib/hostile-text.ts is timed at 100 000 and
// 200 000 characters (best of three runs): the larger must finish within 1.5 s, and doubling the
// input may at most about triple the time (a quadratic step quadruples it). A shape that fails is
// timed once more, because a busy machine (CI beside other work) can stall a whole best-of-three;
// a quadratic step fails both times. Prints a line per
// shape and exits 1 if any fails; .ci/run runs it (tests do not time: tests/extraction-linear.test.ts
// checks that the same shapes are extracted without error).
import { extractArticle } from "../src/extraction";
import { HOSTILE_TEXT, REALISTIC_TEXT } from "./lib/hostile-text";

const LARGEST_MS = 1500;

/** Best of three runs, in milliseconds. */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    extractArticle(text);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

extractArticle(REALISTIC_TEXT);
/** Times a shape at both sizes; `linear` when doubling at most triples the time. */
function measure(make: (length: number) => string): { small: number; large: number; linear: boolean } {
  const small = time(make(100_000));
  const large = time(make(200_000));
  // A few milliseconds of slack: at these sizes timer and GC noise is that large.
  return { small, large, linear: large <= 3 * small + 25 && large < LARGEST_MS };
}

let failures = 0;
for (const [name, make] of HOSTILE_TEXT) {
  let result = measure(make);
  const retried = !result.linear;
  if (retried) result = measure(make);
  if (!result.linear) failures += 1;
  const { small, large, linear } = result;
  const note = retried ? " (timed again after a first failure)" : "";
  console.log(
    `${linear ? "ok  " : "FAIL"} ${name}: ${small.toFixed(1)} ms at 100 000 characters, ${large.toFixed(1)} ms at 200 000${note}`,
  );
}
console.log(
  `${HOSTILE_TEXT.length - failures} of ${HOSTILE_TEXT.length} shapes linear (doubling at most triples the time, 200 000 characters under ${LARGEST_MS} ms)`,
);
if (failures) process.exitCode = 1;
