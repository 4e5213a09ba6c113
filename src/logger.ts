// Structured log lines (one JSON object each) on stderr, so a log collector can parse them.
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "error" : "info")) as Level;
  return ORDER[level] ?? ORDER.info;
}

function write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < threshold()) return;
  const details = Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    ]),
  );
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...details })}\n`);
}

/** Lines of one kind written per window; the rest are counted and reported with the next one. */
const LINES_PER_WINDOW = 10;
const WINDOW_MS = 10_000;
/** Kinds remembered at once: a client choosing endless new kinds cannot grow the map. */
const MAX_KINDS = 1_000;

interface Window {
  startedAt: number;
  written: number;
  suppressed: number;
}

const windows = new Map<string, Window>();

/**
 * Writes at most LINES_PER_WINDOW lines of one kind per WINDOW_MS: a database outage under load,
 * or a client sending thousands of bad requests, says so in a few lines (with how many were left
 * out) instead of one per request.
 */
function writeLimited(level: Level, message: string, kind: string, fields: Record<string, unknown> = {}): void {
  if (ORDER[level] < threshold()) return;
  const now = Date.now();
  let window = windows.get(kind);
  if (!window || now - window.startedAt >= WINDOW_MS) {
    const suppressed = window?.suppressed ?? 0;
    if (!window && windows.size >= MAX_KINDS) windows.delete(windows.keys().next().value!);
    windows.set(kind, (window = { startedAt: now, written: 0, suppressed: 0 }));
    if (suppressed > 0) fields = { ...fields, suppressedBefore: suppressed };
  }
  if (window.written >= LINES_PER_WINDOW) {
    window.suppressed += 1;
    return;
  }
  window.written += 1;
  write(level, message, fields);
}

export const logger = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
  /** Like the level's own method, at most a few lines per kind and window (see writeLimited). */
  limited: writeLimited,
};
