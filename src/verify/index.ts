/**
 * The second, page-free step of an analysis: checks what the page claims against data
 * bundled with the extension (trust-initiative registries, the Public Suffix List).
 * It runs in the background and the CLI, never in the page, so the content script stays
 * small; the page never sees the registries.
 */
import type { Report } from '../report';
import { verifyBadge } from './badges';
import { publisherFromDomain } from './publisher';

function pageUrl(report: Report): URL | null {
  try {
    return report.url ? new URL(report.url) : null;
  } catch {
    return null;
  }
}

export function checkReport(report: Report): Report {
  const url = pageUrl(report);
  return {
    ...report,
    publisher: report.publisher ?? (report.isArticle ? publisherFromDomain(url) : null),
    badges: report.badges.map((b) => (b.status === 'unchecked' ? verifyBadge(b, url) : b)),
  };
}
