/**
 * Who could have said a quote, and what the text says about each of them. For every quote the
 * candidates are the mentions in its paragraph and the paragraph before (names, organisations,
 * pronouns, descriptions, documents), the speaker of the previous quote, and nobody. Each
 * candidate is described by named features (where it stands, which cue it is attached to,
 * what kind of mention it is, how salient its entity is); the weights that turn features into
 * a score are fitted on annotated news (`npm run train`, src/data/attribution-weights.json),
 * not written by hand.
 */
import { isFirstName, type Entity } from './names';
import type { MarkedSpan } from './marks';
import { wordIndexAt, type Cue, type Mention, type PreparedParagraph, type Reading, sentenceOf } from './mentions';
import { resolveMention } from './resolve';

export type CandidateKind = 'mention' | 'previous' | 'none';

export interface Candidate {
  kind: CandidateKind;
  mention: Mention | null;
  /** Who the candidate stands for, when known (a pronoun or description resolved, the previous speaker). */
  entity: Entity | null;
  features: string[];
}

export interface QuoteContext {
  /** Position of the quote among the article's kept quotes. */
  index: number;
  span: MarkedSpan;
  /** The speaker chosen for the previous quote (at training time, the gold one). */
  previousSpeaker: Entity | null;
  previousSpan: MarkedSpan | null;
  /** Entities that spoke an earlier quote. */
  spokeBefore: ReadonlySet<Entity>;
}

/** Most mentions a quote is compared with. */
const MAX_CANDIDATES = 40;

/** How many times the article named an entity before the quote (a binary search in each entity's mention list). */
function mentionsBefore(r: Reading, entity: Entity, span: MarkedSpan): number {
  const list = r.mentionsOf.get(entity) ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid]!;
    if (o.para < span.para || (o.para === span.para && o.start < span.open)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};


/** Features of the quote itself, conjoined below with candidate classes. */
function quoteFeatures(r: Reading, p: PreparedParagraph, span: MarkedSpan, cues: Cue[], qs: number): string[] {
  const f: string[] = [];
  const before = p.masked.slice(0, span.open);
  const after = p.masked.slice(span.close + 1);
  if (!/[\p{L}\p{N}]/u.test(before)) f.push('opens-para');
  if (!/[\p{L}\p{N}]/u.test(after)) f.push('closes-para');
  const content = p.text.slice(span.start, span.end);
  if (/,["'’”]?$/.test(content) || /^\s*,/.test(after)) f.push('ends-comma');
  if (/[.!?]["'’”]?$/.test(content)) f.push('ends-sentence');
  // a term or a scare quote is a few words; a speaker's utterance is longer
  const length = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  f.push(`words:${bucket(length, [1, 4, 10])}`);
  if (span.continues) f.push('continues');
  if (span.runsOn) f.push('runs-on');
  if (!(r.cuesBySentence.get(qs) ?? []).some((c) => c.kind !== 'addressee')) f.push('no-cue-in-sentence');
  if (!cues.some((c) => c.kind === 'speech' || c.kind === 'according' || c.kind === 'colon')) f.push('no-cue-in-para');
  const sStart = p.sentenceStarts[qs - p.firstSentence] ?? 0;
  if (/[\p{L}\p{N}]/u.test(p.masked.slice(sStart, span.open).replace(/\uE000/g, ''))) f.push('words-before-in-sentence');
  return f;
}

/** How a mention relates to the cues of its own sentence and to the quote. */
function cueFeatures(m: Mention, p: PreparedParagraph, r: Reading, qWordStart: number, qWordEnd: number): string[] {
  const f: string[] = [];
  const mEnd = wordIndexAt(p.words, m.end);
  for (const c of r.cuesBySentence.get(m.sentence) ?? []) {
    const gapAfter = c.word - mEnd; // words between the mention and a following cue
    const gapBefore = m.word - (c.word + c.words); // words between a preceding cue and the mention
    const between = (c.word >= Math.min(mEnd, qWordEnd) && c.word < Math.max(m.word, qWordStart)) || (c.word >= qWordEnd && c.word < m.word) || (c.word >= mEnd && c.word < qWordStart);
    const tag = c.kind;
    // "the envoy, said another witness": a comma between a name and the verb after it breaks "X said"
    const gapText = gapAfter >= 0 ? p.masked.slice(m.end, p.words[c.word]!.start) : gapBefore >= 0 ? p.masked.slice(p.words[c.word + c.words - 1]!.end, m.start) : '';
    const comma = /[,;(\u2014\u2013]/.test(gapText) ? ',' : '';
    if (gapAfter >= 0 && gapAfter <= 3) f.push(`m-then-${tag}${comma}:${gapAfter}`);
    else if (gapBefore >= 0 && gapBefore <= 2) f.push(`${tag}-then-m${comma}:${gapBefore}`);
    else if (gapAfter > 3 && gapAfter <= 12) f.push(`m-then-${tag}:far`);
    else if (gapBefore > 2 && gapBefore <= 15) f.push(`${tag}-then-m:far`);
    if (between) f.push(`${tag}-between`);
  }
  return [...new Set(f)];
}

function mentionKind(m: Mention): string {
  if (m.kind === 'name') return m.text.trim().split(/\s+/).length > 1 ? 'name-full' : 'name-single';
  if (m.kind === 'pronoun') return `pronoun-${m.pronoun}`;
  return m.kind;
}

function mentionCandidate(m: Mention, q: QuoteContext, r: Reading, qp: PreparedParagraph, qs: number, qFeatures: string[]): Candidate {
  const span = q.span;
  const p = r.paragraphs[m.para]!;
  const qw0 = wordIndexAt(qp.words, span.open);
  const qw1 = wordIndexAt(qp.words, span.close + 1);
  const samePara = m.para === span.para;
  const before = samePara ? m.end <= span.open : true;
  const sameSentence = m.sentence >= qs && m.sentence <= sentenceOf(qp, span.close);
  let where: string;
  if (!samePara) where = m.sentence === qp.firstSentence - 1 ? 'prev-para-last' : 'prev-para';
  else if (sameSentence) where = before ? 'sent-before' : 'sent-after';
  else if (m.sentence === qs - 1) where = 'prev-sent';
  else if (m.sentence < qs) where = 'earlier-sent';
  else if (m.sentence === sentenceOf(qp, span.close) + 1) where = 'next-sent';
  else where = 'later-sent';
  const kind = mentionKind(m);
  const f = [`kind:${kind}`, `where:${where}`, `where:${where}|kind:${kind}`];
  if (samePara) {
    const distance = before ? qw0 - wordIndexAt(p.words, m.end) : m.word - qw1;
    f.push(`dist:${before ? 'before' : 'after'}:${bucket(distance, [0, 2, 5, 10, 20])}`);
    const between = qp.spans.filter((s) => s !== span && (before ? s.open >= m.end && s.close < span.open : s.open > span.close && s.close < m.start)).length;
    if (between) f.push(`quotes-between:${bucket(between, [1, 2])}`);
  }
  const cueF = samePara || where === 'prev-para-last' ? cueFeatures(m, p, r, samePara ? qw0 : 1e9, samePara ? qw1 : 1e9) : [];
  for (const c of cueF) f.push(`cue:${c}`, `cue:${c}|where:${where}`);
  if (!cueF.length) f.push(`no-cue|where:${where}`);
  // the last words of its sentence ("…, said another witness, former adviser Fiona Hill.")
  const sentenceEnd = p.sentenceStarts[m.sentence - p.firstSentence + 1] ?? p.masked.length;
  if (!/[\p{L}\p{N}]/u.test(p.masked.slice(m.end, sentenceEnd))) f.push('ends-sentence', `ends-sentence|where:${where}`);
  if (m.possessive) f.push('possessive');
  if (m.oblique) f.push('oblique');

  // the sentence's first mention (a pronoun before it does not count): the subject, most often
  let k = m.index - 1;
  while (k >= 0 && r.mentions[k]!.sentence === m.sentence && r.mentions[k]!.kind === 'pronoun') k--;
  if (k < 0 || r.mentions[k]!.sentence !== m.sentence || r.mentions[k]!.para !== m.para) f.push('first-in-sentence');

  // "Oklahoma City coach Billy Donovan", "White House press secretary Josh Earnest": a name that
  // only qualifies the title of the next name is not who speaks
  let next: Mention | undefined = r.mentions[m.index + 1];
  if (next?.kind === 'pronoun' || next?.para !== m.para) next = undefined;
  if (next && (next.kind === 'name' || next.kind === 'org') && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(p.masked.slice(m.end, next.start))) f.push('qualifies-next-name');
  if (m.kind === 'name') {
    if (m.entity && isFirstName(m.entity.name.split(' ')[0]!)) f.push('name:first-known');
    if (/\s/.test(m.text) && m.entity && m.text.length > m.entity.name.length) f.push('name:titled');
  }
  let entity = resolveMention(m, r);
  // "he said" with no antecedent in reach: the person quoted just before, when the pronoun fits
  if (!entity && m.kind === 'pronoun' && q.previousSpeaker?.kind === 'person' && (m.gender === null || q.previousSpeaker.gender === null || q.previousSpeaker.gender === m.gender) && (m.pronoun === 'male' || m.pronoun === 'female')) {
    entity = q.previousSpeaker;
    f.push('pronoun-to-previous-speaker');
  }
  if (entity) {
    if (entity.kind === 'person' && entity.roles.length) f.push('entity:described');
    f.push(`resolved:${entity.kind}`);
    if (entity === q.previousSpeaker) f.push('is-previous-speaker', `is-previous-speaker|where:${where}`);
    if (q.spokeBefore.has(entity)) f.push('spoke-before');
    f.push(`mentions-so-far:${bucket(mentionsBefore(r, entity, q.span), [0, 1, 3])}`);
  } else if (m.kind === 'pronoun') f.push('pronoun-unresolved');
  for (const qf of qFeatures) if (qf === 'opens-para' || qf === 'ends-comma' || qf === 'no-cue-in-sentence') f.push(`q:${qf}|where:${where}`);
  return { kind: 'mention', mention: m, entity, features: f };
}

function previousCandidate(q: QuoteContext, qp: PreparedParagraph, qFeatures: string[]): Candidate | null {
  if (!q.previousSpeaker || !q.previousSpan) return null;
  const prev = q.previousSpan;
  const gap = q.span.para - prev.para;
  const f = ['kind:previous', `previous-gap:${bucket(gap, [0, 1, 2])}`];
  if (gap === 0) {
    const between = qp.masked.slice(prev.close + 1, q.span.open);
    if (!/[\p{L}\p{N}]/u.test(between)) f.push('previous-adjacent');
  }
  for (const qf of qFeatures) f.push(`previous|q:${qf}`, `previous|q:${qf}|gap:${bucket(gap, [0, 1])}`);
  return { kind: 'previous', mention: null, entity: q.previousSpeaker, features: f };
}

function noneCandidate(qFeatures: string[]): Candidate {
  return { kind: 'none', mention: null, entity: null, features: ['kind:none', ...qFeatures.map((qf) => `none|q:${qf}`)] };
}

/** The candidates for one quote, each with its features. */
export function candidatesFor(q: QuoteContext, r: Reading): Candidate[] {
  const span = q.span;
  const qp = r.paragraphs[span.para]!;
  const qs = sentenceOf(qp, span.open);
  const qFeatures = quoteFeatures(r, qp, span, r.cuesByPara[span.para]!, qs);
  const out: Candidate[] = [];
  // the mentions near the quote: its paragraph and the one before, at most MAX_CANDIDATES of them,
  // the nearest kept, so the work per quote is bounded however long a paragraph is
  const qs0 = sentenceOf(qp, span.open);
  const window = [...(span.para > 0 ? r.mentionsByPara[span.para - 1]! : []), ...r.mentionsByPara[span.para]!]
    .map((m) => ({ m, d: Math.abs(m.sentence - qs0) * 1000 + Math.abs((m.para === span.para ? m.start : -1) - span.open) / 1000 }))
    .sort((a, b) => a.d - b.d)
    .slice(0, MAX_CANDIDATES)
    .map(({ m }) => m)
    .sort((a, b) => a.index - b.index);
  for (const m of window) out.push(mentionCandidate(m, q, r, qp, qs, qFeatures));
  const prev = previousCandidate(q, qp, qFeatures);
  if (prev) out.push(prev);
  out.push(noneCandidate(qFeatures));
  return out;
}
