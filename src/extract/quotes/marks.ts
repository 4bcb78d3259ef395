/**
 * Finds quoted spans by their marks, paragraph by paragraph, in one left-to-right pass:
 * “…” "…" ‘…’ «…» »…« „…“ ‚…‘ 「…」 『…』. A quote nested inside another belongs to the
 * outer one; apostrophes inside words ("can't", "Turk’s") never close a quote; an English
 * quote that runs on into the next paragraph (no closing mark, the next paragraph opening
 * again) gives one span per paragraph.
 */

export interface MarkedSpan {
  para: number;
  /** Content offsets in the paragraph text, without marks or surrounding spaces. */
  start: number;
  end: number;
  /** Offsets of the opening mark and of the closing mark (end of paragraph when none). */
  open: number;
  close: number;
  /** The quote runs on into the next paragraph / continues one from the previous paragraph. */
  runsOn: boolean;
  continues: boolean;
}

/** Opening mark → the marks that may close it. */
const CLOSERS: Record<string, string> = {
  '\u201C': '\u201D\u201C"', // “ … ” (sloppy “ … “ and “ … " too)
  '\u201E': '\u201C\u201D', // „ … “ / „ … ”
  '\u201D': '\u201D', // ” … ” (Swedish / sloppy)
  '"': '"\u201D',
  '\u00AB': '\u00BB', // « … »
  '\u00BB': '\u00AB', // » … « (German book style)
  '\u2018': '\u2019', // ‘ … ’
  '\u201A': '\u2018\u2019', // ‚ … ‘
  '\u300C': '\u300D', // 「 … 」
  '\u300E': '\u300F', // 『 … 』
};
const SINGLE = new Set(['\u2018', '\u201A']);

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which an opening mark may stand. */
const isOpenContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013\-:/\u00A0\u201C\u201E\u00AB\u2018]/.test(c);

function canOpen(text: string, i: number, mark: string): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (mark === '\u300C' || mark === '\u300E') return true;
  if (isSpace(next) && mark !== '\u00AB') return false; // « is followed by a (thin) space in French
  if (mark === '"' || mark === '\u201D' || mark === '\u00BB') return isOpenContext(prev) || (mark === '"' && /[.,]/.test(prev ?? ''));
  if (SINGLE.has(mark)) return isOpenContext(prev) && (isWordChar(next) || next === '\u2026' || next === '.');
  return !isWordChar(prev) || mark === '\u201E' || mark === '\u201C';
}

function canClose(text: string, i: number, mark: string): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (mark === '\u2019' || mark === '\u2018') {
    // an apostrophe sits between letters ("can’t"); a closing single mark does not
    return !isSpace(prev) && !isWordChar(next);
  }
  if (mark === '\u201C') return !isSpace(prev) && !isWordChar(next);
  if (mark === '"' || mark === '\u201D') return !(isSpace(prev) && isWordChar(next) && mark === '"');
  return true;
}

const trimSpan = (text: string, s: number, e: number): [number, number] => {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
};

/** Is the first visible character of the text an opening mark? */
function opensWithMark(text: string): boolean {
  const m = /^\s*(\S)/.exec(text);
  return !!m && m[1]! in CLOSERS && m[1] !== '\u00BB';
}

/**
 * All quoted spans in `paragraphs`. `charge(n)` is called per paragraph with its length
 * and returns false to stop (work budget).
 */
export function findMarkedSpans(paragraphs: string[], charge: (n: number) => boolean): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let carried = false; // the previous paragraph ended inside a quote that runs on
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    let open = -1;
    let closers = '';
    let depth = 0; // “ … “nested” … ” with the same marks
    let restarts = 0;
    let first = true; // the next span is the paragraph's first
    const continuing = carried && opensWithMark(text);
    carried = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (open < 0) {
        if (c in CLOSERS && canOpen(text, i, c)) {
          open = i;
          closers = CLOSERS[c]!;
          depth = 0;
        }
        continue;
      }
      if (c === text[open] && c === '\u201C' && isSpace(text[i - 1]) && !isSpace(text[i + 1])) {
        depth++;
        continue;
      }
      if (depth > 0 && c === '\u201D') {
        depth--;
        continue;
      }
      if (closers.includes(c) && i > open + 1 && canClose(text, i, c)) {
        const [s, e] = trimSpan(text, open + 1, i);
        if (e > s) {
          spans.push({ para: p, start: s, end: e, open, close: i, runsOn: false, continues: continuing && first });
          first = false;
        }
        open = -1;
      }
      // A straight quote left open at the end is retried from the next character, a few times.
      if (i === text.length - 1 && open >= 0 && !runsOnInto(paragraphs[p + 1], text, open) && restarts < 3) {
        restarts++;
        i = open;
        open = -1;
      }
    }
    if (open >= 0) {
      const [s, e] = trimSpan(text, open + 1, text.length);
      if (e > s && runsOnInto(paragraphs[p + 1], text, open)) {
        spans.push({ para: p, start: s, end: e, open, close: text.length, runsOn: true, continues: continuing && first });
        carried = true;
      }
    }
    // charged after reading, so a page already over budget still yields its first paragraph's quotes
    if (!charge(text.length)) break;
  }
  return spans;
}

/**
 * An unclosed quote runs on when the next paragraph opens with a quote mark and the
 * unclosed one is a real utterance (it opened the paragraph or followed a colon / comma).
 */
function runsOnInto(next: string | undefined, text: string, open: number): boolean {
  if (next === undefined || !opensWithMark(next)) return false;
  // the quote opened in this paragraph and never closed: the next paragraph's opening mark carries it on
  return open < text.length - 1;
}
