/**
 * The visible-text index every quote anchor points into. It must be iterative (a page
 * nested deeper than the stack is still walked), skip what a reader never sees, and when
 * a budget cuts it, keep every offset before the cut valid.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../../src/extract/budget';
import { buildTextIndex, positionsFromOffsets } from '../../../src/extract/text-index';

const body = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

/**
 * A minimal stand-in for DOM nodes, enough for the walk: jsdom itself overflows the stack
 * attaching a tree a few thousand deep, so a million-deep tree has to be built by hand.
 */
interface FakeNode {
  nodeType: number;
  tagName?: string;
  data?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  parentNode: FakeNode | null;
  hasAttribute?: () => boolean;
  getAttribute?: () => null;
}
function fakeElement(): FakeNode {
  return { nodeType: 1, tagName: 'DIV', firstChild: null, nextSibling: null, parentNode: null, hasAttribute: () => false, getAttribute: () => null };
}

describe('buildTextIndex', () => {
  it('walks a tree nested 1,000,000 deep without recursion (a recursive walk would overflow the stack)', () => {
    const root = fakeElement();
    let at = root;
    for (let i = 0; i < 1_000_000; i++) {
      const child = fakeElement();
      child.parentNode = at;
      at.firstChild = child;
      at = child;
    }
    const text: FakeNode = { nodeType: 3, data: 'bottom', firstChild: null, nextSibling: null, parentNode: at };
    at.firstChild = text;
    const after: FakeNode = { nodeType: 3, data: ' after', firstChild: null, nextSibling: null, parentNode: root };
    root.firstChild!.nextSibling = after;
    const index = buildTextIndex(root as unknown as Node);
    expect(index.text).toBe('bottom after');
  });

  it('keeps document order and skips script, style, hidden and aria-hidden subtrees (what a reader never sees)', () => {
    const index = buildTextIndex(
      body('<p>One <b>two</b></p><script>var x = "“no”";</script><style>p{}</style><p hidden>gone</p>' +
        '<div aria-hidden="true">gone</div><span style="display: none">gone</span><p class="sr-only">gone</p><p>three</p>'),
    );
    expect(index.text).toBe('One twothree');
    expect(index.starts).toEqual([0, 4, 7]);
  });

  it('maps offsets back to the text nodes they came from', () => {
    const index = buildTextIndex(body('<p>“We will act,” <i>said</i> Jane Doe.</p>'));
    const start = index.text.indexOf('said');
    const pos = positionsFromOffsets(index, start, start + 4)!;
    expect(pos.startNode.data).toBe('said');
    expect(pos.startOffset).toBe(0);
    expect(pos.endOffset).toBe(4);
    expect(positionsFromOffsets(index, 5, 5)).toBeNull();
    expect(positionsFromOffsets(index, -1, 3)).toBeNull();
    expect(positionsFromOffsets(index, 0, index.text.length + 1)).toBeNull();
  });

  it('cuts the text at limits.textChars, marks the budget hit, and keeps the offsets before the cut', () => {
    const root = body(`<p>${'a'.repeat(50)}</p><p>${'b'.repeat(100)}</p><p>never read</p>`);
    const budget = new Budget({ textChars: 80 });
    const index = buildTextIndex(root, budget);
    expect(index.text).toBe('a'.repeat(50) + 'b'.repeat(30));
    expect(budget.exhausted).toBe(true);
    const full = buildTextIndex(root);
    expect(full.text.startsWith(index.text)).toBe(true);
    expect(index.starts).toEqual(full.starts.slice(0, index.starts.length));
  });

  it('stops at the node budget and says so (a page of 50,000 paragraphs)', () => {
    const root = body('<p>x</p>'.repeat(1000));
    const budget = new Budget({ nodes: 100 });
    const index = buildTextIndex(root, budget);
    expect(index.nodes.length).toBeLessThan(100);
    expect(budget.exhausted).toBe(true);
  });

  it('charges every element visited, so a page of empty elements cannot walk forever', () => {
    const root = body('<div></div>'.repeat(5000));
    const budget = new Budget({ nodes: 1000 });
    buildTextIndex(root, budget);
    expect(budget.used.nodes).toBeLessThanOrEqual(1001);
    expect(budget.spent).toBe(true);
  });
});
