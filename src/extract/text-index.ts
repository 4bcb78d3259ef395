/**
 * One shared view of a page's visible text: the text nodes under a root, in document
 * order, with their offsets in the concatenated string. Quote anchors store offsets in
 * this string, and the content script maps them back to DOM ranges with the same walk,
 * so the engine (jsdom or the live page) and the marks always agree.
 */
import type { Budget } from './budget';

/** Elements whose text a reader never sees. */
const INVISIBLE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK',
  'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON',
]);

/** Cheap, layout-free visibility test (works the same in jsdom and in the browser). */
export function isHiddenElement(el: Element): boolean {
  if (INVISIBLE_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls && /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|hidden)(?:\s|$)/i.test(cls)) return true;
  return false;
}

export interface TextIndex {
  root: Node;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/** Walks the visible text under `root` (default: the body). Charges the budget per node. */
export function buildTextIndex(root: Node, budget?: Budget): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) return isHiddenElement(node as Element) ? 2 /* REJECT */ : 3 /* SKIP */;
      return 1; /* ACCEPT */
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (budget && !budget.visit()) break;
    const t = n as Text;
    const data = t.data;
    nodes.push(t);
    starts.push(offset);
    parts.push(data);
    offset += data.length;
    if (budget && !budget.scan(data.length)) break;
  }
  return { root, nodes, starts, text: parts.join('') };
}

/** Index of the text node containing `offset` (binary search). */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps [start, end) offsets of `index.text` back to DOM positions. */
export function positionsFromOffsets(
  index: TextIndex,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  if (!index.nodes.length || start < 0 || end <= start || end > index.text.length) return null;
  const a = nodeAt(index, start);
  const b = nodeAt(index, end - 1);
  return {
    startNode: index.nodes[a]!,
    startOffset: start - index.starts[a]!,
    endNode: index.nodes[b]!,
    endOffset: end - index.starts[b]!,
  };
}
