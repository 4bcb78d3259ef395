/** Quotes grouped by resolved speaker into people, and the one-line sourcing counts. */
import type { Person, PersonKind, Quote, Sourcing } from '../../report';
import { fold, ROLE_KINDS } from './lexicon';
import type { Entity } from './names';

const KIND_ORDER: PersonKind[] = ['journalist', 'expert', 'civil-society', 'official'];

/** The kind of source, from the role and organisation words the article prints. */
export function kindOf(e: Entity): PersonKind {
  const text = ` ${fold([...e.roles, ...e.orgs, e.kind === 'org' ? e.name : '', ...(e.kind === 'org' ? e.aliases : [])].join(' '))} `;
  const hits = new Map<string, number>();
  for (const { kind, words } of ROLE_KINDS) {
    if (kind === 'other') continue;
    for (const w of words) {
      const k = text.indexOf(w);
      if (k >= 0 && !/[\p{L}]/u.test(text[k - 1] ?? ' ') && !/[\p{L}]/u.test(text[k + w.length] ?? ' ')) {
        hits.set(kind, Math.min(hits.get(kind) ?? Infinity, k));
      }
    }
  }
  // the most specific kind wins ("UN programme manager" is civil-society only if no official word)
  for (const k of KIND_ORDER) if (hits.has(k)) return k;
  return 'other';
}

export function buildPeople(quotes: Quote[], speakerOf: Map<string, Entity>): Person[] {
  const people = new Map<Entity, Person>();
  for (const q of quotes) {
    const e = speakerOf.get(q.id);
    if (!e) continue;
    let p = people.get(e);
    if (!p) {
      p = {
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name),
        roles: [...e.roles],
        orgs: [...e.orgs],
        kind: kindOf(e),
        quoteIds: [],
      };
      if (e.kind === 'org') p.isOrganisation = true;
      people.set(e, p);
    }
    p.quoteIds.push(q.id);
    if (q.role && !p.roles.includes(q.role)) p.roles.push(q.role);
    if (q.org && !p.orgs.includes(q.org)) p.orgs.push(q.org);
  }
  return [...people.values()];
}

export function countSourcing(quotes: Quote[], people: Person[]): Sourcing {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const s: Sourcing = {
    named: 0, anonymous: 0, unattributed: 0, namedSources: people.length, officials: 0, experts: 0,
    civilSociety: 0, journalists: 0, other: 0, partialOnly: 0, totalQuotes: quotes.length,
  };
  for (const q of quotes) {
    if (q.speaker) s.named++;
    else if (q.attribution === 'anonymous') s.anonymous++;
    else s.unattributed++;
  }
  for (const p of people) {
    if (p.kind === 'official') s.officials++;
    else if (p.kind === 'expert') s.experts++;
    else if (p.kind === 'civil-society') s.civilSociety++;
    else if (p.kind === 'journalist') s.journalists++;
    else s.other++;
    if (p.quoteIds.every((id) => byId.get(id)?.partial)) s.partialOnly++;
  }
  return s;
}
