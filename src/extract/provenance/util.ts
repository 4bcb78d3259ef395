/** Small text and DOM helpers shared by the provenance readers. */
import { isHiddenElement } from '../text-index';

/** Whitespace collapsed and trimmed. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** An element's text, collapsed; `max` bounds the work on hostile pages. */
export function textOf(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  return clean(raw.length > max ? raw.slice(0, max) : raw);
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…',
};

/** JSON-LD strings sometimes carry HTML entities ("&#8216;Problematic&#8217;", Yoast). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** Elements that hold navigation or page furniture, never the story's own credits. */
// Readers' comments are furniture too: their authors, dates and quotes are not the story's.
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], #comments, .comments, .comment-list, .commentlist, .comment, .comment-body, .comment-author, #disqus_thread';

export function inFurniture(el: Element): boolean {
  return el.closest(FURNITURE) !== null;
}

/** Visible (by cheap markup tests) and not in page furniture. */
export function isStoryElement(el: Element): boolean {
  return !isHiddenElement(el) && !inFurniture(el);
}

/** True when `a` comes before `b` in document order. */
export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */) !== 0;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case- and accent-insensitive key for comparing names. */
export function foldKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Shortens page text quoted as evidence. */
export function snippet(s: string, max = 120): string {
  const t = clean(s);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
