/** The page context: the URL it trusts, the <meta> index, and the guard that keeps one failure local. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPageContext, errorMessage, parseUrl } from '../../../src/extract/page';
import { readMeta } from '../../../src/extract/meta';
import { Budget } from '../../../src/extract/budget';

const doc = (head: string, body = ''): Document => new JSDOM(`<!doctype html><head>${head}</head><body>${body}</body>`).window.document;

describe('parseUrl', () => {
  it('takes the given URL, else the canonical link, and never a javascript: or data: URL', () => {
    const d = doc('<link rel="canonical" href="https://news.example/a">');
    expect(parseUrl('https://given.example/x', d)?.href).toBe('https://given.example/x');
    expect(parseUrl(null, d)?.href).toBe('https://news.example/a');
    expect(parseUrl('javascript:alert(1)', doc('<link rel="canonical" href="data:text/html,<b>x</b>">'))).toBeNull();
    expect(parseUrl('not a url', doc(''))).toBeNull();
  });
});

describe('readMeta', () => {
  it('indexes name/property keys case-insensitively and keeps a hostile __proto__ key as plain data', () => {
    const m = readMeta(doc('<meta property="OG:Type" content="article"><meta name="__proto__" content="x"><meta name="empty" content="">'));
    expect(m.get('og:type')).toEqual(['article']);
    expect(m.get('__proto__')).toEqual(['x']);
    expect(m.has('empty')).toBe(false);
    expect(({} as Record<string, unknown>)['0']).toBeUndefined();
  });

  it('cuts a 5 MB content attribute and stops after 5,000 tags, marking the budget', () => {
    const budget = new Budget();
    const d = doc(`<meta name="big" content="${'x'.repeat(5_000_000)}">` + '<meta name="n" content="v">'.repeat(6000));
    const m = readMeta(d, budget);
    expect(m.get('big')![0]!.length).toBe(10_000);
    expect(m.get('n')!.length).toBe(4999);
    expect(budget.exhausted).toBe(true);
  });
});

describe('guard', () => {
  it('records a throwing extractor by name and returns its fallback', () => {
    const ctx = createPageContext(doc(''), null);
    expect(ctx.guard('wire', () => { throw new Error('boom'); }, 'fallback')).toBe('fallback');
    expect(ctx.errors).toEqual([{ extractor: 'wire', message: 'Error: boom' }]);
  });

  it('catches a stack overflow like any other error', () => {
    const ctx = createPageContext(doc(''), null);
    const recurse = (n: number): number => recurse(n + 1) + 1;
    expect(ctx.guard('quotes', () => recurse(0), -1)).toBe(-1);
    expect(ctx.errors[0]!.message).toMatch(/RangeError/);
  });

  it('survives things thrown that cannot be printed (null, an object whose toString throws) and long messages', () => {
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ toString: () => { throw new Error('no'); } })).toBe('unprintable error');
    expect(errorMessage(Object.create(null))).toBe('unprintable error');
    expect(errorMessage(new Error('x'.repeat(10_000))).length).toBeLessThanOrEqual(300);
    expect(errorMessage('line\nbreak')).toBe('line break');
  });
});
