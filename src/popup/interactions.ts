/**
 * Quote hover/focus/click in the popup → highlight/scroll in the page. One delegated
 * listener set on `#state`, so re-rendering never leaves stale handlers.
 */
import type { ToContent } from '../messages';
import { closestFrom } from './dom';

/** Wires the quote buttons under `root`; `send` delivers a message to the tab's content script. */
export function wireQuoteInteractions(root: HTMLElement, send: (msg: ToContent) => void): void {
  let current: string | null = null;

  const quoteOf = (target: EventTarget | null): HTMLElement | null => closestFrom(target, '.quote[data-quote-id]');

  const enter = (e: Event): void => {
    const id = quoteOf(e.target)?.dataset.quoteId;
    if (!id || id === current) return;
    current = id;
    send({ type: 'highlight-quote', quoteId: id });
  };
  const leave = (e: Event): void => {
    const from = quoteOf(e.target);
    const to = quoteOf((e as MouseEvent | FocusEvent).relatedTarget);
    if (!from || from === to || current === null) return;
    // Moving straight onto another quote: its `enter` sends the new highlight.
    if (to) return;
    current = null;
    send({ type: 'clear-highlight' });
  };

  root.addEventListener('mouseover', enter);
  root.addEventListener('focusin', enter);
  root.addEventListener('mouseout', leave);
  root.addEventListener('focusout', leave);
  root.addEventListener('click', (e) => {
    const id = quoteOf(e.target)?.dataset.quoteId;
    if (id) send({ type: 'scroll-to-quote', quoteId: id });
  });
}
