/** Small inline pages for the badge and Trust Indicator tests. */
import { JSDOM } from 'jsdom';
import { createPageContext, type PageContext } from '../../../src/extract/page';

export function pageContext(body: string, url: string | null, head = ''): PageContext {
  const doc = new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
  return createPageContext(doc, url);
}

export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}
