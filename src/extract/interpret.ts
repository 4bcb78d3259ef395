/**
 * The half of the engine that needs no page: credits the quotes read by `readPage` to
 * their speakers and makes the report safe to show. Pure string work, so the extension
 * runs it in its background instead of in every page (issue #8: a small content script).
 */
import { Budget } from './budget';
import { errorMessage } from './page';
import { failedFields, now, type PageReading } from './read';
import { attributeQuotes, emptySourcing, type QuoteFields } from './quotes';
import { safeReport } from './safe-report';
import type { Report } from '../report';

const noQuotes = (): QuoteFields => ({ quotes: [], people: [], sourcing: emptySourcing() });

function finish(reading: PageReading): Omit<Report, 'elapsedMs'> {
  const { errors, truncated, ...fields } = reading.report;
  const budget = Budget.resume(reading.budget);
  const allErrors = [...errors];
  let quoted = noQuotes();
  if (reading.quoteText) {
    try {
      quoted = attributeQuotes(reading.quoteText, budget);
    } catch (e) {
      // Like every extractor: a throw loses only the quote fields, and says so.
      allErrors.push({ extractor: 'quotes', message: errorMessage(e) });
    }
  }
  return { ...fields, ...quoted, errors: allErrors, truncated: truncated || budget.exhausted };
}

/** The whole report from a page reading. Never throws. */
export function completeReport(reading: PageReading): Report {
  const t0 = now();
  let report: Omit<Report, 'elapsedMs'>;
  try {
    report = finish(reading);
  } catch (e) {
    report = { ...failedFields(reading?.report?.url, e), ...noQuotes() };
  }
  let safe: Report;
  try {
    safe = safeReport({ ...report, elapsedMs: 0 });
  } catch (e) {
    safe = safeReport({ ...failedFields(reading?.report?.url, e), ...noQuotes(), elapsedMs: 0 });
  }
  const readMs = Number.isFinite(reading?.elapsedMs) ? reading.elapsedMs : 0;
  safe.elapsedMs = Math.round((readMs + now() - t0) * 10) / 10;
  return safe;
}
