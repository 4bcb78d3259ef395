/** `<meta>` tags indexed by name/property, lower-cased, in document order. */
import type { Budget } from './budget';

export type MetaIndex = Map<string, string[]>;

/** More `<meta>` tags than any real page has (big news sites ship 100–300). */
const MAX_META_TAGS = 5000;
/** Longer than any real description; a hostile 5 MB `content` is cut here. */
const MAX_CONTENT_CHARS = 10_000;

export function readMeta(doc: Document, budget?: Budget): MetaIndex {
  const index: MetaIndex = new Map();
  const tags = doc.getElementsByTagName('meta');
  const count = Math.min(tags.length, MAX_META_TAGS);
  if (tags.length > MAX_META_TAGS) budget?.hit();
  for (let i = 0; i < count; i++) {
    const el = tags[i]!;
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = el.getAttribute('content')?.slice(0, MAX_CONTENT_CHARS).trim();
    if (!key || !content) continue;
    const list = index.get(key);
    if (list) list.push(content);
    else index.set(key, [content]);
  }
  return index;
}
