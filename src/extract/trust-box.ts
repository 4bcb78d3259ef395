/**
 * The visible Trust Indicators box ("Behind the Story"): label/value pairs such as
 * `<h4>Dateline:</h4><p>Geneva, Switzerland</p>`, `<h4>Type of Story: News Service</h4>`
 * or `<p><strong>Type</strong>: News</p>` (INN Trust Indicators plugin and its variants).
 * Read once per page; provenance (dateline, story label) and trust indicators both use it.
 */
import type { PageContext } from './page';

export interface LabelPair {
  /** The label as printed, without the colon: "Dateline", "Type of Story". */
  label: string;
  /** The value as printed: "Geneva, Switzerland", "News Service". */
  value: string;
  /** Text of the paragraph that follows the label, when the value was on the label line. */
  note: string | null;
  element: Element;
}

/** Labels the Trust Project plugins print; matched loosely, never by exact markup. */
const KNOWN_LABEL = /^(dateline|type of (?:story|work)|type|corrections?|sourcing(?: & methodology)?(?: statement)?|citations? (?:&|and) references|behind the story|methodology|why we wrote this|about the author|location)\s*$/i;

const LABEL_ELEMENTS = 'h2, h3, h4, h5, h6, dt, strong, b, .trust-indicators-label';

function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const readPages = new WeakMap<PageContext, LabelPair[]>();

/**
 * Finds label/value pairs anywhere on the page (they sit outside the article body on many
 * sites). Provenance and trust indicators both ask; the page is read once per analysis.
 */
export function readTrustBox(ctx: PageContext): LabelPair[] {
  const known = readPages.get(ctx);
  if (known) return known;
  const pairs = findPairs(ctx);
  readPages.set(ctx, pairs);
  return pairs;
}

function findPairs(ctx: PageContext): LabelPair[] {
  const pairs: LabelPair[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(ctx.doc.querySelectorAll(LABEL_ELEMENTS))) {
    if (!ctx.budget.visit()) break;
    const raw = cleanText(el.textContent);
    if (!raw || raw.length > 120) continue;
    const m = /^([^:]{2,60}):\s*(.*)$/.exec(raw);
    let label: string;
    let inline: string;
    if (m) {
      label = cleanText(m[1]);
      inline = cleanText(m[2]);
    } else {
      // `<strong>Type</strong>: News` — the colon is in the parent's text after the label.
      const after = cleanText(el.nextSibling?.textContent);
      if (!after.startsWith(':')) continue;
      label = raw;
      inline = cleanText(after.slice(1));
    }
    if (!KNOWN_LABEL.test(label) || seen.has(el)) continue;
    seen.add(el);
    const next = el.nextElementSibling;
    const nextText = next && !next.matches(LABEL_ELEMENTS) ? cleanText(next.textContent) : '';
    if (inline) pairs.push({ label, value: inline, note: nextText || null, element: el });
    else if (nextText) pairs.push({ label, value: nextText, note: null, element: el });
  }
  return pairs;
}

/** The first pair whose label matches. */
export function findLabel(pairs: LabelPair[], label: RegExp): LabelPair | null {
  return pairs.find((p) => label.test(p.label)) ?? null;
}
