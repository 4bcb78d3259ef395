/** `<meta>` tags indexed by name/property, lower-cased, in document order. */
export type MetaIndex = Map<string, string[]>;

export function readMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const list = index.get(key);
    if (list) list.push(content);
    else index.set(key, [content]);
  }
  return index;
}

/** The first value of the first key present. */
export function metaFirst(meta: MetaIndex, ...keys: string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const v = meta.get(key.toLowerCase());
    if (v?.length) return { key, value: v[0]! };
  }
  return null;
}
