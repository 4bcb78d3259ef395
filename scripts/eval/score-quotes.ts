/**
 * Scores direct quotes and speakers on the annotated text corpora (test/quotes-gold/) with the
 * rules of ../shared/tools/score-quotes.mjs: a predicted quote is located in the text by its
 * words and matches a gold direct quote when it covers more than 30% of it (the Gender Gap
 * Tracker rule), one to one; quotes the engine marks partial do not count against precision;
 * the speaker matches by surname against the gold mention, bare pronoun mentions unscored.
 */
import type { Report } from '../../src/report';

export type QuoteSet = 'polnear' | 'wikinews_de';

export interface GoldSpan {
  start: number;
  end: number;
  /** The gold source mention ("he", "Trump's campaign manager Kellyanne Conway"). */
  speaker: string;
}

export interface QuoteDoc {
  id: string;
  text: string;
  quotes: GoldSpan[];
}

interface PolnearAttribution {
  content_is_fully_quoted?: boolean;
  content: { spans: [number, number][] }[];
  source: { text: string }[];
}
interface WikinewsAnnotation {
  type: string;
  quote: { spans: [number, number][] };
  speaker: { text: string };
}

const spanOf = (spans: [number, number][]) => ({ start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) });

/** One corpus line (an article, or for PolNeAR an article × annotator) as text + gold quotes. */
export function parseQuoteDoc(set: QuoteSet, line: string): QuoteDoc {
  const d = JSON.parse(line) as Record<string, unknown>;
  const quotes: GoldSpan[] = [];
  if (set === 'polnear') {
    for (const a of (d.attributions as PolnearAttribution[] | undefined) ?? []) {
      if (!a.content_is_fully_quoted) continue;
      const spans = a.content.flatMap((c) => c.spans);
      if (spans.length) quotes.push({ ...spanOf(spans), speaker: a.source.map((s) => s.text).join(' ') });
    }
    return { id: `${String(d.article)}#${String(d.annotator)}`, text: String(d.text), quotes };
  }
  for (const a of (d.annotations as WikinewsAnnotation[] | undefined) ?? []) {
    if (a.type !== 'Direct' || !a.quote.spans.length) continue;
    quotes.push({ ...spanOf(a.quote.spans), speaker: a.speaker.text });
  }
  return { id: String(d.doc), text: String(d.text), quotes };
}

const PRONOUNS = new Set('he she they it we i you him her them his hers their its er sie es wir ich ihr'.split(' '));
const fold = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const words = (s: string | null | undefined) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
export function mentionMatch(pred: string | null, gold: string): boolean {
  const p = words(pred);
  const g = words(gold);
  if (!p.length || !g.length) return false;
  return g.includes(p[p.length - 1]!) || p.includes(g[g.length - 1]!);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where a quote's words stand in the text (folded offsets, as score-quotes.mjs), or null. */
export function locate(text: string, quote: string): [number, number] | null {
  const w = words(quote);
  if (!w.length) return null;
  const head = w.slice(0, Math.min(6, w.length));
  const re = new RegExp(head.map(escapeRe).join('[^\\p{L}\\p{N}]+'), 'giu');
  const ft = fold(text);
  const m = re.exec(ft);
  if (!m) return null;
  let end = m.index;
  let seen = 0;
  const wre = /[\p{L}\p{N}]+/gu;
  wre.lastIndex = m.index;
  let mm: RegExpExecArray | null;
  while ((mm = wre.exec(ft)) && seen < w.length) {
    seen++;
    end = mm.index + mm[0].length;
  }
  return [m.index, end];
}

export interface QuoteTotals {
  docs: number;
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
  speakerN: number;
  /** Of those, quotes with a speaker shown, and shown right (the precision a reader gets). */
  shown: number;
  shownOk: number;
  failed: number;
  partialEmitted: number;
  predicted: number;
}
export const emptyQuoteTotals = (): QuoteTotals => ({ docs: 0, tp: 0, fp: 0, fn: 0, speakerOk: 0, speakerN: 0, shown: 0, shownOk: 0, failed: 0, partialEmitted: 0, predicted: 0 });

export interface QuoteDocResult {
  id: string;
  missed: number;
  speakers: { gold: string; predicted: string | null; ok: boolean; attribution: string | null }[];
}

/** Adds one document's comparison to `t`; a null report (the analysis failed) misses everything. */
export function scoreQuoteDoc(rep: Report | null, doc: QuoteDoc, t: QuoteTotals): QuoteDocResult {
  t.docs++;
  const result: QuoteDocResult = { id: doc.id, missed: 0, speakers: [] };
  if (!rep) {
    t.failed++;
    t.fn += doc.quotes.length;
    result.missed = doc.quotes.length;
    return result;
  }
  const preds = rep.quotes.map((q) => ({ q, span: locate(doc.text, q.text) }));
  const used = new Set<number>();
  for (const g of doc.quotes) {
    const len = g.end - g.start;
    let best = -1;
    let bestOverlap = 0.3;
    preds.forEach((p, j) => {
      if (used.has(j) || !p.span) return;
      const overlap = Math.max(0, Math.min(p.span[1], g.end) - Math.max(p.span[0], g.start)) / len;
      if (overlap > bestOverlap) {
        best = j;
        bestOverlap = overlap;
      }
    });
    if (best < 0) {
      t.fn++;
      result.missed++;
      continue;
    }
    used.add(best);
    t.tp++;
    const gs = g.speaker.trim();
    const gw = words(gs);
    if (gs && !(gw.length === 1 && PRONOUNS.has(gw[0]!))) {
      t.speakerN++;
      const pred = preds[best]!.q;
      const ok = mentionMatch(pred.speaker, gs);
      if (ok) t.speakerOk++;
      if (pred.speaker) {
        t.shown++;
        if (ok) t.shownOk++;
      }
      result.speakers.push({ gold: gs, predicted: pred.speaker, ok, attribution: pred.attribution ?? null });
    }
  }
  preds.forEach((p, j) => {
    t.predicted++;
    if (p.q.partial) {
      t.partialEmitted++;
      return;
    }
    if (!used.has(j)) t.fp++;
  });
  return result;
}

export function quoteFigures(t: QuoteTotals): Record<string, number> {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { quoteP: p, quoteR: r, quoteF1: p + r ? (2 * p * r) / (p + r) : 0, speaker: t.speakerN ? t.speakerOk / t.speakerN : 1, speakerPrecision: t.shown ? t.shownOk / t.shown : 1, failed: t.failed };
}
