/**
 * Training examples for the attribution scorer, made by running the engine's own steps (quote
 * marks, mentions, candidates with their features) on annotated text and marking which
 * candidates are right:
 * - text corpora (PolNeAR, German Wikinews) annotate the source *mention* of each quotation: the
 *   candidate whose mention overlaps the gold source span is right (its head, not a possessor);
 *   "nobody" is right where the annotation has no source; "the previous speaker" is right where
 *   the source is the same as the previous quotation's.
 * - the page corpus annotates the resolved speaker (a full name): every candidate standing for a
 *   person of that name is right.
 * Quotes whose source no candidate stands for are left out (and counted: the reach of the
 * candidate generator).
 */
import type { Paragraph } from '../../src/extract/quotes/paragraphs';
import { findMarkedSpans, type MarkedSpan } from '../../src/extract/quotes/marks';
import { readMentions, type Reading } from '../../src/extract/quotes/mentions';
import { candidatesFor, type Candidate } from '../../src/extract/quotes/candidates';
import { keepQuotes } from '../../src/extract/quotes/index';
import type { Entity } from '../../src/extract/quotes/names';
import type { Example } from './fit';

export interface GoldSource {
  /** The source's spans in the document text; empty when the annotation names no source. */
  spans: [number, number][];
  text: string;
}

/** A plain-text article as paragraphs (one per line), each knowing its offset in the text. */
export function textParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (/\S/.test(line)) out.push({ text: line, localStarts: [0], indexStarts: [at], prose: true });
    at += line.length + 1;
  }
  return out;
}

/** A kept quote with its offsets in the document's text. */
export interface DocumentQuote {
  span: MarkedSpan;
  start: number;
  end: number;
}

export interface DocumentQuotes {
  reading: Reading;
  quotes: DocumentQuote[];
}

/** The engine's view of a document: its mentions and the quotes it keeps, with text offsets. */
export function documentQuotes(paragraphs: Paragraph[]): DocumentQuotes {
  const spans = findMarkedSpans(paragraphs.map((p) => p.text), () => true);
  const reading = readMentions(paragraphs, spans);
  const quotes = keepQuotes(reading, spans, Infinity).map(({ span }) => {
    const p = paragraphs[span.para]!;
    return { span, start: p.indexStarts[0]! + span.start, end: p.indexStarts[0]! + span.end };
  });
  return { reading, quotes };
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const lastWord = (s: string) => fold(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).pop() ?? '';

const KIND_ORDER = ['name', 'org', 'pronoun', 'description', 'document'];

/** The right candidates for a quote whose gold source is a mention span (or none). */
export function mentionPositives(candidates: Candidate[], gold: GoldSource, paragraphs: Paragraph[], previousGold: GoldSource | null): number[] {
  if (!gold.spans.length) return [candidates.findIndex((c) => c.kind === 'none')];
  const offset = (c: Candidate) => paragraphs[c.mention!.para]!.indexStarts[0]!;
  const overlapping = candidates
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind === 'mention' && gold.spans.some(([s, e]) => offset(c) + c.mention!.start < e && offset(c) + c.mention!.end > s));
  const positives: number[] = [];
  if (overlapping.length) {
    // the head of the source's noun phrase: not a possessor ("Trump's adviser Kellyanne Conway"), names before descriptions
    const heads = overlapping.filter(({ c }) => !c.mention!.possessive);
    const pool = heads.length ? heads : overlapping;
    pool.sort((a, b) => KIND_ORDER.indexOf(a.c.mention!.kind) - KIND_ORDER.indexOf(b.c.mention!.kind) || a.c.mention!.start - b.c.mention!.start);
    positives.push(pool[0]!.i);
  }
  const previous = candidates.findIndex((c) => c.kind === 'previous');
  const prevEntity = previous >= 0 ? candidates[previous]!.entity : null;
  if (prevEntity && (sameSource(previousGold, gold) || mentionsName(gold.text, prevEntity.name))) positives.push(previous);
  return positives;
}

const surnameMatch = (a: string, b: string) => lastWord(a) !== '' && lastWord(a) === lastWord(b);
const wordsOf = (s: string) => fold(s).replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean);
/** Does a gold source mention ("Rep. G.K. Butterfield (D-N.C.), head of …") name this person? (the scorer's surname rule) */
export const mentionsName = (mention: string, name: string): boolean => {
  const m = wordsOf(mention);
  const n = wordsOf(name);
  return n.length > 0 && m.length > 0 && (m.includes(n[n.length - 1]!) || n.includes(m[m.length - 1]!));
};
const sameSource = (a: GoldSource | null, b: GoldSource): boolean => !!a?.spans.length && lastWord(a.text) === lastWord(b.text);

export interface TextDocument {
  text: string;
  /** Gold quotations: their content spans and their source. */
  quotations: { content: [number, number][]; source: GoldSource }[];
}

export interface ExampleStats {
  quotes: number;
  matched: number;
  reachable: number;
}

/**
 * The kept quotes of one document in reading order, each with its candidates, as training
 * examples. `label` says which candidates are right for a quote (null when the quote matches no
 * gold quote). Teacher forcing: the next quote sees the right answer as "the previous speaker".
 */
function teacherForced(paragraphs: Paragraph[], weight: number, stats: ExampleStats, label: (q: DocumentQuote) => ((candidates: Candidate[]) => number[]) | null): Example[] {
  const { reading, quotes } = documentQuotes(paragraphs);
  const examples: Example[] = [];
  const spokeBefore = new Set<Entity>();
  let previousSpeaker: Entity | null = null;
  let previousSpan: MarkedSpan | null = null;
  quotes.forEach((q, index) => {
    stats.quotes++;
    const positivesOf = label(q);
    if (!positivesOf) return;
    stats.matched++;
    const candidates = candidatesFor({ index, span: q.span, previousSpeaker, previousSpan, spokeBefore }, reading);
    const positives = positivesOf(candidates);
    if (!positives.length) return;
    stats.reachable++;
    examples.push({ candidates: candidates.map((c) => c.features), positives, weight });
    const right = candidates[positives[0]!]!;
    if (right.entity) {
      previousSpeaker = right.entity;
      previousSpan = q.span;
      spokeBefore.add(right.entity);
    }
  });
  return examples;
}

/** Examples from one annotated text: every kept quote that lies in a gold quotation. */
export function textExamples(doc: TextDocument, weight: number, stats: ExampleStats): Example[] {
  const paragraphs = textParagraphs(doc.text);
  let previousGold: GoldSource | null = null;
  return teacherForced(paragraphs, weight, stats, (q) => {
    const len = q.end - q.start;
    const gold = doc.quotations.find((g) => g.content.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, q.end) - Math.max(a, q.start)), 0) >= 0.5 * len);
    if (!gold) return null;
    return (candidates) => {
      const positives = mentionPositives(candidates, gold.source, paragraphs, previousGold);
      previousGold = gold.source;
      return positives;
    };
  });
}

export interface PageQuoteGold {
  text: string;
  speaker: string | null;
}

/** Examples from a labelled page: the kept quotes matched to gold quotes by their words. */
export function pageExamples(paragraphs: Paragraph[], gold: PageQuoteGold[], matches: (pred: string, gold: string) => boolean, weight: number, stats: ExampleStats): Example[] {
  const used = new Set<number>();
  return teacherForced(paragraphs, weight, stats, (q) => {
    const text = paragraphs[q.span.para]!.text.slice(q.span.start, q.span.end);
    const g = gold.findIndex((x, k) => !used.has(k) && matches(text, x.text));
    if (g < 0) return null;
    used.add(g);
    const speaker = gold[g]!.speaker;
    return (candidates) =>
      speaker === null ? [candidates.findIndex((c) => c.kind === 'none')] : candidates.flatMap((c, i) => (c.entity && surnameMatch(c.entity.name, speaker) ? [i] : []));
  });
}
