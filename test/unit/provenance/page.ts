/** Small inline pages for the provenance tests: a head, a body and a URL, analysed like a real page. */
import { JSDOM } from 'jsdom';
import { analyze, type Report } from '../../../src/extract/index';
import { createPageContext, type PageContext } from '../../../src/extract/page';

export interface InlinePage {
  head?: string;
  body: string;
  url?: string;
  lang?: string;
}

export function documentOf(page: InlinePage): Document {
  const html = `<!doctype html><html${page.lang ? ` lang="${page.lang}"` : ''}><head>${page.head ?? ''}</head><body>${page.body}</body></html>`;
  return new JSDOM(html, { url: page.url ?? 'https://news.example.com/2024/05/12/story' }).window.document;
}

export function contextOf(page: InlinePage): PageContext {
  return createPageContext(documentOf(page), page.url ?? 'https://news.example.com/2024/05/12/story');
}

/** Analyses the page; `force` so structure-only fixtures are read in depth. */
export function report(page: InlinePage): Report {
  return analyze(documentOf(page), page.url ?? 'https://news.example.com/2024/05/12/story', { force: true });
}

export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

export const ARTICLE_HEAD = '<meta property="og:type" content="article">';

/** Filler paragraphs long enough to look like a story body. */
export function paragraphs(n: number, seed = 'The council met on Tuesday, and members discussed the budget, the schools and the roads'): string {
  return Array.from({ length: n }, (_, i) => `<p>${seed} (paragraph ${i + 1}), with more detail added so the paragraph reads like reporting.</p>`).join('\n');
}

/** An article page: headline, optional byline markup, a lead paragraph, filler, optional tail. */
export function articlePage(opts: { head?: string; byline?: string; lead: string; tail?: string; url?: string; after?: string }): InlinePage {
  return {
    head: `${ARTICLE_HEAD}${opts.head ?? ''}`,
    url: opts.url,
    body: `<main><article><header><h1>Officials meet to discuss the city budget plan</h1>${opts.byline ?? ''}</header>
      <div class="story-body"><p>${opts.lead}</p>${paragraphs(5)}${opts.tail ? `<p>${opts.tail}</p>` : ''}</div>${opts.after ?? ''}</article></main>`,
  };
}
