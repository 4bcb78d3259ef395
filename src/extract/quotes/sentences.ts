/**
 * Sentences of a paragraph: `Intl.Segmenter` (ICU's sentence rules, in Chrome, Firefox and
 * Node alike), then two corrections ICU cannot make without a language's word lists: a break
 * after an abbreviation or an initial ("Sen. John Smith", "G.K. Butterfield") or inside a
 * date ("am 14. Juli") is not a sentence end, and a break inside a quotation is the quote's
 * own business, not the paragraph's.
 */
import { ABBREVIATIONS, MONTHS, fold } from './lexicon';

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;

/** The last word of a segment, with its dot: "Sen.", "U.S.", "14.", "K.". */
const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\.\s*$/u;
const FIRST_WORD = /^\s*([\p{L}]+)/u;

/** Does the segment end in a dot that belongs to a word rather than ending the sentence? */
function endsInWordDot(segment: string, next: string): boolean {
  const m = LAST_WORD.exec(segment);
  if (!m) return false;
  const word = m[1]!;
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // an initial: "G.", "G.K.", "U.S."
  if (ABBREVIATIONS.has(fold(word))) return true;
  // "am 14. Juli": a day number before a month name
  if (/^\d{1,2}$/.test(word)) {
    const following = FIRST_WORD.exec(next)?.[1];
    return following !== undefined && MONTHS.has(fold(following));
  }
  return false;
}

/**
 * Start offsets of the sentences of `text` (the first is always 0). `inside` ranges (quote
 * spans: opening mark to closing mark) never hold a sentence start.
 */
export function sentenceStarts(text: string, inside: readonly [number, number][] = []): number[] {
  const starts = [0];
  if (!segmenter) return starts;
  const segments = [...segmenter.segment(text)];
  for (let i = 1; i < segments.length; i++) {
    const at = segments[i]!.index;
    const previous = text.slice(starts[starts.length - 1], at);
    if (endsInWordDot(previous, segments[i]!.segment)) continue;
    if (inside.some(([open, close]) => at > open && at <= close)) continue;
    starts.push(at);
  }
  return starts;
}
