/**
 * npm run train:diagnose -- --set polnear|wikinews_de|pages [--split dev] [--examples N]
 *
 * Error analysis by category for the attribution scorer on one split (dev by default; never
 * tune on test): how often the gold source is among the candidates at all (the candidate
 * generator's reach), how often the model ranks a right candidate first, and the misses grouped
 * by (what the right candidate is → what the model chose), with examples.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadPage } from '../../src/cli/load';
import { readPage } from '../../src/extract/read';
import { candidatesFor, type Candidate } from '../../src/extract/quotes/candidates';
import { DEFAULT_WEIGHTS, probabilities } from '../../src/extract/quotes/model';
import type { Entity } from '../../src/extract/quotes/names';
import type { MarkedSpan } from '../../src/extract/quotes/marks';
import type { Paragraph } from '../../src/extract/quotes/paragraphs';
import { corpusPages, ROOT, type Split } from '../eval/corpus';
import { quoteMatches } from '../eval/score-pages';
import { documentQuotes, mentionPositives, mentionsName, textParagraphs, type GoldSource } from './examples';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const set = arg('--set', 'polnear');
const split = arg('--split', 'dev') as Split;
const maxExamples = Number(arg('--examples', '4'));

interface Doc {
  id: string;
  paragraphs: Paragraph[];
  /** For a kept quote (text offsets, or its text): the gold source, or undefined when not a gold quote. */
  goldFor: (start: number, end: number, text: string) => { spans: [number, number][]; text: string; name: string | null } | undefined;
}

interface Spans {
  spans: [number, number][];
  text: string;
}

function textDocs(): Doc[] {
  const file = join(ROOT, `test/quotes-gold/${set}/${set}_${split}.jsonl.gz`);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, n) => {
      const d = JSON.parse(l) as Record<string, unknown>;
      const quotations: { content: [number, number][]; source: GoldSource }[] =
        set === 'polnear'
          ? (d.attributions as { content_has_quote_marks?: boolean; content: Spans[]; source: Spans[] }[])
              .filter((a) => a.content_has_quote_marks)
              .map((a) => ({ content: a.content.flatMap((c) => c.spans), source: { spans: a.source.flatMap((s) => s.spans), text: a.source.map((s) => s.text).join(' ') } }))
          : (d.annotations as { quote: Spans; speaker: Spans }[]).filter((a) => a.quote.spans.length).map((a) => ({ content: a.quote.spans, source: a.speaker }));
      return {
        id: typeof d.article === 'string' ? d.article : typeof d.doc === 'string' ? d.doc : String(n),
        paragraphs: textParagraphs(String(d.text)),
        goldFor: (start: number, end: number) => {
          const g = quotations.find((q) => q.content.reduce((s, [a, b]) => s + Math.max(0, Math.min(b, end) - Math.max(a, start)), 0) >= 0.5 * (end - start));
          return g ? { ...g.source, name: null } : undefined;
        },
      };
    });
}

function pageDocs(): Doc[] {
  return corpusPages(split)
    .filter((p) => p.gold.isNewsArticle && p.gold.quotesLabelled && p.gold.quotes.length)
    .flatMap((p) => {
      const { dom } = loadPage(join(p.dir, 'source.html'), p.gold.url ?? undefined);
      const reading = readPage(dom.window.document, p.gold.url, { force: true });
      dom.window.close();
      if (!reading.quoteText) return [];
      const used = new Set<number>();
      return [
        {
          id: p.id,
          paragraphs: reading.quoteText.paragraphs,
          goldFor: (_s: number, _e: number, text: string) => {
            const k = p.gold.quotes.findIndex((g, i) => !used.has(i) && quoteMatches(text, g.text));
            if (k < 0) return undefined;
            used.add(k);
            const g = p.gold.quotes[k]!;
            return { spans: [], text: g.speaker ?? '', name: g.speaker };
          },
        },
      ];
    });
}

const PRONOUNS = new Set('he she they it we i you him her them er sie es wir ich ihr'.split(' '));
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const label = (c: Candidate | undefined): string => {
  if (!c) return 'nothing';
  if (c.kind !== 'mention') return c.kind;
  const where = c.features.find((f) => f.startsWith('where:') && !f.includes('|'))?.slice(6);
  return `${c.mention!.kind}@${where}`;
};

const docs = set === 'pages' ? pageDocs() : textDocs();
let quotes = 0;
let reachable = 0;
let right = 0;
const misses = new Map<string, { n: number; examples: string[] }>();
for (const doc of docs) {
  const { reading, quotes: kept } = documentQuotes(doc.paragraphs);
  const spokeBefore = new Set<Entity>();
  let previousSpeaker: Entity | null = null;
  let previousSpan: MarkedSpan | null = null;
  kept.forEach((q, index) => {
    const text = doc.paragraphs[q.span.para]!.text.slice(q.span.start, q.span.end);
    const gold = doc.goldFor(q.start, q.end, text);
    if (!gold) return;
    const candidates = candidatesFor({ index, span: q.span, previousSpeaker, previousSpan, spokeBefore }, reading);
    // right as training counts it (examples.ts), and unscored where the scorer does not score (a bare pronoun)
    if (gold.name === null && PRONOUNS.has(fold(gold.text.trim()))) return;
    quotes++;
    const rightOnes = new Set(gold.name !== null || set === 'pages'
      ? candidates.flatMap((c, i) => (gold.name === null ? !c.entity : !!c.entity && mentionsName(gold.name, c.entity.name)) ? [i] : [])
      : mentionPositives(candidates, gold, doc.paragraphs, null));
    if (gold.name === null && gold.spans.length) candidates.forEach((c, i) => c.entity && mentionsName(gold.text, c.entity.name) && rightOnes.add(i));
    const isRight = (c: Candidate) => rightOnes.has(candidates.indexOf(c));
    const p = probabilities(candidates, DEFAULT_WEIGHTS);
    let k = 0;
    p.forEach((x, i) => (x > p[k]! ? (k = i) : 0));
    const chosen = candidates[k]!;
    const goodOnes = candidates.filter(isRight);
    if (goodOnes.length) reachable++;
    if (isRight(chosen)) right++;
    else {
      const key = `${goodOnes.length ? label(goodOnes[0]) : `unreachable (${gold.text ? 'source not a candidate' : 'none'})`} → ${label(chosen)}`;
      const entry = misses.get(key) ?? { n: 0, examples: [] };
      entry.n++;
      if (entry.examples.length < maxExamples) {
        const para = doc.paragraphs[q.span.para]!.text;
        entry.examples.push(`${doc.id}: gold ${JSON.stringify(gold.text)} chose ${JSON.stringify(chosen.mention?.text ?? chosen.entity?.name ?? chosen.kind)} | …${para.slice(Math.max(0, q.span.open - 120), q.span.close + 120).replace(/\s+/g, ' ')}…`);
      }
      misses.set(key, entry);
    }
    if (chosen.entity && chosen.kind !== 'none') {
      previousSpeaker = chosen.entity;
      previousSpan = q.span;
      spokeBefore.add(chosen.entity);
    }
  });
}
console.log(`${set} ${split}: ${quotes} gold quotes kept; a right candidate exists for ${reachable} (${((100 * reachable) / quotes).toFixed(1)}%); ranked first ${right} (${((100 * right) / quotes).toFixed(1)}%)`);
for (const [key, { n, examples }] of [...misses].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`\n${String(n).padStart(4)}  ${key}`);
  for (const e of examples) console.log(`        ${e.slice(0, 400)}`);
}
