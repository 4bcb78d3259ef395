/**
 * The nouns that head a person's description ("program administrator for …" → administrator,
 * "retired aerospace executive" → executive, "the executive director at …" → director), counted
 * on the train splits: the labelled roles of the page corpus's train split, and the appositives in
 * PolNeAR train's source spans ("Chris Weston, chief market strategist in Melbourne at IG Ltd.,").
 * A head seen at least `minCount` times goes to src/data/role-heads.json, which the role reader
 * accepts beside the hand-made role words.
 */
const LINKS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'who', 'and', 'de', 'der', 'des', 'von', 'bei', 'du', 'del', 'da', 'do']);
const LEADING = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'then', 'now', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'el', 'un', 'une']);

// Words that end a description's noun phrase without being its head: pronouns, quantifiers.
const NOT_HEADS = new Set(['one', 'some', 'others', 'other', 'many', 'all', 'both', 'herself', 'himself', 'themselves', 'who', 'that', 'which', 'this', 'these', 'those']);

/**
 * The head noun of one description: the last word before its first linking word. It must be
 * written as a common noun (lower case, or an acronym such as CEO): a capitalised word there is a
 * name or a place ("Ellen", "Liverpool"), and a word ending in -ed or -ing is a verb.
 */
export function roleHead(description: string): string | null {
  const words = description.replace(/['’]s\b/g, '').replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  const cut = words.findIndex((w, i) => i > 0 && LINKS.has(w.toLowerCase()));
  const phrase = (cut > 0 ? words.slice(0, cut) : words).filter((w) => !LEADING.has(w.toLowerCase()));
  const head = phrase[phrase.length - 1];
  if (!head || head.length < 2 || head.length > 30 || !/^\p{L}/u.test(head)) return null;
  const acronym = /^\p{Lu}{2,5}$/u.test(head);
  if (!acronym && head !== head.toLowerCase()) return null;
  const lower = head.toLowerCase();
  if (NOT_HEADS.has(lower) || (!acronym && /(?:ed|ing)$/u.test(lower))) return null;
  return lower;
}

/** "Name, description," in a source span: the description. */
export function appositive(source: string): string | null {
  const m = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3},\s+([^,]{3,120})/u.exec(source.trim());
  return m ? m[1]! : null;
}

export function countRoleHeads(descriptions: string[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const d of descriptions)
    for (const part of d.split(/;\s*/)) {
      const h = roleHead(part);
      if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
  return [...counts].filter(([, n]) => n >= minCount).map(([h]) => h).sort();
}
