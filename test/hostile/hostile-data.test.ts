/**
 * Hostile data stays data (issue #7): JSON-LD built to pollute prototypes or loop, wrong
 * types, markup and script URLs in names, quotes and policy links, bidi overrides and
 * zero-width characters. The engine must return a valid report, never follow or execute
 * any of it, never mutate the page, and never let a non-http(s) URL or a bidi/invisible
 * character into a name or label (rules: src/extract/safe-report.ts).
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/index';
import { validateReport } from '../../src/cli/validate';
import type { Report } from '../../src/report';
import { page } from './pages';

const URL_ = 'https://hostile.example/news/story';
const ld = (value: unknown): string => `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;

function run(html: string): { report: Report; doc: Document } {
  const doc = new JSDOM(html, { url: URL_ }).window.document;
  const before = doc.documentElement.outerHTML;
  const report = analyze(doc, URL_);
  // Analysis reads the page and never writes to it.
  expect(doc.documentElement.outerHTML).toBe(before);
  expect(validateReport(report)).toEqual([]);
  expect(report.errors).toEqual([]);
  return { report, doc };
}

/** Every string in the report with its path, e.g. ["quotes.0.speaker", "Jane Doe"]. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
const urlFields = (r: Report): [string, string][] => strings(r).filter(([p]) => /(?:^|\.)url$/.test(p));

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

afterEach(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted')).toBe(false);
});

const ARTICLE = '<article><h1>Council votes on budget</h1><p>By Jane Reporter</p>' +
  '<p>“We will not back down,” said Mayor Anna Example on Monday.</p><p>The council meets again next week.</p></article>';

describe('hostile JSON-LD', () => {
  it('__proto__ and constructor keys at every level pollute no prototype', () => {
    const json =
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council votes","__proto__":{"polluted":"yes"},' +
      '"constructor":{"prototype":{"polluted":"yes"}},"author":{"@type":"Person","name":"Jane Reporter","__proto__":{"polluted":"yes"}},' +
      '"publisher":{"@type":"Organization","name":"Hostile Example","constructor":{"prototype":{"polluted":"yes"}}},' +
      '"@graph":[{"@type":"Organization","__proto__":{"polluted":"yes"},"name":"Graph Org"}]}';
    const { report } = run(page(ARTICLE, ld(json)));
    expect(strings(report).some(([, v]) => v === 'yes')).toBe(false);
  });

  it('cyclic @id references (author ↔ worksFor ↔ publisher, self-references) end', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#article', headline: 'Council votes', author: { '@id': '#jane' }, publisher: { '@id': '#org' }, isPartOf: { '@id': '#article' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Reporter', worksFor: { '@id': '#org' }, knows: { '@id': '#jane' } },
        { '@type': 'Organization', '@id': '#org', name: 'Hostile Example', parentOrganization: { '@id': '#org' }, founder: { '@id': '#jane' } },
      ],
    };
    run(page(ARTICLE, ld(graph)));
  });

  it('deeply nested arrays (10,000 levels) in author and publisher are cut, not recursed', () => {
    const deep = '['.repeat(10_000) + '{"@type":"Person","name":"Deep Author"}' + ']'.repeat(10_000);
    run(page(ARTICLE, ld(`{"@type":"NewsArticle","headline":"Council votes","author":${deep},"publisher":${deep}}`)));
  });

  it('wrong types ("author": 42, "name": {}, "headline": [], dates as objects) give no "42" byline and no "[object Object]"', () => {
    const { report } = run(
      page(ARTICLE, ld({
        '@context': 'https://schema.org', '@type': ['NewsArticle', 7], headline: [], author: 42, creator: { name: {} },
        publisher: { '@type': 'Organization', name: {}, url: 17, logo: [[[]]] }, datePublished: { year: 2024 }, dateModified: 12,
        isAccessibleForFree: 'maybe', articleSection: { '@value': null },
      })),
    );
    expect(report.bylines).not.toContain('42');
    expect(report.publisher?.name).not.toBe('17');
    expect(strings(report).filter(([, v]) => v.includes('[object Object]'))).toEqual([]);
  });

  it('an invalid block next to valid ones: the valid ones are still read', () => {
    const { report } = run(
      page(ARTICLE, ld('{"@type":"NewsArticle", "headline": ') + ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council votes', datePublished: '2024-03-05T10:00:00Z', publisher: { '@type': 'Organization', name: 'Valid Block Publisher' } }) + ld('<img src=x onerror=alert(1)>')),
    );
    expect(report.published).toMatch(/^2024-03-05/);
  });
});

describe('markup and script URLs in page text stay text', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('a quote and a speaker containing <img onerror> come back as literal text', () => {
    const { report } = run(page(
      `<article><h1>Council votes on budget</h1><p>“${esc(XSS)} is what the files showed,” said Mayor ${esc(XSS)} Anna Example on Monday.</p>` +
        `<p>“Real markup <img src=x onerror="alert(2)"> is not text,” said Mayor Anna Example.</p></article>`,
      ld({ '@type': 'NewsArticle', headline: XSS, author: { '@type': 'Person', name: XSS } }),
    ));
    const texts = report.quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes(XSS))).toBe(true);
    // The real <img> element has no text: nothing of its markup appears anywhere.
    expect(strings(report).some(([, v]) => v.includes('alert(2)'))).toBe(false);
  });

  it('javascript:, data: and vbscript: policy links never reach a url field; http(s) ones do', () => {
    const { report } = run(page(
      `${ARTICLE}<footer><a href="javascript:alert(1)">Corrections policy</a> <a href=" JaVaScRiPt:alert(1)">Ethics policy</a>` +
        `<a href="data:text/html,<script>alert(1)</script>">Fact-checking policy</a> <a href="vbscript:msgbox">Masthead</a>` +
        `<a href="https://hostile.example/diversity">Diversity policy</a></footer>`,
      ld({
        '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council votes',
        publisher: {
          '@type': 'NewsMediaOrganization', name: 'Hostile Example', url: 'javascript:alert(1)',
          correctionsPolicy: 'javascript:alert(1)', ethicsPolicy: 'java\nscript:alert(1)', publishingPrinciples: 'data:text/html,x',
          verificationFactCheckingPolicy: 'https://user:pw@hostile.example/facts', masthead: '/masthead',
        },
      }),
    ));
    const urls = urlFields(report);
    for (const [path, value] of urls) expect(value, path).toMatch(/^https?:\/\/[^@\s]+$/);
    expect(strings(report).some(([p, v]) => /url$/i.test(p) && /script|data:/i.test(v))).toBe(false);
  });
});

describe('bidi overrides and zero-width characters cannot spoof', () => {
  it('names and labels lose them; quote text keeps what the reader saw with every override closed', () => {
    const { report } = run(page(
      `<article><h1>Council\u200B votes \u202Eon budget</h1><p>By Jane\u200B Reporter\u202E</p>` +
        `<p>“We will \u202Enot back down,” said Mayor Anna\u200B Example\u2066 on Monday.</p>` +
        `<p>“Taxes \u2067stay\u2069 low,” said Mayor Anna Example.</p></article>`,
      ld({ '@type': 'NewsArticle', headline: 'Council\u202E votes', author: { '@type': 'Person', name: 'Jane\u200B \u202EReporter' }, publisher: { '@type': 'Organization', name: 'Hostile\u200D Example\u202E' } }),
    ));
    for (const [path, value] of strings(report)) {
      if (/^quotes\.\d+\.anchor\./.test(path)) continue; // must match the page byte for byte; never displayed
      if (/^quotes\.\d+\.text$/.test(path)) {
        // Every embedding/override opened is closed before the string ends.
        let open = 0;
        for (const ch of value) {
          if (/[\u202A\u202B\u202D\u202E\u2066-\u2068]/.test(ch)) open++;
          else if (/[\u202C\u2069]/.test(ch)) open = Math.max(0, open - 1);
        }
        expect(open, path).toBe(0);
        expect(value, path).not.toMatch(/\u200B/);
        continue;
      }
      expect(value, path).not.toMatch(BIDI);
      expect(value, path).not.toMatch(INVISIBLE);
    }
  });
});
