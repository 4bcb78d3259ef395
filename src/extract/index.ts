/**
 * The engine: one pure function from a Document (plus its URL) to a Report.
 * No browser APIs, no globals, no mutation of the page. The content script, the popup
 * (through the content script), the in-page marks and the CLI all use this output.
 *
 * `analyze` never throws: each extractor runs under `ctx.guard` (a throw loses only its
 * own fields and is listed in `errors`), and anything that still escapes — a document
 * without a body, a broken context — gives an empty report that says what failed.
 *
 * It is two halves run back to back: `readPage` (read.ts, everything that touches the
 * DOM) and `completeReport` (interpret.ts, quote attribution and the safety pass on plain
 * data). The extension runs the first in the page and the second in its background.
 */
import { readPage, type AnalyzeOptions } from './read';
import { completeReport } from './interpret';
import type { Report } from '../report';

export function analyze(doc: Document, url?: string | null, options: AnalyzeOptions = {}): Report {
  return completeReport(readPage(doc, url, options));
}

export { readPage, completeReport };
export type { AnalyzeOptions, PageReading } from './read';
export type { Report } from '../report';
