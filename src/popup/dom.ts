/**
 * A tiny element builder. Strings always become text nodes, so page-derived text can never
 * become markup; attributes are set one by one and links go through `safeHttpUrl` first.
 */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
}

/** The URL as a string when it is http(s), else null (`javascript:`, `data:` … never become links). */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab without giving the page a handle on ours. */
export function externalLink(doc: Document, href: string, ...children: Child[]): HTMLAnchorElement {
  return h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, ...children);
}

/** `target.closest(selector)` for an event target; duck-typed so it works across documents (and in jsdom tests). */
export function closestFrom<E extends Element = HTMLElement>(target: EventTarget | null, selector: string): E | null {
  const el = target as Partial<Element> | null;
  return typeof el?.closest === 'function' ? el.closest<E>(selector) : null;
}
