/** A fresh jsdom popup document for each test (the unit project runs in the node environment). */
import { JSDOM } from 'jsdom';
import { englishMessages } from '../../../src/present/messages';
import type { RenderContext } from '../../../src/popup/render';

export function popupDom(): { doc: Document; root: HTMLElement; ctx: RenderContext; window: Window } {
  const dom = new JSDOM('<!doctype html><html><body><main id="state" data-state="loading"></main></body></html>');
  const doc = dom.window.document;
  const root = doc.getElementById('state') as HTMLElement;
  const ctx: RenderContext = { doc, t: englishMessages, locale: 'en-GB', now: new Date('2024-08-29T12:00:00Z'), exportFormat: 'json' };
  return { doc, root, ctx, window: dom.window as unknown as Window };
}
