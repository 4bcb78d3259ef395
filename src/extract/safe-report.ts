/**
 * The last pass over every report, whatever the extractors produced: page data stays
 * data when it reaches the popup, the hover card or another tool reading the JSON.
 *
 * The rules (tested in test/unit/engine/safe-report.test.ts and test/hostile/):
 * - Every `url` field is an absolute http(s) URL without user:password, or null —
 *   never `javascript:`, `data:`, `file:` or a relative path.
 * - Names and labels (speakers, people, bylines, publisher, agencies, dateline, story
 *   label, titles, evidence …) lose bidi controls (overrides, embeddings, isolates,
 *   marks) and invisible characters (zero-width space/joiners, word joiner, BOM, soft
 *   hyphen, tag characters, control characters): no real name needs them, and with them
 *   "Reuters" and "Reu\u200Bters" would look the same but count as two sources, or an
 *   override would reverse the text shown after the name. Whitespace is collapsed and the
 *   length capped.
 * - Quote text keeps what the reader saw: bidi controls stay (the quote must read as it
 *   does on the page) but every embedding, override or isolate left open is closed at
 *   the end, so it cannot reorder anything displayed after the quote. Invisible
 *   characters other than the joiners that scripts need (ZWJ, ZWNJ) are removed.
 * - `anchor` is left byte-for-byte as found: it must match the page's text to re-anchor,
 *   and it is never displayed.
 * - Numbers are finite; `confidence` is within 0..1.
 */
import type { Report } from '../report';

/** Bidi embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Invisible characters with no place in a name, and control characters. */
 
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;
/** As INVISIBLE, minus ZWNJ/ZWJ, which Persian, Indic scripts and emoji need inside running text. */
 
const INVISIBLE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u034F\u180E\u200B\u2060-\u2064\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;

const MAX_LABEL_CHARS = 1000;
const MAX_ARRAY_ITEMS = 1000;
/** The report is a few levels deep; anything deeper is not ours and is dropped. */
const MAX_DEPTH = 8;

/** A name or label as it may be shown: no bidi controls, no invisible characters, one line. */
export function cleanLabel(s: string): string {
  const out = s.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return out.length > MAX_LABEL_CHARS ? `${out.slice(0, MAX_LABEL_CHARS - 1)}…` : out;
}

/** Quote text as the reader saw it, with every open bidi embedding/override/isolate closed. */
export function cleanQuoteText(s: string): string {
  const text = s.replace(INVISIBLE_IN_TEXT, '');
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  const open: string[] = []; // closers owed, innermost last
  for (const ch of text) {
    if (ch === '\u202A' || ch === '\u202B' || ch === '\u202D' || ch === '\u202E') open.push('\u202C');
    else if (ch >= '\u2066' && ch <= '\u2068') open.push('\u2069');
    else if (ch === '\u202C' && open[open.length - 1] === '\u202C') open.pop();
    else if (ch === '\u2069' && open.includes('\u2069')) {
      // PDI closes its isolate and every embedding opened inside it.
      while (open.pop() !== '\u2069');
    }
  }
  return text + open.reverse().join('');
}

/** An absolute http(s) URL without credentials, or null. Relative URLs resolve against `base`. */
export function safeUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  let u: URL;
  try {
    u = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) {
    // "https://bbc.co.uk@evil.example/" must not read as bbc.co.uk.
    u.username = '';
    u.password = '';
    return u.href;
  }
  // Keep a plain absolute URL exactly as the page wrote it; otherwise the parser's form.
  return /^https?:\/\/[\x21-\x7E]+$/.test(value) ? value : u.href;
}

function cleanValue(value: unknown, key: string, inQuote: boolean, base: string | null, depth: number): unknown {
  if (typeof value === 'string') {
    if (key === 'url') return safeUrl(value, base);
    if (inQuote && key === 'text') return cleanQuoteText(value);
    return cleanLabel(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 0;
    return key === 'confidence' ? Math.min(1, Math.max(0, value)) : value;
  }
  if (value === null || typeof value === 'boolean') return value;
  if (key === 'url') return null;
  if (depth > MAX_DEPTH || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ARRAY_ITEMS).map((v) => cleanValue(v, key, inQuote, base, depth + 1));
  }
  if (key === 'anchor') return { ...(value) };
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    if (k === '__proto__') continue;
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined || typeof v === 'function') continue;
    out[k] = cleanValue(v, k, key === 'quotes', base, depth + 1);
  }
  return out;
}

/** A copy of `report` that keeps every field and follows the rules above. */
export function safeReport(report: Report): Report {
  const url = safeUrl(report.url);
  const out = cleanValue({ ...report, url }, '', false, url, 0) as Report;
  // Arrays cut at MAX_ARRAY_ITEMS mean the report holds less than was found.
  if (hasLongArray(report)) out.truncated = true;
  return out;
}

function hasLongArray(report: Report): boolean {
  return Object.values(report).some((v) => Array.isArray(v) && v.length > MAX_ARRAY_ITEMS);
}
