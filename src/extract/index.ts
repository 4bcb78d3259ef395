/**
 * The engine: one pure function from a Document (plus its URL) to a Report.
 * No browser APIs, no globals, no mutation of the page. The content script, the popup
 * (through the content script), the in-page marks and the CLI all use this output.
 *
 * `analyze` never throws: each extractor runs under `ctx.guard` (a throw loses only its
 * own fields and is listed in `errors`), and anything that still escapes — a document
 * without a body, a broken context — gives an empty report that says what failed.
 */
import type { BudgetLimits } from './budget';
import { createPageContext, errorMessage } from './page';
import { detectArticle } from './article';
import { extractProvenance, emptyProvenance } from './provenance';
import { extractBadges } from './badges';
import { extractTrustIndicators } from './trust-indicators';
import { extractQuotes, emptySourcing } from './quotes';
import { safeReport } from './safe-report';
import type { Report } from '../report';

export interface AnalyzeOptions {
  /** Analyse fully even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  limits?: Partial<BudgetLimits>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function runExtractors(doc: Document, url: string | null | undefined, options: AnalyzeOptions): Omit<Report, 'elapsedMs'> {
  const ctx = createPageContext(doc, url, options.limits);
  const article = ctx.guard('article', () => detectArticle(ctx), { isArticle: false, evidence: [], body: null });
  const deep = article.isArticle || options.force === true;

  const provenance = ctx.guard('provenance', () => extractProvenance(ctx, article, deep), emptyProvenance());
  // A page that is not an article costs little: badges, policy links and quotes are read only
  // for articles, or when the reader asks to analyse the page anyway (`force`).
  const badges = deep ? ctx.guard('badges', () => extractBadges(ctx), []) : [];
  const trustIndicators = deep ? ctx.guard('trustIndicators', () => extractTrustIndicators(ctx), []) : [];
  const quoted = deep
    ? ctx.guard('quotes', () => extractQuotes(ctx, article), { quotes: [], people: [], sourcing: emptySourcing() })
    : { quotes: [], people: [], sourcing: emptySourcing() };

  return {
    schemaVersion: 1,
    isArticle: article.isArticle,
    articleEvidence: article.evidence,
    url: ctx.url?.href ?? null,
    ...emptyProvenance(),
    ...provenance,
    badges,
    trustIndicators,
    ...quoted,
    errors: ctx.errors,
    truncated: ctx.budget.exhausted,
  };
}

/** The report of a page nothing could be read from, saying why. */
function failedReport(url: string | null | undefined, e: unknown): Omit<Report, 'elapsedMs'> {
  return {
    schemaVersion: 1,
    isArticle: false,
    articleEvidence: [],
    url: url ?? null,
    ...emptyProvenance(),
    badges: [],
    trustIndicators: [],
    quotes: [],
    people: [],
    sourcing: emptySourcing(),
    errors: [{ extractor: 'analyze', message: errorMessage(e) }],
    truncated: false,
  };
}

export function analyze(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Report {
  const t0 = now();
  let report: Omit<Report, 'elapsedMs'>;
  try {
    report = runExtractors(doc, url, options ?? {});
  } catch (e) {
    report = failedReport(url, e);
  }
  let safe: Report;
  try {
    safe = safeReport({ ...report, elapsedMs: 0 });
  } catch (e) {
    safe = safeReport({ ...failedReport(url, e), elapsedMs: 0 });
  }
  safe.elapsedMs = Math.round((now() - t0) * 10) / 10;
  return safe;
}

export type { Report } from '../report';
