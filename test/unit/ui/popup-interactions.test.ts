/** Quote hover/focus/click in the popup drive the page highlight (src/popup/interactions.ts). */
import { describe, expect, it } from 'vitest';
import type { ToContent } from '../../../src/messages';
import { wireQuoteInteractions } from '../../../src/popup/interactions';
import { renderState } from '../../../src/popup/render';
import { fakeReport } from './fake-report';
import { popupDom } from './dom-env';

function setup() {
  const env = popupDom();
  renderState(env.root, { kind: 'ready', report: fakeReport() }, env.ctx);
  const sent: ToContent[] = [];
  wireQuoteInteractions(env.root, (m) => sent.push(m));
  const W = env.window as unknown as { MouseEvent: typeof MouseEvent; FocusEvent: typeof FocusEvent };
  const quote = (id: string) => env.doc.querySelector(`.quote[data-quote-id="${id}"]`) as HTMLElement;
  const mouse = (type: string, el: Element, relatedTarget: Element | null = null) =>
    el.dispatchEvent(new W.MouseEvent(type, { bubbles: true, relatedTarget }));
  const focus = (type: string, el: Element, relatedTarget: Element | null = null) =>
    el.dispatchEvent(new W.FocusEvent(type, { bubbles: true, relatedTarget }));
  return { env, sent, quote, mouse, focus };
}

describe('popup quote interactions', () => {
  it('highlights a quote in the page on hover and clears it when the pointer leaves', () => {
    const { sent, quote, mouse, env } = setup();
    mouse('mouseover', quote('q2'));
    mouse('mouseout', quote('q2'), env.doc.body);
    expect(sent).toEqual([{ type: 'highlight-quote', quoteId: 'q2' }, { type: 'clear-highlight' }]);
  });

  it('moves the highlight straight from one quote to the next without a clear in between', () => {
    const { sent, quote, mouse } = setup();
    mouse('mouseover', quote('q2'));
    mouse('mouseout', quote('q2'), quote('q3'));
    mouse('mouseover', quote('q3'));
    expect(sent).toEqual([
      { type: 'highlight-quote', quoteId: 'q2' },
      { type: 'highlight-quote', quoteId: 'q3' },
    ]);
  });

  it('does the same for keyboard focus, so it works without a mouse', () => {
    const { sent, quote, focus } = setup();
    focus('focusin', quote('q4'));
    focus('focusout', quote('q4'), null);
    expect(sent).toEqual([{ type: 'highlight-quote', quoteId: 'q4' }, { type: 'clear-highlight' }]);
  });

  it('scrolls the page to a quote when it is clicked (or activated with Enter/Space)', () => {
    const { sent, quote } = setup();
    quote('q3').click();
    expect(sent).toEqual([{ type: 'scroll-to-quote', quoteId: 'q3' }]);
  });

  it('ignores pointer movement over anything that is not a quote', () => {
    const { sent, mouse, env } = setup();
    mouse('mouseover', env.doc.querySelector('#provenance-line')!);
    env.doc.querySelector<HTMLElement>('#provenance-line')!.click();
    expect(sent).toEqual([]);
  });
});
