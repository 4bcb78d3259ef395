/**
 * One shared view of a page's visible text: the text nodes under a root, in document
 * order, with their offsets in the concatenated string. Quote anchors store offsets in
 * this string, and the content script maps them back to DOM ranges with the same walk,
 * so the engine (jsdom or the live page) and the marks always agree.
 */
import { lastAtOrBefore } from './sorted';
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
  /**
   * The visible text. When a budget cut the walk, the last node may be cut too: read a
   * node's part as `text.slice(starts[i], starts[i + 1] ?? text.length)`, not `nodes[i].data`.
   */
  text: string;
}

/**
 * Walks the visible text under `root` (default: the body), in document order.
 * Iterative (no recursion), so a page nested 5,000 deep cannot overflow the stack.
 * With a budget, every node visited and every character kept is charged, and the text is
 * cut at `limits.textChars` (or where the character budget runs out) — the offsets
 * before the cut stay valid, so anchors still line up with a full walk of the same page.
 */
export function buildTextIndex(root: Node, budget?: Budget): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  const room = (): number => (budget ? Math.min(budget.limits.textChars - offset, budget.charsLeft) : Infinity);
  let node: Node | null = root.firstChild;
  while (node) {
    if (budget && !budget.visit()) break;
    let descend = false;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const t = node as Text;
      let data = t.data;
      const cut = data.length > room();
      if (cut) data = data.slice(0, Math.max(0, room()));
      nodes.push(t);
      starts.push(offset);
      parts.push(data);
      offset += data.length;
      if (budget && !budget.scan(data.length)) break;
      if (cut) {
        budget?.hit();
        break;
      }
    } else if (node.nodeType === 1 /* ELEMENT_NODE */) {
      descend = !isHiddenElement(node as Element);
    }
    node = nextInWalk(node, root, descend);
  }
  return { root, nodes, starts, text: parts.join('') };
}

/** The next node in document order under `root`, skipping `node`'s subtree unless `descend`. */
function nextInWalk(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Index of the text node containing `offset` (binary search). */
function nodeAt(index: TextIndex, offset: number): number {
  return lastAtOrBefore(index.starts, offset);
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
