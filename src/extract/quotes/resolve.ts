/**
 * Who a mention stands for: a name is its entity; "she" the latest woman (or person of unknown
 * gender) named as a subject before it; "it"/"they" the latest organisation; "the spokeswoman"
 * the latest person the article described with that word; "the ministry" the latest
 * organisation with that head word. Null when unsure: an unresolved source is left unnamed.
 */
import type { Entity } from './names';
import type { Mention, Reading } from './mentions';
import { fold, ORG_WORDS, isGermanOrgNoun } from './lexicon';

/** How far back an antecedent may be: this paragraph and the two before it. */
const PARAGRAPHS_BACK = 2;

const cache = new WeakMap<Reading, Map<number, Entity | null>>();

function antecedent(m: Mention, r: Reading, fits: (e: Entity) => boolean): Entity | null {
  let found: Mention | null = null;
  for (let i = m.index - 1; i >= 0; i--) {
    const o = r.mentions[i]!;
    if (m.para - o.para > PARAGRAPHS_BACK) break;
    if (!o.entity || o.kind === 'pronoun') continue;
    if (!found) {
      if (!o.oblique && !o.possessive && fits(o.entity)) found = o;
      continue;
    }
    // within the sentence found, the leftmost fitting subject ("Smith told Jones that he …" → Smith)
    if (o.sentence !== found.sentence) break;
    if (!o.oblique && !o.possessive && fits(o.entity)) found = o;
  }
  return found?.entity ?? null;
}

function resolvePronoun(m: Mention, r: Reading): Entity | null {
  if (m.pronoun === 'male' || m.pronoun === 'female') {
    const want = m.pronoun === 'female' ? 'f' : 'm';
    return (
      antecedent(m, r, (e) => e.kind === 'person' && e.gender === want) ??
      antecedent(m, r, (e) => e.kind === 'person' && e.gender === null)
    );
  }
  if (m.pronoun === 'organisation' || m.pronoun === 'plural') return antecedent(m, r, (e) => e.kind === 'org');
  return null;
}

function resolveDescription(m: Mention, r: Reading): Entity | null {
  const words = fold(m.text).split(/\s+/);
  const head = words[words.length - 1]!;
  if (ORG_WORDS.has(head) || isGermanOrgNoun(m.text.split(/\s+/).pop() ?? '')) {
    return antecedent(m, r, (e) => e.kind === 'org' && fold(e.name).split(/\s+/).some((w) => w === head || (head.length >= 5 && w.endsWith(head))));
  }
  // "the spokeswoman" after "OHCHR spokeswoman Ravina Shamdasani"; not "a spokeswoman" (someone new)
  if (/^(?:a|an|ein|eine|einer|un|une|um|uma)$/.test(words[0]!)) return null;
  return antecedent(m, r, (e) => e.kind === 'person' && e.roles.some((role) => fold(role).split(/[^\p{L}-]+/u).includes(head)));
}

export function resolveMention(m: Mention, r: Reading): Entity | null {
  let memo = cache.get(r);
  if (!memo) cache.set(r, (memo = new Map<number, Entity | null>()));
  if (memo.has(m.index)) return memo.get(m.index)!;
  const e = m.entity ?? (m.kind === 'pronoun' ? resolvePronoun(m, r) : m.kind === 'description' ? resolveDescription(m, r) : null);
  memo.set(m.index, e);
  return e;
}
