/**
 * The whole analysis in one call, for the CLI, the tests and the benchmark:
 * read the page (src/extract/, what the content script runs), then check its claims
 * (src/verify/, what the background runs).
 */
import { analyze, type AnalyzeOptions } from './extract/index';
import { checkReport } from './verify/index';
import type { Report } from './report';

export function analyzePage(doc: Document, url?: string | null, options?: AnalyzeOptions): Report {
  return checkReport(analyze(doc, url, options));
}

export { analyze, checkReport };
export type { AnalyzeOptions, Report };
