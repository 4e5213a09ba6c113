// A quote's context is the sentence around it. On copy without sentence breaks (a wall of quoted
// fragments, a page with no full stops) that "sentence" is the whole text, once per quote: 25 000
// quotes of a 200 000-character text would carry 5 GB of context. Clipped to a window around the
// quote, the draft stays linear in the size of the text.

/** Longest context kept; a real sentence is far shorter. */
const MAX_CONTEXT_LENGTH = 1000;

/** `context` cut to at most `max` characters around `quote` (its start when not found), marked with "…". */
export function clipContext(context: string, quote: string, max = MAX_CONTEXT_LENGTH): string {
  if (context.length <= max) return context;
  const at = Math.max(context.indexOf(quote), 0);
  const room = Math.max(max - quote.length, 0);
  const start = Math.max(0, Math.min(at - Math.floor(room / 2), context.length - max));
  const end = Math.min(context.length, start + max);
  return `${start > 0 ? "…" : ""}${context.slice(start, end).trim()}${end < context.length ? "…" : ""}`;
}
