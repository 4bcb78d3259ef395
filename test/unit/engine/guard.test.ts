/**
 * "Never breaks": an extractor that throws loses only its own fields, and `errors` names
 * it; nothing escapes `analyze`, whatever it is given. Each extractor is made to throw in
 * turn (vi.mock wraps the real one) on a real article page (hkfp-afp-un-xinjiang).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/extract/index';
import { validateReport } from '../../../src/cli/validate';
import type { Report } from '../../../src/report';

const failing = vi.hoisted(() => ({ name: '' }));

const boom = (name: string): void => {
  if (failing.name === name) throw new TypeError(`${name} broke`);
};

vi.mock('../../../src/extract/article', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/article')>();
  return { ...real, detectArticle: (...a: Parameters<typeof real.detectArticle>) => (boom('article'), real.detectArticle(...a)) };
});
vi.mock('../../../src/extract/provenance', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/provenance')>();
  return { ...real, extractProvenance: (...a: Parameters<typeof real.extractProvenance>) => (boom('provenance'), real.extractProvenance(...a)) };
});
vi.mock('../../../src/extract/badges', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/badges')>();
  return { ...real, extractBadges: (...a: Parameters<typeof real.extractBadges>) => (boom('badges'), real.extractBadges(...a)) };
});
vi.mock('../../../src/extract/trust-indicators', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/trust-indicators')>();
  return {
    ...real,
    extractTrustIndicators: (...a: Parameters<typeof real.extractTrustIndicators>) => (boom('trustIndicators'), real.extractTrustIndicators(...a)),
  };
});
vi.mock('../../../src/extract/quotes', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/quotes')>();
  return { ...real, attributeQuotes: (...a: Parameters<typeof real.attributeQuotes>) => (boom('quotes'), real.attributeQuotes(...a)) };
});
vi.mock('../../../src/extract/jsonld', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/extract/jsonld')>();
  return { ...real, readJsonLd: (...a: Parameters<typeof real.readJsonLd>) => (boom('json-ld'), real.readJsonLd(...a)) };
});

const root = resolve(__dirname, '../../..');
const html = readFileSync(resolve(root, 'test/corpus/hkfp-afp-un-xinjiang/source.html'), 'utf8');
const url = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';
const run = (): Report => analyze(new JSDOM(html, { url }).window.document, url);

/** The fields each extractor owns. */
const OWN: Record<string, (keyof Report)[]> = {
  provenance: ['title', 'publisher', 'wire', 'dateline', 'bylines', 'published', 'photoCredits'],
  badges: ['badges'],
  trustIndicators: ['trustIndicators'],
  quotes: ['quotes', 'people', 'sourcing'],
};
const stable = (r: Report): Partial<Report> => ({ ...r, elapsedMs: 0, errors: [] });

beforeEach(() => {
  failing.name = '';
});

describe('one throwing extractor loses only its own fields', () => {
  const baseline = (): Report => {
    failing.name = '';
    return run();
  };

  for (const [name, fields] of Object.entries(OWN)) {
    it(`${name} throws: errors names it, its fields are empty, every other field is as without the failure`, () => {
      const good = baseline();
      expect(good.errors).toEqual([]);
      failing.name = name;
      const r = run();
      expect(r.errors).toEqual([{ extractor: name, message: `TypeError: ${name} broke` }]);
      expect(validateReport(r)).toEqual([]);
      const expected: Partial<Report> = stable(good);
      for (const f of fields) {
        const v = good[f];
        (expected as Record<string, unknown>)[f] = Array.isArray(v) ? [] : f === 'sourcing' ? r.sourcing : null;
      }
      if (name === 'provenance') {
        // Provenance is one extractor with many fields: all of them fall back together.
        for (const f of ['producedExternally', 'producedExternallyEvidence', 'datelineEvidence', 'storyType', 'storyLabel',
          'storyTypeEvidence', 'bylineEvidence', 'modified', 'dateEvidence', 'lang'] as const) {
          (expected as Record<string, unknown>)[f] = r[f];
        }
      }
      expect(stable(r)).toEqual(expected);
      if (name === 'quotes') expect(r.sourcing.totalQuotes).toBe(0);
    });
  }

  it('article detection throws: the page is treated as not an article, the rest still comes back', () => {
    failing.name = 'article';
    const r = run();
    expect(r.errors.map((e) => e.extractor)).toEqual(['article']);
    expect(r.isArticle).toBe(false);
    expect(r.url).toBe(url);
    expect(validateReport(r)).toEqual([]);
  });

  it('the JSON-LD reader throws: the report is still complete, read from the rest of the page', () => {
    failing.name = 'json-ld';
    const r = run();
    expect(r.errors.map((e) => e.extractor)).toEqual(['json-ld']);
    expect(validateReport(r)).toEqual([]);
  });
});

describe('nothing escapes analyze', () => {
  const inputs: [string, () => unknown][] = [
    ['null', () => null],
    ['a plain object', () => ({})],
    ['an XML document without a body', () => new new JSDOM('').window.DOMParser().parseFromString('<feed><x/></feed>', 'application/xml')],
    ['an empty HTML document', () => new JSDOM('').window.document],
    ['a document whose every method throws', () => new Proxy({}, { get: () => { throw new Error('hostile getter'); } })],
  ];
  for (const [what, make] of inputs) {
    it(`returns a schema-valid report for ${what}`, () => {
      const r = analyze(make() as Document, 'javascript:alert(1)', { force: true, limits: { nodes: Number.NaN } });
      expect(validateReport(r)).toEqual([]);
      expect(r.url).toBeNull();
    });
  }
});
