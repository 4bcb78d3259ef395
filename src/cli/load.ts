/**
 * Turns a file on disk into a Document for the engine, or a one-line reason why not.
 * HTML is decoded the way browsers do (BOM, then <meta charset>); a .txt file is read as
 * a plain-text article, one paragraph per blank-line-separated block.
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** jsdom's own complaints about the page (unparsable CSS …) are not the reader's business. */
const quietConsole = (): VirtualConsole => new VirtualConsole();

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

export interface LoadedPage {
  dom: JSDOM;
  kind: 'html' | 'text';
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  return head.includes(0);
}

/** A plain-text article as a page: one <p> per line or blank-line-separated block, in an <article>. */
export function textArticle(text: string, pageUrl = 'https://localhost/'): JSDOM {
  const dom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body><article></article></body></html>', { url: pageUrl, virtualConsole: quietConsole() });
  const doc = dom.window.document;
  const article = doc.querySelector('article')!;
  for (const block of text.split(/\r?\n\s*\r?\n|\r?\n/)) {
    const p = block.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    const el = doc.createElement('p');
    el.textContent = p;
    article.appendChild(el);
  }
  return dom;
}

/** The page's bytes with the contents of every <style> element removed (the tags stay). */
export function withoutStylesheets(buf: Buffer): Buffer {
  // latin1 maps bytes 1:1, so the page's own encoding survives the round trip
  return Buffer.from(buf.toString('latin1').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2'), 'latin1');
}

export function loadPage(path: string, url?: string): LoadedPage {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: no such file`);
  }
  if (size === 0) throw new InputError(`${path}: the file is empty`);
  if (size > MAX_INPUT_BYTES) throw new InputError(`${path}: ${(size / 1048576).toFixed(0)} MB is larger than the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  const buf = readFileSync(path);
  if (looksBinary(buf)) throw new InputError(`${path}: binary data, not an HTML page or text`);
  const pageUrl = url ?? 'https://localhost/';

  if (/\.txt$/i.test(path)) {
    if (!isValidUtf8(buf)) throw new InputError(`${path}: text file is not UTF-8`);
    const text = buf.toString('utf8');
    if (!text.trim()) throw new InputError(`${path}: the file has no text`);
    return { dom: textArticle(text, pageUrl), kind: 'text' };
  }

  const head = buf.subarray(0, 4096).toString('latin1');
  if (!/<\s*(?:!doctype|html|head|body|meta|title|div|p|article)\b/i.test(buf.subarray(0, 65536).toString('latin1'))) {
    throw new InputError(`${path}: no HTML markup found (is it an HTML page?)`);
  }
  const declaresCharset = /<meta[^>]+charset\s*=|^\xEF\xBB\xBF|^\xFE\xFF|^\xFF\xFE/i.test(head);
  if (!declaresCharset && !isValidUtf8(buf)) {
    throw new InputError(`${path}: not UTF-8 and no charset declared in the page`);
  }
  // jsdom sniffs the BOM and <meta charset> when given bytes, as a browser would. A saved page
  // whose non-ASCII bytes are valid UTF-8 was re-encoded when saved (legacy GB2312/Latin-1 text is
  // practically never valid UTF-8), so its stale <meta charset> would only produce mojibake.
  const savedAsUtf8 = buf.some((b) => b > 0x7f) && isValidUtf8(buf);
  const options = { url: pageUrl, contentType: savedAsUtf8 ? 'text/html; charset=utf-8' : 'text/html', virtualConsole: quietConsole() };
  try {
    return { dom: new JSDOM(buf, options), kind: 'html' };
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(`${path}: the page nests its elements too deeply for the HTML parser (${e.message})`);
    // jsdom parses every <style> as it builds the page, and its CSS parser throws on some
    // stylesheets a browser shrugs off (SCSS left in production CSS: "calc(($a - $b) / 16)").
    // The engine reads no CSS, so the page is read again with its stylesheets emptied.
    try {
      return { dom: new JSDOM(withoutStylesheets(buf), options), kind: 'html' };
    } catch {
      throw new InputError(`${path}: the HTML parser could not read the page (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    }
  }
}
