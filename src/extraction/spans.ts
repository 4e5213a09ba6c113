// Pairs quotation marks in one paragraph. Straight and curly marks are read by what surrounds them
// (a mark after a space opens, a mark before a space or punctuation closes), because pasted copy
// mixes them (“... midwives.") and apostrophes (don't, Putin’s, Militants') look like single marks.

export interface QuoteSpan {
  /** Offsets in the paragraph: the opening mark and the first character after the closing mark. */
  open: number;
  close: number;
  /** The quoted text (without marks) as offsets in the paragraph. */
  textStart: number;
  textEnd: number;
  /** No closing mark before the end of the paragraph (a quote running on, or a cut-off text). */
  unterminated: boolean;
  single: boolean;
}

// (Round 12: markup left in pasted copy, `<p>"We act."</p>`, opens and closes as a space does.)
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:>]/u;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-…<]/u;

function canOpen(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1];
  const after = text[i + 1] ?? " ";
  return (OPENING_CONTEXT.test(before) || "\"“‘'".includes(before)) && !/\s/.test(after);
}

function canClose(text: string, i: number): boolean {
  const before = i === 0 ? " " : text[i - 1];
  const after = text[i + 1] ?? " ";
  return !/\s/.test(before) && (CLOSING_CONTEXT.test(after) || "\"”’'".includes(after));
}

/**
 * `has said that " if there is ..."`: a mark with a space on both sides opens a quotation when it
 * follows a word or a colon or comma and the next double mark can close it.
 */
function spacedOpener(text: string, i: number): boolean {
  // (Round 6: or opening the paragraph, `" I am pleased to welcome ... , " Roe said.`)
  const afterWord = /\s/.test(text[i - 1] ?? "") && /[\p{L},:]/u.test(text[i - 2] ?? "");
  if (!(afterWord || i === 0) || !/\s/.test(text[i + 1] ?? "")) return false;
  const found = nextDoubleMark(text, i);
  const next = found < 0 ? -1 : found - (i + 1);
  return next > 1 && (canClose(text, found) || spacedCloser(text, found)) && /\p{L}/u.test(text.slice(i + 1, found));
}

/**
 * Where the first double mark after `i` stands, or -1. Searched from i on (not on a copy of the rest
 * of the text): the cost is the distance to the next mark, so successive calls stay linear.
 */
function nextDoubleMark(text: string, i: number): number {
  const re = /["“”„«»]/g;
  re.lastIndex = i + 1;
  return re.exec(text)?.index ?? -1;
}

/** The next double mark after the opener at `i`, more than 8 characters on, can close it. */
function closedFarther(text: string, i: number): boolean {
  const found = nextDoubleMark(text, i);
  return found - i > 8 && canClose(text, found);
}

/** `... of Justice, " Roe said.`: a mark with a space on both sides after a comma or a stop closes an open quotation. */
function spacedCloser(text: string, i: number): boolean {
  return /\s/.test(text[i - 1] ?? "") && /^\s?$/.test(text[i + 1] ?? "") && /[,.!?;]/.test(text[i - 2] ?? "");
}

/**
 * `... communities," For example, ..."`, `said," [Warhol] liked ..."`: with nothing open, a mark
 * glued to a comma or colon and followed by a space and a capital (or an editor's bracket) opens
 * a quotation when the next double mark can close it, unless an attribution follows it
 * (`home," Roe said` is a close whose opener is missing).
 */
function gluedOpener(text: string, i: number): boolean {
  if (!/[,:]/.test(text[i - 1] ?? "") || text[i + 1] !== " " || !/[\p{Lu}[]/u.test(text[i + 2] ?? "")) return false;
  if (ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 60))) return false;
  return closedFarther(text, i);
}

/**
 * Round 7: `he said."There's just ...`: with nothing open, a straight mark glued to a full stop and
 * to a capital (the space after the attribution lost) opens a quotation when the next double mark
 * can close it.
 */
function crampedOpener(text: string, i: number): boolean {
  if (text[i] !== '"' || !/[.!?]/.test(text[i - 1] ?? "") || !/\p{Lu}/u.test(text[i + 1] ?? "")) return false;
  return closedFarther(text, i);
}

// An attribution right after a closing mark: `," Jane Roe said`, `," said Roe`, `," he added`.
const ATTRIBUTION_AFTER = /^\s+(?:(?:\p{Lu}[\p{L}.'’\-]*|he|she|they|the \p{Ll}+)\s+){0,3}(?:said|says|added|adds|told|explained|stated|noted|continued|insisted|argued|wrote)\b/u;

/**
 * `I have no doubt," Roe said.`: a paragraph whose first double mark can only close, after a
 * clause's end and before an attribution, lost its opening mark; the quotation runs from the
 * paragraph's start.
 */
function missingOpener(text: string): QuoteSpan | undefined {
  const first = text.search(/["“”„«»]/);
  if (first <= 0 || text[first] === "“" || text[first] === "«" || text[first] === "„") return undefined;
  if (!/[,.!?]/.test(text[first - 1]) || canOpen(text, first) || !canClose(text, first)) return undefined;
  if (!ATTRIBUTION_AFTER.test(text.slice(first + 1, first + 60))) return undefined;
  return { open: 0, close: first + 1, textStart: 0, textEnd: first, unterminated: false, single: false };
}

/**
 * Inside an open quotation (from..to), a sentence of reporting before a new opening mark: "He
 * said ...", "Jane Roe said ...". Returns the end of the sentence before it, or -1.
 */
function attributionCut(text: string, from: number, to: number): number {
  const re = /[.!?](?=\s+(?:He|She|They|\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s+(?:\p{Ll}+\s+)?(?:said|says|added|told|noted|explained|stated|insisted|argued)\b)/gu;
  // Only the stretch from..to (and enough after it for the lookahead) is searched, so each call
  // costs the length of its own span, not of the rest of the paragraph.
  const window = text.slice(from, to + 200);
  let cut = -1;
  for (let m = re.exec(window); m && m.index < to - from; m = re.exec(window)) cut = from + m.index + 1;
  return cut;
}

/**
 * Round 11: `"We respect ... Mars.` ¶ `It is a bold vision ... gone before."`: the paragraph before
 * ran on in a quotation, and this one's first double mark can only close. The source left out the
 * paragraph's opening mark; the quotation goes on from its start to that mark.
 */
function continuedWithoutOpener(text: string, runsOn: boolean): QuoteSpan | undefined {
  if (!runsOn) return undefined;
  const first = text.search(/["“”„«»]/);
  if (first <= 0 || text[first] === "“" || text[first] === "«" || text[first] === "„") return undefined;
  if (!/[,.!?…]/.test(text[first - 1]) || canOpen(text, first) || !canClose(text, first)) return undefined;
  return { open: 0, close: first + 1, textStart: 0, textEnd: first, unterminated: false, single: false };
}

/** Words inside a curly quotation longer than this in straight marks are no nested pair. */
const NESTED_MOST = 40;

/**
 * Inside a curly quotation, a straight mark at `i` that opens a short pair closed by another
 * straight mark, a curly closing mark still to come: where the pair's closing mark stands, or -1.
 */
function nestedStraightEnd(text: string, i: number, lastCurlyClose: number): number {
  if (text[i] !== '"' || !canOpen(text, i) || canClose(text, i)) return -1;
  // (Looked for within NESTED_MOST characters only, so each mark costs a bounded read.)
  const at = text.slice(i + 1, i + 1 + NESTED_MOST).indexOf('"');
  const end = at < 0 ? -1 : i + 1 + at;
  return end > 0 && canClose(text, end) && end < lastCurlyClose ? end : -1;
}

function doubleSpans(text: string, runsOn: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // The attribution cut found so far inside the open span, and how far it was searched: each
  // later mark searches only the new stretch.
  let cutSeen = -1;
  let searched = -1;
  const missing = missingOpener(text) ?? continuedWithoutOpener(text, runsOn);
  const lastCurlyClose = text.lastIndexOf("”");
  if (missing) spans.push(missing);
  for (let i = missing ? missing.close : 0; i < text.length; i++) {
    const ch = text[i];
    if (!"\"“”„«»".includes(ch)) continue;
    // (Round 23: a nickname or a title in straight marks inside a curly quotation, `“... Gen. Ralph
    // E. "Ed" Roe ...”`, is passed over whole.)
    const inner = open >= 0 && text[open] === "“" ? nestedStraightEnd(text, i, lastCurlyClose) : -1;
    if (inner > 0) {
      i = inner;
      continue;
    }
    if (open >= 0 && canOpen(text, i) && !canClose(text, i) && ch !== "”" && ch !== "»") {
      // The closing mark went missing: the span ran on through the reporter's attribution
      // (`... home. He said the army is ready. "They ...`). Close it where that clause begins.
      const fresh = attributionCut(text, Math.max(open + 1, searched), i);
      const cut = fresh > 0 ? fresh : cutSeen;
      cutSeen = cut;
      searched = i;
      if (cut > 0) {
        spans.push({ open, close: cut, textStart: open + 1, textEnd: cut, unterminated: false, single: false });
        open = i;
        cutSeen = searched = -1;
        continue;
      }
    }
    if (open < 0) {
      // A closing-shaped mark with nothing open is a stray; curly openers open even when cramped.
      if (canOpen(text, i) || ((ch === "“" || ch === "«" || ch === "„") && !canClose(text, i)) || spacedOpener(text, i) || gluedOpener(text, i) || crampedOpener(text, i)) {
        open = i;
        cutSeen = searched = -1;
      }
    } else if (canClose(text, i) || ch === "”" || ch === "»" || spacedCloser(text, i)) {
      spans.push({ open, close: i + 1, textStart: open + 1, textEnd: i, unterminated: false, single: false });
      open = -1;
    }
  }
  if (open >= 0) {
    spans.push({ open, close: text.length, textStart: open + 1, textEnd: text.trimEnd().length, unterminated: true, single: false });
  }
  return spans;
}

/** Single marks used as quotation marks ('quasi-state of war'), outside double-quoted text. */
function singleSpans(text: string, inside: (i: number) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch !== "'" && ch !== "‘") || inside(i) || !canOpen(text, i)) continue;
    // 'n', '90s, 'em: a letter must follow, and the closing mark must come within the sentence;
    // a curly opener, or one after a colon (`told VOA: ‘The talks are over. We go home.’`), may
    // hold several sentences.
    if (!/\p{L}/u.test(text[i + 1] ?? "")) continue;
    const sentences = ch === "‘" || /:\s*$/.test(text.slice(Math.max(0, i - 3), i));
    for (let j = i + 2; j < text.length && j - i < (sentences ? 600 : 300); j++) {
      const c = text[j];
      if (inside(j)) break;
      if ((c === "'" || c === "’") && canClose(text, j) && !/\p{L}/u.test(text[j + 1] ?? "")) {
        spans.push({ open: i, close: j + 1, textStart: i + 1, textEnd: j, unterminated: false, single: true });
        i = j;
        break;
      }
      if (!sentences && /[.!?]/.test(c) && /\s/.test(text[j + 1] ?? " ")) break;
      if (sentences && j > i + 2 && (c === "‘" || (c === "'" && canOpen(text, j)))) break;
    }
  }
  return spans;
}

/** The quotations of a paragraph; `runsOn`: the paragraph before ended inside an open quotation. */
export function findQuoteSpans(paragraph: string, runsOn = false): QuoteSpan[] {
  const doubles = doubleSpans(paragraph, runsOn);
  // Per character, whether a double-quoted span covers it: a lookup, not a scan of every span.
  const covered = new Uint8Array(paragraph.length);
  for (const s of doubles) covered.fill(1, s.open, s.close);
  const inside = (i: number) => covered[i] === 1;
  return [...doubles, ...singleSpans(paragraph, inside)].sort((a, b) => a.open - b.open).map((span) => trimmed(paragraph, span));
}

/** The quoted text without the spaces typed inside spaced marks (`" I am pleased ... , "`). */
function trimmed(text: string, span: QuoteSpan): QuoteSpan {
  let { textStart, textEnd } = span;
  while (textStart < textEnd && /\s/.test(text[textStart])) textStart++;
  while (textEnd > textStart && /\s/.test(text[textEnd - 1])) textEnd--;
  return textStart === span.textStart && textEnd === span.textEnd ? span : { ...span, textStart, textEnd };
}
