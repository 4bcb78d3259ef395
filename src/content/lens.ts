/**
 * One content-script instance per page: runs the engine on request, marks the quotes,
 * shows the hover card, and takes everything away again on "clear marks" or when the
 * reader navigates away. Every entry point (message, DOM event, observer, timer) catches
 * its own errors: a failure here must never surface in the page's console.
 */
import { readPageKeepingIndex, type PageReading } from '../extract/read';
import type { TextIndex } from '../extract/text-index';
import { indexPage, isStale, rangeForAnchor } from './anchor';
import { createMarker, type Marker } from './marks';
import { HoverCard, type CardStrings } from './hover-card';
import type { AnalyzeReply, MarkSettings, Result, ToContent } from '../messages';
import type { Person, Quote, Report } from '../report';

export interface LensDeps {
  doc: Document;
  /** `browser.i18n.getMessage`, or a stand-in. */
  message: (key: string, subs?: string[]) => string;
  /**
   * Finishes a page reading into the report: the background runs the quote engine, so the
   * code injected into the page is only what must read the DOM.
   */
  interpret(reading: PageReading): Promise<Report>;
  /** Tells the background about an automatic analysis (for the toolbar badge). */
  reportReady?(report: Report): void;
  /** Called once the instance has torn itself down (the entry point forgets it). */
  onDestroyed(): void;
}

interface Anchored {
  quote: Quote;
  person: Person | null;
  range: Range | null;
}

/** Milliseconds between a page change and the check for stale marks. */
const REANCHOR_DELAY_MS = 200;

function randomId(): string {
  const b = new Uint32Array(2);
  crypto.getRandomValues(b);
  return Array.from(b, (n) => n.toString(36)).join('');
}

function fail(error: unknown): { ok: false; error: 'failed'; message: string } {
  return { ok: false, error: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/** Swallows (and keeps quiet about) errors from event handlers the page triggers. */
function safely<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      /* never let our failure reach the page */
    }
  };
}

function cardStrings(message: LensDeps['message']): CardStrings {
  const t = (key: string, fallback: string, subs?: string[]): string => {
    let s = '';
    try {
      s = message(key, subs);
    } catch {
      /* i18n unavailable (context invalidated): use English */
    }
    return s || fallback;
  };
  return {
    unknownSpeaker: t('cardUnknownSpeaker', 'Speaker not identified'),
    quotedTimes: (n) => (n === 1 ? t('cardQuotedOnce', 'Quoted once') : t('cardQuotedTimes', `Quoted ${n} times`, [String(n)])),
    confidence: (level, pct) => t(`cardConfidence_${level}`, `${level[0]!.toUpperCase()}${level.slice(1)} confidence (${pct}%)`, [String(pct)]),
  };
}

export class Lens {
  readonly #doc: Document;
  readonly #win: Window;
  readonly #id = randomId();
  #settings: MarkSettings = { marks: true, markStyle: 'underline' };
  #report: Report | null = null;
  #anchored: Anchored[] = [];
  #marker: Marker | null = null;
  readonly #card: HoverCard;
  #focusId: string | null = null;
  /** The quote under the pointer, and the line box it was hovered on. */
  #hovered: { index: number; rectIndex: number } | null = null;
  /** Escape dismissed the card for this quote; it stays hidden until the pointer leaves it. */
  #dismissedIndex = -1;
  #pageListeners: AbortController | null = null;
  #observer: MutationObserver | null = null;
  #reanchorTimer: ReturnType<typeof setTimeout> | null = null;
  #frame = 0;
  #pointer: { x: number; y: number } | null = null;
  #destroyed = false;

  readonly #deps: LensDeps;

  constructor(deps: LensDeps) {
    this.#deps = deps;
    this.#doc = deps.doc;
    this.#win = deps.doc.defaultView ?? window;
    this.#card = new HoverCard(this.#doc, cardStrings(deps.message), this.#id);
    // Navigation away: leave nothing behind (also drops us from the back/forward cache cleanly).
    this.#win.addEventListener('pagehide', this.#onPageHide, { capture: true });
  }

  get isDestroyed(): boolean {
    return this.#destroyed;
  }

  /** The message entry point; resolves to the reply. */
  handle(msg: ToContent): Promise<Result<unknown>> {
    if (msg.type === 'analyze') return this.analyze(msg.force, msg.settings);
    return Promise.resolve(this.#reply(msg));
  }

  #reply(msg: Exclude<ToContent, { type: 'analyze' }>): Result<unknown> {
    try {
      switch (msg.type) {
        case 'highlight-quote':
          return { ok: true, value: this.#focus(msg.quoteId, false) };
        case 'scroll-to-quote':
          return { ok: true, value: this.#focus(msg.quoteId, true) };
        case 'clear-highlight':
          this.#focus(null, false);
          return { ok: true, value: null };
        case 'clear-marks':
          this.destroy();
          return { ok: true, value: null };
        case 'ping':
          return { ok: true, value: { analysed: this.#report !== null, quotesMarked: this.markedCount() } };
      }
    } catch (e) {
      return fail(e);
    }
  }

  async analyze(force: boolean, settings: MarkSettings): Promise<AnalyzeReply> {
    try {
      this.#settings = settings;
      const { reading, textIndex } = readPageKeepingIndex(this.#doc, this.#win.location.href, { force });
      const report = await this.#deps.interpret(reading);
      // "Remove marks" or navigation while the background worked: nothing left to mark.
      if (this.#destroyed) return { ok: true, value: report };
      this.#report = report;
      this.#anchorQuotes(textIndex);
      this.#paint();
      this.#watch();
      return { ok: true, value: report };
    } catch (e) {
      return fail(e);
    }
  }

  /** Automatic analysis on a site the reader opted into: analyse, mark, tell the background. */
  async auto(settings: MarkSettings): Promise<void> {
    const reply = await this.analyze(false, settings);
    if (reply.ok) this.#deps.reportReady?.(reply.value);
  }

  markedCount(): number {
    return this.#anchored.filter((a) => a.range).length;
  }

  // ------------------------------------------------------------------ anchoring and marks

  /**
   * Finds each quote in the live page. `readIndex` is the index the analysis read the page
   * with; if the page changed while the background worked, a quote's range comes out stale
   * and the page is indexed afresh. A page without quotes is not walked at all.
   */
  #anchorQuotes(readIndex: TextIndex | null = null): void {
    const report = this.#report;
    this.#anchored = [];
    if (!report?.quotes.length) return;
    const byQuote = new Map<string, Person>();
    for (const p of report.people) for (const id of p.quoteIds) byQuote.set(id, p);
    const anchorWith = (index: TextIndex | null): Anchored[] =>
      report.quotes.map((quote) => {
        let range: Range | null = null;
        try {
          range = index ? rangeForAnchor(this.#doc, index, quote.anchor) : null;
        } catch {
          range = null;
        }
        return { quote, person: byQuote.get(quote.id) ?? null, range };
      });
    let anchored = readIndex ? anchorWith(readIndex) : null;
    if (!anchored || anchored.some((a) => !a.range || isStale(a.range, a.quote.anchor.exact))) anchored = anchorWith(indexPage(this.#doc));
    this.#anchored = anchored;
  }

  #paint(): void {
    this.#withoutObserving(() => {
      this.#marker ??= createMarker(this.#doc);
      const ranges = this.#settings.marks ? this.#anchored.flatMap((a) => (a.range ? [a.range] : [])) : [];
      this.#marker.setMarks(ranges, this.#settings.markStyle);
      this.#marker.setFocus(this.#focusedRange());
    });
    this.#listenToPage(this.#settings.marks && this.markedCount() > 0);
  }

  #focusedRange(): Range | null {
    return this.#anchored.find((a) => a.quote.id === this.#focusId)?.range ?? null;
  }

  /** Strongly highlights one quote (and scrolls to it); null clears. Returns whether it is in the page. */
  #focus(quoteId: string | null, scroll: boolean): boolean {
    this.#focusId = quoteId;
    const range = this.#focusedRange();
    if (quoteId !== null && !this.#marker && range) this.#marker = createMarker(this.#doc);
    this.#withoutObserving(() => this.#marker?.setFocus(range));
    if (range && scroll) {
      const target = range.startContainer.parentElement;
      // A hidden tab does not animate: jump there, so the quote is in view when the reader looks.
      const smooth = this.#doc.visibilityState === 'visible' && !this.#win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      target?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center', inline: 'nearest' });
    }
    return range !== null;
  }

  // ------------------------------------------------------------------ hover card

  #listenToPage(on: boolean): void {
    if (!on) {
      this.#pageListeners?.abort();
      this.#pageListeners = null;
      this.#card.hide();
      return;
    }
    if (this.#pageListeners) return;
    this.#pageListeners = new AbortController();
    const opts = { capture: true, passive: true, signal: this.#pageListeners.signal };
    this.#win.addEventListener('mousemove', safely(this.#onMouseMove), opts);
    this.#win.addEventListener('scroll', safely(this.#onScroll), opts);
    this.#win.addEventListener('resize', safely(this.#onScroll), opts);
    this.#win.addEventListener('keydown', safely(this.#onKeyDown), opts);
    this.#doc.addEventListener('mouseleave', safely(() => this.#setHovered(null)), opts);
  }

  readonly #onMouseMove = (e: MouseEvent): void => {
    this.#pointer = { x: e.clientX, y: e.clientY };
    if (this.#frame) return;
    this.#frame = this.#win.requestAnimationFrame(
      safely(() => {
        this.#frame = 0;
        if (this.#pointer) this.#setHovered(this.#hitTest(this.#pointer.x, this.#pointer.y));
      }),
    );
  };

  readonly #onScroll = (): void => {
    // The card follows its quote; once the quote has scrolled out of view, it goes.
    const rect = this.#hoveredRect();
    if (!rect) return;
    const outside = rect.bottom < 0 || rect.top > this.#win.innerHeight;
    if (outside) this.#setHovered(null);
    else if (this.#card.visible) this.#card.place(rect);
  };

  readonly #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.#card.visible) {
      this.#dismissedIndex = this.#hovered?.index ?? -1;
      this.#card.hide();
    }
  };

  readonly #onPageHide = safely((): void => {
    this.destroy();
  });

  #caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = this.#doc as Document & {
      caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?(x: number, y: number): Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  /** Which marked quote is under the point: the caret narrows it down, the line boxes confirm it. */
  #hitTest(x: number, y: number): { index: number; rectIndex: number } | null {
    const caret = this.#caretAt(x, y);
    for (let i = 0; i < this.#anchored.length; i++) {
      const range = this.#anchored[i]!.range;
      if (!range) continue;
      if (caret) {
        try {
          if (!range.isPointInRange(caret.node, caret.offset)) continue;
        } catch {
          /* caret in another tree (a shadow root): fall through to the rectangles */
        }
      }
      const rects = range.getClientRects();
      for (let r = 0; r < rects.length; r++) {
        const b = rects[r]!;
        if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return { index: i, rectIndex: r };
      }
    }
    return null;
  }

  #hoveredRect(): DOMRect | null {
    if (!this.#hovered) return null;
    const range = this.#anchored[this.#hovered.index]?.range;
    if (!range) return null;
    const rects = range.getClientRects();
    return rects[this.#hovered.rectIndex] ?? rects[0] ?? null;
  }

  #setHovered(hit: { index: number; rectIndex: number } | null): void {
    if (!hit) {
      this.#hovered = null;
      this.#dismissedIndex = -1;
      this.#card.hide();
      return;
    }
    const same = this.#hovered?.index === hit.index && this.#hovered.rectIndex === hit.rectIndex;
    this.#hovered = hit;
    if (hit.index === this.#dismissedIndex) return;
    const rect = this.#hoveredRect();
    if (!rect) return;
    if (same && this.#card.visible) return;
    const { quote, person } = this.#anchored[hit.index]!;
    this.#card.show(
      {
        speaker: quote.speaker,
        role: quote.role ?? person?.roles[0] ?? null,
        org: quote.org ?? person?.orgs[0] ?? null,
        quoteCount: person?.quoteIds.length ?? (quote.speaker ? this.#anchored.filter((a) => a.quote.speaker === quote.speaker).length : 0),
        confidence: quote.confidence,
      },
      rect,
    );
  }

  // ------------------------------------------------------------------ re-rendering pages

  /** Single-page apps replace text under us: when a marked quote's text changes, anchor again. */
  #watch(): void {
    if (this.#observer || !this.#report?.quotes.length) return;
    const observer = new MutationObserver(
      safely((records: MutationRecord[]) => {
        if (records.every((r) => this.#isOwnMutation(r))) return;
        // Throttled, not debounced: a page that never stops changing (a live ticker) still gets re-anchored.
        if (this.#reanchorTimer) return;
        this.#reanchorTimer = setTimeout(
          safely(() => {
            this.#reanchorTimer = null;
            this.#reanchorIfStale();
          }),
          REANCHOR_DELAY_MS,
        );
      }),
    );
    observer.observe(this.#doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.#observer = observer;
  }

  #isOwnMutation(r: MutationRecord): boolean {
    const own = (n: Node): boolean => n.nodeName.toLowerCase() === this.#card.tagName;
    return r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(own) && r.addedNodes.length + r.removedNodes.length > 0;
  }

  #reanchorIfStale(): void {
    if (this.#destroyed || !this.#report) return;
    const stale = this.#anchored.some((a) => (a.range ? isStale(a.range, a.quote.anchor.exact) : true));
    if (!stale) return;
    this.#anchorQuotes();
    this.#setHovered(null);
    this.#paint();
  }

  #withoutObserving(fn: () => void): void {
    fn();
    // Our own DOM changes (fallback mark elements) must not look like the page re-rendering.
    this.#observer?.takeRecords();
  }

  // ------------------------------------------------------------------ teardown

  /** Removes every mark, the card, the stylesheet and every listener; the DOM is as before. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    const quietly = (fn: () => void): void => {
      try {
        fn();
      } catch {
        /* keep tearing down */
      }
    };
    quietly(() => this.#observer?.disconnect());
    quietly(() => this.#reanchorTimer && clearTimeout(this.#reanchorTimer));
    quietly(() => this.#frame && this.#win.cancelAnimationFrame(this.#frame));
    quietly(() => this.#pageListeners?.abort());
    quietly(() => this.#marker?.destroy());
    quietly(() => this.#card.destroy());
    quietly(() => this.#win.removeEventListener('pagehide', this.#onPageHide, { capture: true }));
    this.#anchored = [];
    this.#report = null;
    this.#marker = null;
    quietly(() => this.#deps.onDestroyed());
  }
}
