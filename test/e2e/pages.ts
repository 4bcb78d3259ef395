/**
 * In-memory pages for the browser tests. The XSS page is a plain local-news article whose
 * quote, speaker role and byline carry an `<img onerror>` payload *as text* (escaped in
 * the source, the way a comment or a scraped headline would reach a page): the extension
 * must show it literally and never turn it into markup.
 */
export const XSS_PAYLOAD = '<img src=x onerror=window.__xss=1>';
export const XSS_ROLE_PAYLOAD = '<img src=x onerror=window.__xss=3>';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const XSS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Council rejects bypass plan | Riverside Courier</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Riverside Courier">
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Council rejects bypass plan',
  datePublished: '2026-11-20T09:00:00Z',
  author: { '@type': 'Person', name: `Sam Reporter ${'<img src=x onerror=window.__xss=2>'}` },
  publisher: { '@type': 'Organization', name: 'Riverside Courier' },
}).replace(/</g, '\\u003c')}</script>
</head><body>
<article>
<h1>Council rejects bypass plan</h1>
<p class="byline">By Sam Reporter</p>
<p>RIVERSIDE — The town council on Tuesday voted down the proposed northern bypass after a heated three-hour meeting that drew more than two hundred residents to the town hall.</p>
<p>“The bypass plan ${esc(XSS_PAYLOAD)} will never pass while I sit on this council,” said Maria Lopez, the council’s ${esc(XSS_ROLE_PAYLOAD)} transport spokeswoman.</p>
<p>Supporters of the road had argued that it would take heavy lorries out of the town centre and cut journey times for commuters travelling to the city.</p>
<p>“We will look at every option that is left to us, including an appeal,” said Tom Hale, who chairs the Riverside Business Group.</p>
<p>The county transport authority said it would publish its response to the vote next month, after consulting the town council and local businesses.</p>
</article>
</body></html>`;

const hostileArticle = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article">` +
  `<meta property="og:site_name" content="Hostile Example"></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

/** Issue #7: 50,000 quoted paragraphs (~5 M characters), over the engine's work budget. */
export const FIFTY_THOUSAND_PARAGRAPHS = hostileArticle(
  'Fifty thousand paragraphs',
  Array.from({ length: 50_000 }, (_, i) => `<p>“We will finish stage ${i} before the winter,” said Minister Anna Example on Monday in the capital.</p>`).join(''),
);

/** Issue #7: 20,000 quote marks, balanced and not, in one paragraph soup. */
export const TWENTY_THOUSAND_QUOTE_MARKS = hostileArticle(
  'Quote marks everywhere',
  Array.from({ length: 2_000 }, (_, i) => `<p>“a” “b ”c“ "d" «e» „f“ ‘g’ '${i}' “ ”</p>`).join(''),
);
