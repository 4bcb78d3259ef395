/** The work budget: deterministic limits, and a per-item cap that does not starve the text walks. */
import { describe, expect, it } from 'vitest';
import { Budget, DEFAULT_LIMITS } from '../../../src/extract/budget';

describe('Budget', () => {
  it('stops node and character walks once their limit is passed', () => {
    const b = new Budget({ nodes: 2, chars: 10 });
    expect(b.visit()).toBe(true);
    expect(b.visit()).toBe(true);
    expect(b.visit()).toBe(false);
    expect(b.scan(5)).toBe(false); // spent: every walk stops
    expect(b.exhausted).toBe(true);
  });

  it('a per-item cap (too many JSON-LD blocks) marks the report truncated but lets the text still be read', () => {
    const b = new Budget();
    b.hit();
    expect(b.exhausted).toBe(true);
    expect(b.spent).toBe(false);
    expect(b.visit()).toBe(true);
    expect(b.scan(100)).toBe(true);
  });

  it('ignores nonsense limits (NaN, negative, strings) and keeps the defaults', () => {
    const b = new Budget({ nodes: Number.NaN, chars: -1, quotes: '3' as unknown as number, jsonLdBlocks: 0 });
    expect(b.limits.nodes).toBe(DEFAULT_LIMITS.nodes);
    expect(b.limits.chars).toBe(DEFAULT_LIMITS.chars);
    expect(b.limits.quotes).toBe(DEFAULT_LIMITS.quotes);
    expect(b.limits.jsonLdBlocks).toBe(0);
  });

  it('reports how many characters are left', () => {
    const b = new Budget({ chars: 10 });
    b.scan(4);
    expect(b.charsLeft).toBe(6);
    b.scan(40);
    expect(b.charsLeft).toBe(0);
  });
});
