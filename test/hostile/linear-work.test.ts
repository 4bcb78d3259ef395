/**
 * Bounded work inside one paragraph: attributing a quote compares it with the mentions near it,
 * never with every mention of a long paragraph. A page whose text is one long block with no
 * sentence break the splitter accepts (one <div> of <br>-separated lines, a transcript, or a
 * hostile page) would otherwise cost quadratic time. Work is measured, not time: the candidate
 * features computed, summed over all quotes, must grow no faster than the paragraph.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/extract/index';

const work = vi.hoisted(() => ({ features: 0 }));

vi.mock('../../src/extract/quotes/candidates', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/quotes/candidates')>();
  return {
    ...real,
    candidatesFor: (...args: Parameters<typeof real.candidatesFor>) => {
      const out = real.candidatesFor(...args);
      work.features += out.reduce((n, c) => n + c.features.length, 0);
      return out;
    },
  };
});

function measure(chars: number): { quotes: number; features: number } {
  const chunk = 'word after word after word, “a quote here,” said Someone Person, and more words follow ';
  const text = chunk.repeat(Math.ceil(chars / chunk.length));
  const doc = new JSDOM(`<html><head><meta property="og:type" content="article"></head><body><article><p>${text}</p></article></body></html>`).window.document;
  work.features = 0;
  const report = analyze(doc, null);
  expect(report.errors).toEqual([]);
  return { quotes: report.quotes.length, features: work.features };
}

describe('quote attribution reads a bounded window around each quote', () => {
  it('work stays linear in a paragraph without sentence breaks (10,000 and 20,000 characters)', () => {
    const small = measure(10_000);
    const large = measure(20_000);
    console.log(`long paragraph: ${small.quotes} → ${large.quotes} quotes, ${small.features} → ${large.features} candidate features`);
    expect(small.quotes).toBeGreaterThan(50);
    // twice the text, twice the quotes: the work may double, with some slack, but not square
    expect(large.features / small.features).toBeLessThan(2.5);
  }, 120_000);
});
