/**
 * The engine: one pure function from a Document (plus its URL) to a Report.
 * No browser APIs, no globals, no mutation of the page. The content script, the popup
 * (through the content script), the in-page marks and the CLI all use this output.
 */
import type { BudgetLimits } from './budget';
import { createPageContext } from './page';
import { detectArticle } from './article';
import { extractProvenance, emptyProvenance } from './provenance';
import { extractBadges } from './badges';
import { extractTrustIndicators } from './trust-indicators';
import { extractQuotes, emptySourcing } from './quotes';
import type { Report } from '../report';

export interface AnalyzeOptions {
  /** Analyse fully even when the page does not look like an article ("analyse anyway"). */
  force?: boolean;
  limits?: Partial<BudgetLimits>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Report {
  const t0 = now();
  const ctx = createPageContext(doc, url, options.limits);
  const article = ctx.guard('article', () => detectArticle(ctx), { isArticle: false, evidence: [], body: null });
  const deep = article.isArticle || options.force === true;

  const provenance = ctx.guard('provenance', () => extractProvenance(ctx, article, deep), emptyProvenance());
  const badges = ctx.guard('badges', () => extractBadges(ctx), []);
  const trustIndicators = ctx.guard('trustIndicators', () => extractTrustIndicators(ctx), []);
  const quoted = deep
    ? ctx.guard('quotes', () => extractQuotes(ctx, article), { quotes: [], people: [], sourcing: emptySourcing() })
    : { quotes: [], people: [], sourcing: emptySourcing() };

  return {
    schemaVersion: 1,
    isArticle: article.isArticle,
    articleEvidence: article.evidence,
    url: ctx.url?.href ?? null,
    ...provenance,
    badges,
    trustIndicators,
    ...quoted,
    errors: ctx.errors,
    truncated: ctx.budget.exhausted,
    elapsedMs: Math.round((now() - t0) * 10) / 10,
  };
}

export type { Report } from '../report';
