/**
 * JSON-LD reading, tolerant of what real pages ship: several blocks, `@graph`, arrays,
 * CDATA wrappers, one broken block next to good ones, and hostile data (`__proto__`
 * keys, cycles, absurd nesting). Everything returned is a fresh copy of the parsed JSON
 * without the keys that could reach an object prototype (`__proto__`, `constructor`,
 * `prototype`), cut at a fixed depth and width, so page data stays data.
 * `@id` references are never followed recursively: `deref` makes exactly one hop, so
 * cyclic references cannot loop.
 */
import type { Budget } from './budget';

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** One JSON-LD node (an object with an `@type` or `@id`), flattened out of its block. */
export type JsonLdNode = JsonObject;

/** Deeper than any real schema.org graph; the recursion below never goes further. */
const MAX_DEPTH = 24;
/** Array items and object keys kept per level (real pages stay far below). */
const MAX_WIDTH = 1000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Copies parsed JSON, dropping prototype-polluting keys and anything nested too deep or too wide. */
function sanitize(value: unknown, depth: number): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.slice(0, MAX_WIDTH).map((v) => sanitize(v, depth + 1));
  if (typeof value === 'object') {
    const out: JsonObject = {};
    let kept = 0;
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) continue;
      if (++kept > MAX_WIDTH) break;
      // defineProperty, not assignment: no key can ever invoke a setter on the copy.
      Object.defineProperty(out, k, {
        value: sanitize((value as Record<string, unknown>)[k], depth + 1),
        enumerable: true, writable: true, configurable: true,
      });
    }
    return out;
  }
  return null;
}

/** Parses one block's text; null when it is not JSON (after the usual repairs). */
export function parseJsonLdText(raw: string): JsonValue | null {
  let text = raw.trim();
  // Some CMSs wrap the JSON in CDATA or HTML comments.
  text = text.replace(/^\s*(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\]\]>|-->)\s*$/, '').trim();
  if (!text) return null;
  try {
    return sanitize(JSON.parse(text), 0);
  } catch {
    // A frequent breakage: raw control characters (newlines/tabs) inside strings.
    try {
       
      return sanitize(JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')), 0);
    } catch {
      return null;
    }
  }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects every node of a parsed block: top-level objects, arrays, `@graph` members. */
function collectNodes(value: JsonValue, out: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const graph = value['@graph'];
  if (graph !== undefined) collectNodes(graph, out, depth + 1);
  if (value['@type'] !== undefined || value['@id'] !== undefined) out.push(value);
}

export interface JsonLdResult {
  nodes: JsonLdNode[];
  /** Blocks that could not be parsed (reported, not fatal). */
  brokenBlocks: number;
}

/** Reads every `<script type="application/ld+json">` block in the document. */
export function readJsonLd(doc: Document, budget: Budget): JsonLdResult {
  const nodes: JsonLdNode[] = [];
  let brokenBlocks = 0;
  let seen = 0;
  let charsRead = 0;
  // getElementsByTagName, not a selector: several times faster on pages with 100k elements.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    // `type="application/ld+json; charset=utf-8"` is seen in the wild too.
    if (!/^\s*application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    if (++seen > budget.limits.jsonLdBlocks) {
      budget.hit();
      break;
    }
    const text = script.textContent ?? '';
    if (text.length > budget.limits.jsonLdChars) {
      budget.hit();
      continue;
    }
    charsRead += text.length;
    if (charsRead > budget.limits.jsonLdTotalChars) {
      budget.hit();
      break;
    }
    const parsed = parseJsonLdText(text);
    if (parsed === null) {
      brokenBlocks++;
      continue;
    }
    collectNodes(parsed, nodes, 0);
  }
  return { nodes, brokenBlocks };
}

/** The node's `@type` values as an array of strings. */
export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Index of nodes by `@id`, to resolve references such as `{"@id": "#organization"}`. */
export function indexById(nodes: JsonLdNode[]): Map<string, JsonLdNode> {
  const map = new Map<string, JsonLdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && !map.has(id)) map.set(id, n);
  }
  return map;
}

/**
 * Follows a `{"@id": …}` reference to its full node (one hop; cycles cannot loop because
 * nothing here recurses through references).
 */
export function deref(value: JsonValue | undefined, byId: Map<string, JsonLdNode>): JsonValue | undefined {
  if (isObject(value)) {
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length <= 2) return byId.get(id) ?? value;
  }
  return value;
}

/** A property as a list of values (JSON-LD allows one value or an array). */
export function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A plain string from a value that should be text (string, or `{name}`/`{@value}`).
 * Numbers are not text: `"author": 42` gives null, not a byline "42".
 */
export function asText(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) {
    const v = value['@value'] ?? value['name'];
    if (typeof v === 'string') return v.trim() || null;
  }
  return null;
}
