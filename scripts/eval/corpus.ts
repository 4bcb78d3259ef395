/**
 * The labelled page corpus (test/corpus/) and the quote corpora (test/quotes-gold/), run through
 * the engine in this one process, scored by score-pages.ts / score-quotes.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzePage } from '../../src/engine';
import { loadPage, textArticle } from '../../src/cli/load';
import type { Report } from '../../src/report';
import { emptyTotals, scorePage, type Gold, type PageResult, type Totals } from './score-pages';
import { emptyQuoteTotals, parseQuoteDoc, scoreQuoteDoc, type QuoteDoc, type QuoteDocResult, type QuoteSet, type QuoteTotals } from './score-quotes';

/** The project folder: the nearest one up from the working directory with our package.json (npm runs scripts there). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'provenance-lens') return dir;
    if (dirname(dir) === dir) return from;
  }
}
export const ROOT = projectRoot(process.cwd());
export const CORPUS = join(ROOT, 'test/corpus');
export const QUOTES_GOLD = join(ROOT, 'test/quotes-gold');
export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

export interface CorpusPage {
  id: string;
  split: Split;
  dir: string;
  gold: Gold;
}

/** `SPLITS.tsv`: `id<TAB>split`, a header line first. */
export function readSplits(corpus = CORPUS): Map<string, Split> {
  const splits = new Map<string, Split>();
  const lines = readFileSync(join(corpus, 'SPLITS.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [id, split] = line.trim().split('\t');
    if (!id) continue;
    if (!SPLITS.includes(split as Split)) throw new Error(`SPLITS.tsv: ${id} has split ${JSON.stringify(split)}`);
    splits.set(id, split as Split);
  }
  return splits;
}

/** The labelled pages of one split ('all' for every one), in id order. */
export function corpusPages(split: Split | 'all', corpus = CORPUS): CorpusPage[] {
  const splits = readSplits(corpus);
  return readdirSync(corpus)
    .filter((id) => existsSync(join(corpus, id, 'gold.json')))
    .sort()
    .map((id) => {
      const pageSplit = splits.get(id);
      if (!pageSplit) throw new Error(`test/corpus/${id} is not in SPLITS.tsv`);
      const gold = JSON.parse(readFileSync(join(corpus, id, 'gold.json'), 'utf8')) as Gold;
      return { id, split: pageSplit, dir: join(corpus, id), gold };
    })
    .filter((p) => split === 'all' || p.split === split);
}

export interface Analysis {
  report: Report | null;
  error: string | null;
  ms: number;
}

/** One page through the whole engine, as the CLI runs it; a throw is a failure, not an exit. */
export function analyzeFile(path: string, url: string | null): Analysis {
  const t0 = performance.now();
  try {
    const { dom, kind } = loadPage(path, url ?? undefined);
    try {
      const report = analyzePage(dom.window.document, url, { force: kind === 'text' });
      return { report, error: null, ms: performance.now() - t0 };
    } finally {
      try {
        dom.window.close();
      } catch {
        /* a deeply nested page can overflow jsdom's recursive teardown: the report stands */
      }
    }
  } catch (e) {
    return { report: null, error: e instanceof Error ? e.message.split('\n')[0]! : String(e), ms: performance.now() - t0 };
  }
}

export interface PagesRun {
  totals: Totals;
  results: (PageResult & { error: string | null })[];
  ms: number[];
}

export function runPages(pages: CorpusPage[]): PagesRun {
  const totals = emptyTotals();
  const results: PagesRun['results'] = [];
  const ms: number[] = [];
  for (const page of pages) {
    const a = analyzeFile(join(page.dir, 'source.html'), page.gold.url);
    ms.push(a.ms);
    if (!a.report) {
      totals.failures++;
      results.push({ id: page.id, misses: [`FAILED: ${a.error}`], speakers: [], shown: [], error: a.error });
      continue;
    }
    results.push({ ...scorePage(a.report, page.gold, totals), error: null });
  }
  return { totals, results, ms };
}

export function quoteDocs(set: QuoteSet, split: Split, root = QUOTES_GOLD): QuoteDoc[] {
  const file = join(root, set, `${set}_${split}.jsonl.gz`);
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => parseQuoteDoc(set, l));
}

/** A corpus text as the plain-text article the CLI makes of a .txt file. */
export function analyzeText(text: string): Report | null {
  const dom = textArticle(text);
  try {
    return analyzePage(dom.window.document, null, { force: true });
  } catch {
    return null;
  } finally {
    dom.window.close();
  }
}

export interface QuotesRun {
  totals: QuoteTotals;
  results: QuoteDocResult[];
}

export function runQuotes(docs: QuoteDoc[]): QuotesRun {
  const totals = emptyQuoteTotals();
  const results = docs.map((doc) => scoreQuoteDoc(analyzeText(doc.text), doc, totals));
  return { totals, results };
}
