/**
 * Quote marks in the page that never change its layout or its own styles.
 *
 * The CSS Custom Highlight API (Chrome 105+, Firefox 140+; our minimums are 148 and 142):
 * ranges are painted by `::highlight(name)` rules, and the DOM is not touched at all except
 * for one stylesheet, adopted (no element) where possible. Names carry a random suffix so
 * the page can neither target nor spoof them. No element is ever wrapped around page text,
 * so page scripts and styles that walk the DOM see nothing of ours.
 */
import type { MarkStyle } from '../messages';

export interface Marker {
  /** Paints the subtle marks on every quote (replacing earlier ones). */
  setMarks(ranges: Range[], style: MarkStyle): void;
  /** The one strongly highlighted quote (hover/focus in the popup); null clears it. */
  setFocus(range: Range | null): void;
  /** Removes everything this marker added to the document. */
  destroy(): void;
  readonly kind: 'highlight-api' | 'none';
  /** The registered highlight names (random per page). */
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

/** Where the API is missing (no supported browser lacks it) nothing is painted; the popup still lists the quotes. */
const NO_MARKS: Marker = { kind: 'none', names: { mark: '', focus: '' }, setMarks() {}, setFocus() {}, destroy() {} };

export function createMarker(doc: Document): Marker {
  const api = highlightApi(doc.defaultView ?? window);
  return api ? createHighlightMarker(doc, api) : NO_MARKS;
}
