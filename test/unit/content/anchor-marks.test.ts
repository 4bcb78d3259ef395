/**
 * The content script's anchoring and its marks, in jsdom (with a stand-in for the CSS Custom
 * Highlight API, which jsdom lacks). The real-browser behaviour is in test/e2e.
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

/** jsdom has no CSS Custom Highlight API: a stand-in registry records what the marker asks the browser to paint. */
function withHighlightApi(window: JSDOM['window']): Map<string, { ranges: Range[] }> {
  const registry = new Map<string, { ranges: Range[] }>();
  Object.assign(window, {
    CSS: { highlights: registry },
    Highlight: class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  });
  return registry;
}

describe('quote marks (CSS Custom Highlight API)', () => {
  // HKFP sample: a quote split across an inline link.
  const html = '<html><head></head><body><article><p>“The onus is <a href="/x">now on China</a> to act,” said Raphael Viana David.</p><ul>\n<li>Other</li>\n</ul></article></body></html>';
  const setup = () => {
    const { window } = new JSDOM(html);
    const registry = withHighlightApi(window);
    const doc = window.document;
    const index = indexPage(doc)!;
    const range = rangeForAnchor(doc, index, anchorFor(index.text, 'The onus is now on China to act'))!;
    return { doc, registry, range };
  };

  it('paints a quote that crosses a link as one range, without adding any element to the page', () => {
    const { doc, registry, range } = setup();
    const before = doc.documentElement.outerHTML;
    expect(range.toString()).toBe('The onus is now on China to act');
    const marker = createMarker(doc);
    expect(marker.kind).toBe('highlight-api');
    marker.setMarks([range], 'underline');
    expect(registry.get(marker.names.mark)?.ranges).toEqual([range]);
    expect(doc.body.outerHTML).toBe(new JSDOM(html).window.document.body.outerHTML);
    expect(doc.documentElement.outerHTML.replace(/<style[^>]*>[^<]*<\/style>/, '')).toBe(before);
  });

  it('uses random highlight names, so the page can neither style nor spoof them', () => {
    const { doc } = setup();
    const a = createMarker(doc).names.mark;
    const b = createMarker(doc).names.mark;
    expect(a).toMatch(/^pl-mark-[a-z0-9]+$/);
    expect(a).not.toBe(b);
  });

  it('focuses one quote apart from the marks, and clears the focus', () => {
    const { doc, registry, range } = setup();
    const marker = createMarker(doc);
    marker.setMarks([range], 'tint');
    marker.setFocus(range);
    expect(registry.get(marker.names.focus)?.ranges).toEqual([range]);
    marker.setFocus(null);
    expect(registry.has(marker.names.focus)).toBe(false);
    expect(registry.has(marker.names.mark)).toBe(true);
  });

  it('removes every highlight and its stylesheet on destroy: the page is exactly as before', () => {
    const { doc, registry, range } = setup();
    const before = doc.documentElement.outerHTML;
    const marker = createMarker(doc);
    marker.setMarks([range], 'underline');
    marker.setFocus(range);
    marker.destroy();
    expect(registry.size).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('paints nothing and touches nothing where the browser has no highlight API', () => {
    const { window } = new JSDOM(html);
    const doc = window.document;
    const before = doc.documentElement.outerHTML;
    const index = indexPage(doc)!;
    const marker = createMarker(doc);
    expect(marker.kind).toBe('none');
    marker.setMarks([rangeForAnchor(doc, index, anchorFor(index.text, 'The onus is now on China to act'))!], 'underline');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
