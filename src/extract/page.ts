/**
 * The page context every extractor receives: the document, its URL, and what is read
 * once and shared (JSON-LD nodes, meta tags, the article body, the visible-text index),
 * so no extractor walks the page again for something another one already read.
 */
import { Budget, type BudgetLimits } from './budget';
import { indexById, readJsonLd, type JsonLdNode } from './jsonld';
import { readMeta, type MetaIndex } from './meta';
import type { ExtractorError } from '../report';

export interface PageContext {
  doc: Document;
  url: URL | null;
  budget: Budget;
  jsonLd: JsonLdNode[];
  jsonLdById: Map<string, JsonLdNode>;
  brokenJsonLdBlocks: number;
  meta: MetaIndex;
  errors: ExtractorError[];
  /**
   * Runs one extractor. If it throws, the error is recorded under `name` and `fallback`
   * is returned, so one failing extractor loses only its own field.
   */
  guard<T>(name: string, fn: () => T, fallback: T): T;
}

/** The first `<link rel="canonical">`'s href (a tag-name scan: cheap on huge pages). */
function canonicalHref(doc: Document): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return link.getAttribute('href');
  }
  return null;
}

export function parseUrl(url: string | null | undefined, doc: Document): URL | null {
  const candidates = [url, canonicalHref(doc)];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') return u;
    } catch {
      /* not a URL: try the next one */
    }
  }
  return null;
}

/** Error messages can quote page text; keep the report small. */
const MAX_ERROR_MESSAGE = 300;

/**
 * A one-line message for anything thrown. Never throws itself: a page (or a bug) can
 * throw `null`, a symbol, or an object whose `toString` throws.
 */
export function errorMessage(e: unknown): string {
  let message: string;
  try {
    message = e instanceof Error ? `${e.name}: ${e.message}` : typeof e === 'string' ? e : String(e);
  } catch {
    message = 'unprintable error';
  }
  message = message.replace(/\s+/g, ' ').trim() || 'error';
  return message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : message;
}

export function createPageContext(doc: Document, url?: string | null, limits?: Partial<BudgetLimits>): PageContext {
  const budget = new Budget(limits);
  const errors: ExtractorError[] = [];
  const guard = <T>(name: string, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      // A stack overflow (RangeError) lands here too: only this extractor's field is lost.
      errors.push({ extractor: name, message: errorMessage(e) });
      return fallback;
    }
  };
  const jsonLd = guard('json-ld', () => readJsonLd(doc, budget), { nodes: [], brokenBlocks: 0 });
  return {
    doc,
    url: guard('url', () => parseUrl(url, doc), null),
    budget,
    jsonLd: jsonLd.nodes,
    jsonLdById: indexById(jsonLd.nodes),
    brokenJsonLdBlocks: jsonLd.brokenBlocks,
    meta: guard('meta', () => readMeta(doc, budget), new Map<string, string[]>()),
    errors,
    guard,
  };
}
