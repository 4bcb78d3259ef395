/**
 * The content script's anchoring and its fallback marks, in jsdom (which, like an older
 * browser, has no CSS Custom Highlight API). The real-browser behaviour is in test/e2e.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { indexPage, locate, rangeForAnchor } from '../../../src/content/anchor';
import { createMarker } from '../../../src/content/marks';

const anchorFor = (text: string, exact: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  return { exact, prefix: text.slice(Math.max(0, start - 12), start), suffix: text.slice(start + exact.length, start + exact.length + 12), start, end: start + exact.length };
};

describe('locate', () => {
  const text = '“It is positive,” she said. Later: “It is positive,” he said.';

  it('uses the stored offsets while they still point at the quote', () => {
    const a = anchorFor(text, 'It is positive', 1);
    expect(locate(text, a)).toBe(a.start);
  });

  it('finds the quote again by its context after the page inserted text before it (a late-loading banner)', () => {
    const a = anchorFor(text, 'It is positive', 1);
    const changed = 'Breaking: subscribe now! ' + text;
    expect(locate(changed, a)).toBe(changed.lastIndexOf('It is positive'));
  });

  it('returns null when the quote is gone from the page', () => {
    expect(locate('Nothing here.', anchorFor(text, 'It is positive'))).toBeNull();
  });
});

describe('fallback marks (no CSS.highlights)', () => {
  // HKFP sample: a quote split across an inline link, the case that needs several wrappers.
  const html = '<html><head></head><body><article><p>“The onus is <a href="/x">now on China</a> to act,” said Raphael Viana David.</p><ul>\n<li>Other</li>\n</ul></article></body></html>';

  it('wraps each text run of a quote and unwraps them so the DOM serialises exactly as before', () => {
    const { window } = new JSDOM(html);
    const doc = window.document;
    const before = doc.documentElement.outerHTML;
    const index = indexPage(doc)!;
    const range = rangeForAnchor(doc, index, anchorFor(index.text, 'The onus is now on China to act'))!;
    expect(range.toString()).toBe('The onus is now on China to act');
    const marker = createMarker(doc);
    expect(marker.kind).toBe('elements');
    marker.setMarks([range], 'underline');
    const marks = doc.querySelectorAll('provenance-lens-mark');
    expect(marks.length).toBe(3);
    expect([...marks].map((m) => m.textContent).join('')).toBe('The onus is now on China to act');
    marker.setFocus(range);
    expect((marks[0] as HTMLElement).style.backgroundColor).not.toBe('');
    marker.destroy();
    expect(doc.querySelectorAll('provenance-lens-mark').length).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
