/**
 * Quote marks in the page that never change its layout or its own styles.
 *
 * Preferred: the CSS Custom Highlight API (Chrome 105+, Firefox 140+). Ranges are painted
 * by `::highlight(name)` rules; the DOM is not touched at all except for one stylesheet,
 * adopted (no element) where possible. Names carry a random suffix so the page can neither
 * target nor spoof them.
 * Fallback: each quote's text runs are wrapped in a custom element with inline styles,
 * removed again on clear (the split text nodes are merged back), as hypothesis does.
 */
import type { MarkStyle } from '../messages';

export interface Marker {
  /** Paints the subtle marks on every quote (replacing earlier ones). */
  setMarks(ranges: Range[], style: MarkStyle): void;
  /** The one strongly highlighted quote (hover/focus in the popup); null clears it. */
  setFocus(range: Range | null): void;
  /** Removes everything this marker added to the document. */
  destroy(): void;
  readonly kind: 'highlight-api' | 'elements';
  /** Names other modules may need (the fallback element's tag). */
  readonly names: { mark: string; focus: string };
}

const ACCENT = '#b45309'; // amber 700: readable on white and on most dark themes as an underline
const TINT = 'rgba(250, 204, 21, 0.22)';
const FOCUS_BG = 'rgba(250, 204, 21, 0.65)';

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').replace(/[^a-z0-9]/g, '');
}

function markDeclarations(style: MarkStyle): string {
  return style === 'tint'
    ? `background-color: ${TINT};`
    : `text-decoration: underline dotted ${ACCENT}; text-decoration-thickness: 2px;`;
}
const FOCUS_DECLARATIONS = `background-color: ${FOCUS_BG}; color: inherit;`;

type HighlightRegistryLike = Map<string, unknown>;
type HighlightCtor = new (...ranges: AbstractRange[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

/** One stylesheet, adopted by the document (no element) or, where that fails, a `<style>` with a random attribute. */
function installStyle(doc: Document, cssText: string): { update(css: string): void; remove(): void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (css) => sheet.replaceSync(css),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const el = doc.createElement('style');
    el.setAttribute(`data-pl-${randomSuffix()}`, '');
    el.textContent = cssText;
    (doc.head ?? doc.documentElement).appendChild(el);
    return {
      update: (css) => {
        el.textContent = css;
      },
      remove: () => el.remove(),
    };
  }
}

function createHighlightMarker(doc: Document, api: NonNullable<ReturnType<typeof highlightApi>>): Marker {
  const id = randomSuffix();
  const names = { mark: `pl-mark-${id}`, focus: `pl-focus-${id}` };
  const css = (style: MarkStyle): string =>
    `::highlight(${names.mark}) { ${markDeclarations(style)} }\n::highlight(${names.focus}) { ${FOCUS_DECLARATIONS} }`;
  const sheet = installStyle(doc, css('underline'));
  return {
    kind: 'highlight-api',
    names,
    setMarks(ranges, style) {
      sheet.update(css(style));
      if (ranges.length) api.registry.set(names.mark, new api.Highlight(...ranges));
      else api.registry.delete(names.mark);
    },
    setFocus(range) {
      if (range) api.registry.set(names.focus, new api.Highlight(range));
      else api.registry.delete(names.focus);
    },
    destroy() {
      api.registry.delete(names.mark);
      api.registry.delete(names.focus);
      sheet.remove();
    },
  };
}

/** Text nodes (or parts) inside a range, skipping whitespace-only runs so no element lands in a <tr> or <ul>. */
function textRunsIn(range: Range): { node: Text; start: number; end: number }[] {
  const runs: { node: Text; start: number; end: number }[] = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const first = root.nodeType === 3 ? (root as Text) : null;
  for (let n: Node | null = first ?? walker.nextNode(); n; n = first ? null : walker.nextNode()) {
    const t = n as Text;
    if (!range.intersectsNode(t)) continue;
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end > start && t.data.slice(start, end).trim()) runs.push({ node: t, start, end });
  }
  return runs;
}

function createElementMarker(doc: Document): Marker {
  const id = randomSuffix();
  const tag = `provenance-lens-mark`;
  const attr = `data-pl-${id}`;
  const names = { mark: tag, focus: attr };
  let wrappers: HTMLElement[] = [];
  let markStyle: MarkStyle = 'underline';

  const styleFor = (focused: boolean): string =>
    focused ? FOCUS_DECLARATIONS : markDeclarations(markStyle);

  function unwrapAll(): void {
    const parents = new Set<Node>();
    for (const w of wrappers) {
      const parent = w.parentNode;
      if (!parent) continue;
      while (w.firstChild) parent.insertBefore(w.firstChild, w);
      parent.removeChild(w);
      parents.add(parent);
    }
    // Merge the text nodes we split, so the DOM serialises exactly as before.
    for (const p of parents) p.normalize();
    wrappers = [];
  }

  function wrap(range: Range, group: number): void {
    for (const { node, start, end } of textRunsIn(range)) {
      let target = node;
      if (end < target.data.length) target.splitText(end);
      if (start > 0) target = target.splitText(start);
      const el = doc.createElement(tag);
      el.setAttribute(attr, String(group));
      el.style.cssText = styleFor(false);
      target.parentNode?.insertBefore(el, target);
      el.appendChild(target);
      wrappers.push(el);
    }
  }

  let lastRanges: Range[] = [];
  let focusIndex = -1;
  return {
    kind: 'elements',
    names,
    setMarks(ranges, style) {
      markStyle = style;
      unwrapAll();
      lastRanges = ranges;
      ranges.forEach((r, i) => wrap(r, i));
    },
    setFocus(range) {
      focusIndex = range ? lastRanges.indexOf(range) : -1;
      if (range && focusIndex === -1) {
        // A quote that is not marked (marks are off): wrap it on its own.
        lastRanges = [...lastRanges, range];
        focusIndex = lastRanges.length - 1;
        wrap(range, focusIndex);
      }
      for (const w of wrappers) w.style.cssText = styleFor(w.getAttribute(attr) === String(focusIndex));
    },
    destroy() {
      unwrapAll();
      lastRanges = [];
    },
  };
}

export function createMarker(doc: Document, forceFallback = false): Marker {
  const api = forceFallback ? null : highlightApi(doc.defaultView ?? window);
  return api ? createHighlightMarker(doc, api) : createElementMarker(doc);
}
