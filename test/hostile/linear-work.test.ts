/**
 * Bounded work inside one paragraph: attributing a quote may read the sentence around
 * it, but never the whole paragraph. A page whose text is one long block with no
 * sentence break the splitter accepts (one <div> of <br>-separated lines, a transcript,
 * or a hostile page) otherwise costs quadratic time: on a 20,000-character paragraph with
 * 230 attributed quotes the attribution read ~2.3 M characters and took ~20 s in jsdom.
 * Work is measured, not time: the characters handed to the attribution cues, summed
 * over all quotes, must stay within a constant factor of the paragraph's length.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/extract/index';

const read = vi.hoisted(() => ({ chars: 0 }));

vi.mock('../../src/extract/quotes/cues', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/extract/quotes/cues')>();
  return {
    ...real,
    cueBefore: (before: string, ...rest: unknown[]) => {
      read.chars += before.length;
      return (real.cueBefore as (...a: unknown[]) => ReturnType<typeof real.cueBefore>)(before, ...rest);
    },
    cueAfter: (after: string, ...rest: unknown[]) => {
      read.chars += after.length;
      return (real.cueAfter as (...a: unknown[]) => ReturnType<typeof real.cueAfter>)(after, ...rest);
    },
  };
});

describe('quote attribution reads a bounded window around each quote', () => {
  it('work stays linear in a 10,000-character paragraph without sentence breaks', () => {
    const chunk = 'word after word after word, “a quote here,” said Someone Person, and more words follow ';
    const text = chunk.repeat(Math.ceil(10_000 / chunk.length));
    const doc = new JSDOM(`<html><head><meta property="og:type" content="article"></head><body><article><p>${text}</p></article></body></html>`).window.document;
    read.chars = 0;
    const t0 = performance.now();
    const report = analyze(doc, null);
    console.log(`long paragraph: ${text.length} chars, ${report.quotes.length} quotes, ${read.chars} chars read by attribution, ${Math.round(performance.now() - t0)} ms`);
    expect(report.errors).toEqual([]);
    expect(report.quotes.length).toBeGreaterThan(50);
    expect(read.chars).toBeLessThan(20 * text.length);
  }, 120_000);
});
