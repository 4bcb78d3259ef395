/**
 * The small card shown when the pointer rests on a marked quote: who said it, their role
 * and organisation, how often they are quoted, and how sure the attribution is.
 *
 * It lives in a shadow root on a host element whose tag name carries a random suffix, so
 * page CSS can neither reach in nor target the host; the host resets inherited styles and
 * ignores the pointer. Every page-derived string goes in through textContent.
 * The shadow root is open so the browser tests can read the card (the page could read it
 * too, but it only ever holds text the page itself contains).
 */
export interface CardContent {
  speaker: string | null;
  role: string | null;
  org: string | null;
  /** How many quotes the report credits to this speaker. */
  quoteCount: number;
  confidence: number;
}

export interface CardStrings {
  unknownSpeaker: string;
  quotedTimes(n: number): string;
  confidence(level: 'high' | 'medium' | 'low', percent: number): string;
}

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(320px, calc(100vw - 16px));
  padding: 8px 10px; border-radius: 8px; border: 1px solid rgba(0,0,0,.15);
  background: #fffdf7; color: #1f2937; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; pointer-events: none;
}
.speaker { font-weight: 600; font-size: 14px; }
.meta, .stats { color: #4b5563; }
.stats { margin-top: 4px; font-size: 12px; }
.low { color: #9a3412; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f9fafb; border-color: rgba(255,255,255,.2); }
  .meta, .stats { color: #d1d5db; }
  .low { color: #fdba74; }
}`;

const MARGIN = 8;

/** A constructed stylesheet is not subject to the page's CSP; a <style> in the shadow root is the fallback. */
function adoptStyle(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function confidenceLevel(c: number): 'high' | 'medium' | 'low' {
  return c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low';
}

export class HoverCard {
  #host: HTMLElement | null = null;
  #card: HTMLElement | null = null;
  readonly tagName: string;
  readonly #doc: Document;
  readonly #strings: CardStrings;

  constructor(doc: Document, strings: CardStrings, suffix: string) {
    this.#doc = doc;
    this.#strings = strings;
    this.tagName = `provenance-lens-card-${suffix}`;
  }

  get visible(): boolean {
    return !!this.#host && this.#host.style.display !== 'none';
  }

  #ensure(): HTMLElement {
    if (this.#card && this.#host?.isConnected) return this.#card;
    const host = this.#doc.createElement(this.tagName);
    // CSSOM, not a style attribute: pages whose CSP forbids inline styles cannot block it.
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
    const root = host.attachShadow({ mode: 'open' });
    adoptStyle(this.#doc, root, STYLE);
    const card = this.#doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    root.append(card);
    // Outside <body>, so the page's body-level selectors (:last-child …) never see it.
    this.#doc.documentElement.appendChild(host);
    this.#host = host;
    this.#card = card;
    return card;
  }

  /** Shows the card for one quote, placed under (or above) `anchor`, kept inside the viewport. */
  show(content: CardContent, anchor: DOMRect): void {
    const card = this.#ensure();
    const line = (cls: string, text: string): HTMLElement => {
      const el = this.#doc.createElement('div');
      el.className = cls;
      el.textContent = text;
      return el;
    };
    const desc = [content.role, content.org].filter((x): x is string => !!x && x.trim() !== '');
    const level = confidenceLevel(content.confidence);
    const children = [line('speaker', content.speaker ?? this.#strings.unknownSpeaker)];
    if (desc.length) children.push(line('meta', desc.join(', ')));
    const stats = line('stats', '');
    const parts = [];
    if (content.speaker) parts.push(this.#strings.quotedTimes(content.quoteCount));
    parts.push(this.#strings.confidence(level, Math.round(content.confidence * 100)));
    stats.textContent = parts.join(' · ');
    if (level === 'low') stats.classList.add('low');
    children.push(stats);
    card.replaceChildren(...children);
    this.#host!.style.display = 'block';
    this.place(anchor);
  }

  /** Re-positions the card next to `anchor` (the quote's line box under the pointer). */
  place(anchor: DOMRect): void {
    const card = this.#card;
    const view = this.#doc.defaultView;
    if (!card || !view) return;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const { width, height } = card.getBoundingClientRect();
    let top = anchor.bottom + 6;
    if (top + height > vh - MARGIN) top = anchor.top - height - 6;
    top = Math.max(MARGIN, Math.min(top, vh - height - MARGIN));
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }

  hide(): void {
    // Not the `hidden` attribute: the host's `all: initial` would override it.
    if (this.#host) this.#host.style.display = 'none';
  }

  destroy(): void {
    this.#host?.remove();
    this.#host = null;
    this.#card = null;
  }
}
