/**
 * JSON-LD is page data from pages we do not control: it must stay data. Cases are the
 * shapes real CMSs ship (several blocks, @graph, a broken block next to good ones, a
 * `; charset` in the type) and the hostile ones from issue #7.
 */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { Budget } from '../../../src/extract/budget';
import { asList, asText, deref, indexById, isObject, parseJsonLdText, readJsonLd, typesOf } from '../../../src/extract/jsonld';

const doc = (head: string): Document => new JSDOM(`<!doctype html><head>${head}</head><body></body>`).window.document;
const ld = (json: string, type = 'application/ld+json'): string => `<script type="${type}">${json}</script>`;

afterEach(() => {
  // Nothing a page sends may ever reach Object.prototype.
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
});

describe('parseJsonLdText', () => {
  it('drops __proto__, constructor and prototype keys at every depth, so Object.prototype stays clean', () => {
    const parsed = parseJsonLdText(
      '{"@type":"NewsArticle","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
        '"author":{"__proto__":{"polluted":1},"name":"Jane"}}',
    );
    expect(isObject(parsed) && Object.keys(parsed)).toEqual(['@type', 'author']);
    const author = (parsed as Record<string, unknown>)['author'] as Record<string, unknown>;
    expect(Object.keys(author)).toEqual(['name']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect((parsed as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('cuts absurd nesting (100,000 nested arrays) instead of recursing into it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const parsed = parseJsonLdText(`{"@type":"Thing","x":${deep}}`);
    expect(isObject(parsed)).toBe(true);
    let depth = 0;
    for (let v: unknown = (parsed as Record<string, unknown>)['x']; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBeLessThan(30);
  });

  it('keeps at most 1,000 items of a huge array', () => {
    const parsed = parseJsonLdText(JSON.stringify({ '@type': 'Thing', list: Array.from({ length: 5000 }, (_, i) => i) }));
    expect(((parsed as Record<string, unknown>)['list'] as unknown[]).length).toBe(1000);
  });

  it('repairs raw newlines inside strings and CDATA wrappers (WordPress SEO plugins ship both)', () => {
    expect(parseJsonLdText('{"@type":"NewsArticle","headline":"Two\nlines"}')).toEqual({ '@type': 'NewsArticle', headline: 'Two lines' });
    expect(parseJsonLdText('<![CDATA[{"@type":"NewsArticle"}]]>')).toEqual({ '@type': 'NewsArticle' });
  });

  it('gives null for text that is not JSON', () => {
    expect(parseJsonLdText('{"@type": "NewsArticle",')).toBeNull();
    expect(parseJsonLdText('')).toBeNull();
    expect(parseJsonLdText('<img src=x onerror=alert(1)>')).toBeNull();
  });
});

describe('readJsonLd', () => {
  it('reads the valid blocks around an invalid one and counts the broken one', () => {
    const r = readJsonLd(
      doc(ld('{"@type":"Organization","name":"A"}') + ld('{not json') + ld('{"@graph":[{"@type":"NewsArticle","@id":"#a"}]}')),
      new Budget(),
    );
    expect(r.nodes.map((n) => n['@type'])).toEqual(['Organization', 'NewsArticle']);
    expect(r.brokenBlocks).toBe(1);
  });

  it('accepts a type with parameters (`application/ld+json; charset=utf-8`, seen on real CMSs) and ignores other scripts', () => {
    const r = readJsonLd(
      doc(ld('{"@type":"NewsArticle"}', 'application/ld+json; charset=utf-8') + ld('{"@type":"Nope"}', 'text/javascript')),
      new Budget(),
    );
    expect(r.nodes.map((n) => n['@type'])).toEqual(['NewsArticle']);
  });

  it('stops at the block cap and marks the budget, without starving the text walks', () => {
    const budget = new Budget({ jsonLdBlocks: 3 });
    const r = readJsonLd(doc(Array.from({ length: 10 }, (_, i) => ld(`{"@type":"Thing","@id":"#${i}"}`)).join('')), budget);
    expect(r.nodes).toHaveLength(3);
    expect(budget.exhausted).toBe(true);
    expect(budget.spent).toBe(false);
  });

  it('skips a block over the size cap and stops at the total size cap', () => {
    const big = ld(JSON.stringify({ '@type': 'Thing', pad: 'x'.repeat(2000) }));
    const small = ld('{"@type":"Small"}');
    const b1 = new Budget({ jsonLdChars: 1000 });
    expect(readJsonLd(doc(big + small), b1).nodes.map((n) => n['@type'])).toEqual(['Small']);
    expect(b1.exhausted).toBe(true);
    const b2 = new Budget({ jsonLdTotalChars: 3000 });
    expect(readJsonLd(doc(big + big + small), b2).nodes).toHaveLength(1);
    expect(b2.exhausted).toBe(true);
  });
});

describe('reading values', () => {
  it('follows an @id reference one hop only, so cyclic references cannot loop', () => {
    const nodes = [
      { '@type': 'Person', '@id': '#a', name: 'A', knows: { '@id': '#b' } },
      { '@type': 'Person', '@id': '#b', name: 'B', knows: { '@id': '#a' } },
    ];
    const byId = indexById(nodes);
    let v = deref({ '@id': '#a' }, byId);
    for (let i = 0; i < 10; i++) v = deref((v as Record<string, never>)['knows'], byId);
    expect(isObject(v) && v['name']).toBe('A');
    expect(deref({ '@id': '#missing' }, byId)).toEqual({ '@id': '#missing' });
  });

  it('does not turn wrong types into text: "author": 42, "name": {}, arrays of objects', () => {
    expect(asText(42)).toBeNull();
    expect(asText({ name: {} })).toBeNull();
    expect(asText({ '@value': ['x'] })).toBeNull();
    expect(asText(true)).toBeNull();
    expect(asText('  Jane Doe ')).toBe('Jane Doe');
    expect(asText({ name: 'Jane Doe' })).toBe('Jane Doe');
    expect(asList(undefined)).toEqual([]);
    expect(asList('a')).toEqual(['a']);
    expect(typesOf({ '@type': 42 })).toEqual([]);
    expect(typesOf({ '@type': ['NewsArticle', 7, null] })).toEqual(['NewsArticle']);
  });
});
