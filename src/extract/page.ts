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

export function parseUrl(url: string | null | undefined, doc: Document): URL | null {
  const candidates = [url, doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')];
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

export function createPageContext(doc: Document, url?: string | null, limits?: Partial<BudgetLimits>): PageContext {
  const budget = new Budget(limits);
  const errors: ExtractorError[] = [];
  const guard = <T>(name: string, fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      errors.push({ extractor: name, message: e instanceof Error ? e.message : String(e) });
      return fallback;
    }
  };
  const jsonLd = guard('json-ld', () => readJsonLd(doc, budget), { nodes: [], brokenBlocks: 0 });
  return {
    doc,
    url: parseUrl(url, doc),
    budget,
    jsonLd: jsonLd.nodes,
    jsonLdById: indexById(jsonLd.nodes),
    brokenJsonLdBlocks: jsonLd.brokenBlocks,
    meta: guard('meta', () => readMeta(doc), new Map()),
    errors,
    guard,
  };
}
