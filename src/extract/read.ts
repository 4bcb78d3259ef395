/**
 * The half of the engine that reads the page: everything that needs the live Document.
 * It gives every report field except the quote fields, plus the article's paragraphs as
 * plain text for the quote engine (`completeReport` in interpret.ts finishes the report).
 *
 * The extension runs this half in the page (the content script) and the other half in
 * its background, so the page carries only the code that must touch the DOM; the CLI and
 * the tests run both halves back to back (`analyze` in index.ts).
 */
import type { BudgetLimits, BudgetState } from './budget';
import { createPageContext, errorMessage } from './page';
import { detectArticle } from './article';
import { extractProvenance, emptyProvenance } from './provenance';
import { extractBadges } from './badges';
import { extractTrustIndicators } from './trust-indicators';
import { readQuoteText, type QuoteText } from './quotes/paragraphs';
import type { TextIndex } from './text-index';
import { Budget } from './budget';
import type { Report } from '../report';

export interface AnalyzeOptions {
  /** Analyse fully even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  limits?: Partial<BudgetLimits>;
}

/** Every report field but the quote fields (and the time taken, which the last half adds up). */
export type ReadFields = Omit<Report, 'quotes' | 'people' | 'sourcing' | 'elapsedMs'>;

export interface PageReading {
  report: ReadFields;
  /** The article's paragraphs for the quote engine; null when quotes are not read (not an article). */
  quoteText: QuoteText | null;
  /** The work budget as the reading left it: the quote engine goes on with what remains. */
  budget: BudgetState;
  /** Milliseconds spent reading. */
  elapsedMs: number;
}

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

type Read = Omit<PageReading, 'elapsedMs'> & { textIndex: TextIndex | null };

function readFields(doc: Document, url: string | null | undefined, options: AnalyzeOptions): Read {
  const ctx = createPageContext(doc, url, options.limits);
  const article = ctx.guard('article', () => detectArticle(ctx), { isArticle: false, evidence: [], body: null });
  const deep = article.isArticle || options.force === true;

  const provenance = ctx.guard('provenance', () => extractProvenance(ctx, article, deep), emptyProvenance());
  // A page that is not an article costs little: badges, policy links and quotes are read only
  // for articles, or when the reader asks to analyse the page anyway (`force`).
  const badges = deep ? ctx.guard('badges', () => extractBadges(ctx), []) : [];
  const trustIndicators = deep ? ctx.guard('trustIndicators', () => extractTrustIndicators(ctx), []) : [];
  const noText = { quoteText: null, index: null };
  const { quoteText, index } = deep ? ctx.guard<{ quoteText: QuoteText | null; index: TextIndex | null }>('quotes', () => readQuoteText(ctx, article), noText) : noText;

  return {
    report: {
      schemaVersion: 1,
      isArticle: article.isArticle,
      articleEvidence: article.evidence,
      url: ctx.url?.href ?? null,
      ...emptyProvenance(),
      ...provenance,
      badges,
      trustIndicators,
      errors: ctx.errors,
      truncated: ctx.budget.exhausted,
    },
    quoteText,
    budget: ctx.budget.state(),
    textIndex: index,
  };
}

/** The fields of a page nothing could be read from, saying why. */
export function failedFields(url: string | null | undefined, e: unknown): ReadFields {
  return {
    schemaVersion: 1,
    isArticle: false,
    articleEvidence: [],
    url: url ?? null,
    ...emptyProvenance(),
    badges: [],
    trustIndicators: [],
    errors: [{ extractor: 'analyze', message: errorMessage(e) }],
    truncated: false,
  };
}

/**
 * Reads the page, and keeps the visible-text index the quotes were read from (live DOM
 * nodes: it stays in the page, for the marks). Never throws: a failure is in `report.errors`.
 */
export function readPageKeepingIndex(
  doc: Document,
  url?: string | null,
  options: AnalyzeOptions = {},
): { reading: PageReading; textIndex: TextIndex | null } {
  const t0 = now();
  let read: Read;
  try {
    read = readFields(doc, url, options ?? {});
  } catch (e) {
    read = { report: failedFields(url, e), quoteText: null, budget: new Budget(options?.limits).state(), textIndex: null };
  }
  const { textIndex, ...reading } = read;
  return { reading: { ...reading, elapsedMs: now() - t0 }, textIndex };
}

/** Reads the page. Never throws: a failure is in `report.errors`. */
export function readPage(doc: Document, url?: string | null, options: AnalyzeOptions = {}): PageReading {
  return readPageKeepingIndex(doc, url, options).reading;
}
