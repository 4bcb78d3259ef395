/**
 * Quote anchor → live DOM Range. The engine stores offsets into
 * `buildTextIndex(document.body).text`; the same walk over the live page maps them back.
 * When the page changed since the analysis (late-loading ads, a single-page app
 * re-rendering), the offsets no longer point at `exact`, and the quote is found again by
 * searching `exact` and preferring the occurrence whose prefix/suffix match best
 * (the W3C TextQuoteSelector idea, as in hypothesis's anchoring/match-quote).
 */
import { buildTextIndex, positionsFromOffsets, type TextIndex } from '../extract/text-index';
import type { QuoteAnchor } from '../report';

export function indexPage(doc: Document): TextIndex | null {
  return doc.body ? buildTextIndex(doc.body) : null;
}

/** Length of the common suffix of `a` and `b` (how well a prefix matches before a hit). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Start offset of `anchor.exact` in `text`: the stored offset when still valid, else the best-scoring occurrence. */
export function locate(text: string, anchor: QuoteAnchor): number | null {
  const { exact, prefix, suffix, start, end } = anchor;
  if (!exact) return null;
  if (end - start === exact.length && text.slice(start, end) === exact) return start;
  let best: number | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + suffix.length);
    // Context first; closeness to the old offset breaks ties.
    const score = (commonSuffix(before, prefix) + commonPrefix(after, suffix)) * 1e6 - Math.abs(at - start);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** A live Range over the quote, or null when it is no longer in the page. */
export function rangeForAnchor(doc: Document, index: TextIndex, anchor: QuoteAnchor): Range | null {
  const at = locate(index.text, anchor);
  if (at === null) return null;
  const pos = positionsFromOffsets(index, at, at + anchor.exact.length);
  if (!pos) return null;
  const range = doc.createRange();
  range.setStart(pos.startNode, pos.startOffset);
  range.setEnd(pos.endNode, pos.endOffset);
  return range;
}

/** A range is stale when the page removed its text or changed it under it. */
export function isStale(range: Range, exact: string): boolean {
  return !range.startContainer.isConnected || !range.endContainer.isConnected || range.toString() !== exact;
}
