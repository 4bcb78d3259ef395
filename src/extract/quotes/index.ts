/** Direct quotes, their speakers, people and the sourcing summary. (Issue #4.) */
import { lastAtOrBefore } from '../sorted';
import type { PageContext } from '../page';
import type { ArticleDecision } from '../article';
import type { Person, Quote, Sourcing } from '../../report';
import type { Budget } from '../budget';
import { readQuoteText, toIndexOffset, type Paragraph, type QuoteText } from './paragraphs';
import { findMarkedSpans, type MarkedSpan } from './marks';
import { tokenize, findRuns, runName, genderFromRole, Registry, type Entity, type Mention } from './names';
import { cueAfter, cueBefore, perfectCue, type Cue } from './cues';
import { parseSpeakerNp, describeMention, type SpeakerGuess } from './speaker-np';
import { fold, SPEECH_VERBS, TITLE_TRIGGERS, REPORTED_SPEECH_VERBS, type Gender, type PronounKind } from './lexicon';
import { buildPeople, countSourcing } from './people';
import { documentBeforeQuote, lastDocumentIn, POINTS_BACK_TO_DOCUMENT } from './documents';

export interface QuoteFields {
  quotes: Quote[];
  people: Person[];
  sourcing: Sourcing;
}

export function emptySourcing(): Sourcing {
  return {
    named: 0, anonymous: 0, unattributed: 0, namedSources: 0, officials: 0, experts: 0,
    civilSociety: 0, journalists: 0, other: 0, partialOnly: 0, totalQuotes: 0,
  };
}

const MASK = '\uE000';
const ANCHOR_CONTEXT = 32;
/** Characters around a quote read for its cue: attribution never rereads a whole paragraph. */
const CUE_WINDOW = 300;
const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|jr|sr|gen|sen|rep|gov|lt|col|capt|sgt|prof|rev|no|vs|etc|inc|corp|co|ltd|jan|feb|aug|sept|oct|nov|dec|del|u\.s|u\.k|u\.n|\p{Lu})$/iu;

const GERMAN_MONTH = /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/** One paragraph prepared for attribution: quotes masked, sentence starts known. */
interface Prepared {
  para: Paragraph;
  masked: string;
  /** Global offset of the paragraph (paragraphs joined with one separator). */
  base: number;
  sentenceStarts: number[];
  firstSentence: number;
}

interface Attribution {
  entity: Entity | null;
  role: string | null;
  org: string | null;
  how: string;
  confidence: number;
  anonymous: boolean;
}

/** The page's quotes, read and attributed in one go (the CLI and tests; the extension splits the two). */
export function extractQuotes(ctx: PageContext, article: ArticleDecision): QuoteFields {
  return attributeQuotes(readQuoteText(ctx, article).quoteText, ctx.budget);
}

/**
 * Finds the direct quotes in the article's paragraphs and credits each to its speaker.
 * Pure string work on what `readQuoteText` read from the page: no DOM, so it can run
 * outside the page (the extension's background) as well as beside the reading (CLI).
 */
export function attributeQuotes(text: QuoteText, budget: Budget): QuoteFields {
  const { paragraphs, indexText } = text;
  const spans = findMarkedSpans(paragraphs.map((p) => p.text), (n) => budget.scan(n));

  const spansByPara = new Map<number, MarkedSpan[]>();
  for (const s of spans) {
    const list = spansByPara.get(s.para) ?? [];
    list.push(s);
    spansByPara.set(s.para, list);
  }
  const prepared = prepare(paragraphs, spansByPara);
  const registry = new Registry();
  const mentions = collectMentions(prepared, registry);

  const quotes: Quote[] = [];
  const speakerOf = new Map<string, Entity>();
  const attributions: (Attribution | null)[] = [];
  const kept: MarkedSpan[] = [];
  const limit = budget.limits.quotes;
  for (const span of spans) {
    const prep = prepared[span.para]!;
    const raw = prep.para.text;
    const content = raw.slice(span.start, span.end);
    const sStart = Math.max(sentenceStartBefore(prep, span.open), span.open - CUE_WINDOW);
    const before = prep.masked.slice(sStart, span.open);
    const afterEnd = Math.min(sentenceEndAfter(prep, span.close + 1), span.close + 1 + CUE_WINDOW);
    const after = span.runsOn ? '' : prep.masked.slice(span.close + 1, afterEnd);
    if (isNotAQuote(content, before, after)) continue;
    if (quotes.length >= limit) {
      budget.hit();
      break;
    }
    const closed = /[.!?\u2026]["'’”]?$/.test(content);
    const attribution =
      attribute(span, prep, before, sStart, after, closed, registry, mentions, prepared) ??
      (opensParagraph(prep, span) && span.para > 0 ? attributeFromLeadIn(prepared[span.para - 1]!, registry, mentions) : null);
    const partial = !span.continues && !span.runsOn && isEmbedded(before, after, attribution);
    const start = toIndexOffset(prep.para, span.start);
    const end = toIndexOffset(prep.para, span.end - 1) + 1;
    const id = `q${quotes.length + 1}`;
    const exact = indexText.slice(start, end);
    quotes.push({
      id,
      // Runs of white space read as one space; U+FEFF (which JS counts as \s) is invisible, not a space.
      text: exact.replace(/[^\S\uFEFF]+/g, ' '),
      speaker: null,
      role: null,
      org: null,
      partial,
      confidence: 0,
      anchor: {
        exact,
        prefix: indexText.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
        suffix: indexText.slice(end, end + ANCHOR_CONTEXT),
        start,
        end,
      },
    });
    attributions.push(attribution);
    kept.push(span);
  }

  fillContinuations(kept, attributions, prepared, mentions);
  kept.forEach((span, i) => {
    if (!attributions[i]) attributions[i] = reportedSpeechSource(span, i, kept, attributions, prepared, registry, mentions);
    if (!attributions[i]) attributions[i] = organisationSpeakingAsWe(span, prepared, mentions);
    if (!attributions[i]) attributions[i] = sourceInNextSentence(span, prepared, registry, mentions);
  });

  quotes.forEach((q, i) => {
    const a = attributions[i];
    if (!a) return;
    if (a.entity) {
      q.speaker = a.entity.name;
      speakerOf.set(q.id, a.entity);
    }
    q.role = joinRoles(a.role, a.entity?.kind === 'person' ? a.entity.roles : []);
    q.org = a.org ?? (a.entity ? a.entity.orgs[0] ?? null : null);
    q.confidence = a.confidence;
    q.attribution = a.how;
  });
  const people = buildPeople(quotes, speakerOf);
  return { quotes, people, sourcing: countSourcing(quotes, people) };
}

/** Most descriptions shown for one quote: the one at the attribution first, then the others the article gives. */
const MAX_ROLES = 3;

/** The person's descriptions, joined with "; " as the labels do ("whale expert; elder of the Ngātiwai tribe"). */
function joinRoles(atCue: string | null, known: string[]): string | null {
  const roles: string[] = [];
  for (const r of [atCue, ...known]) {
    if (!r) continue;
    const f = fold(r);
    // "Ambassador" adds nothing next to "ambassador to the European Union": the longer one stays
    const shorter = roles.findIndex((x) => f.includes(fold(x)));
    if (shorter >= 0) roles[shorter] = r;
    else if (!roles.some((x) => fold(x).includes(f)) && roles.length < MAX_ROLES) roles.push(r);
  }
  return roles.length ? roles.join('; ') : null;
}

// ---------- paragraphs: masks and sentences ----------

function prepare(paragraphs: Paragraph[], spansByPara: Map<number, MarkedSpan[]>): Prepared[] {
  const out: Prepared[] = [];
  let base = 0;
  let sentence = 0;
  paragraphs.forEach((para, p) => {
    const spans = spansByPara.get(p) ?? [];
    let masked = '';
    let at = 0;
    for (const s of spans) {
      masked += para.text.slice(at, s.open) + MASK.repeat(Math.min(para.text.length, s.close + 1) - s.open);
      at = Math.min(para.text.length, s.close + 1);
    }
    masked += para.text.slice(at);
    const starts = [0];
    // sentence ends outside quotes, and after quotes that end a sentence themselves
    const ends = /[.!?](?=\s+["“„«\u2018\p{Lu}\uE000])/gu;
    for (const m of masked.matchAll(ends)) {
      if (ABBREVIATIONS.test(masked.slice(Math.max(0, m.index - 5), m.index))) continue;
      if (/(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}$/u.test(masked.slice(Math.max(0, m.index - 8), m.index))) continue; // initials "G.K. Butterfield"
      // a German date ("am 14. Juli 2011") does not end the sentence
      if (/(?:^|\s)\d{1,2}$/.test(masked.slice(Math.max(0, m.index - 3), m.index)) && GERMAN_MONTH.test(masked.slice(m.index + 1, m.index + 14))) continue;
      starts.push(m.index + 1);
    }
    for (const s of spans) {
      if (/[.!?]$/.test(para.text.slice(s.start, s.end)) && /^\s+\p{Lu}/u.test(masked.slice(s.close + 1, s.close + 4))) starts.push(s.close + 1);
    }
    starts.sort((a, b) => a - b);
    out.push({ para, masked, base, sentenceStarts: starts, firstSentence: sentence });
    sentence += starts.length;
    base += para.text.length + 1;
  });
  return out;
}

const sentenceIndex = (prep: Prepared, pos: number): number => lastAtOrBefore(prep.sentenceStarts, pos);

const sentenceStartBefore = (prep: Prepared, pos: number): number => prep.sentenceStarts[sentenceIndex(prep, pos)]!;

/** End of the sentence that goes on after `pos` (a boundary exactly at `pos` does not count). */
function sentenceEndAfter(prep: Prepared, pos: number): number {
  const i = sentenceIndex(prep, pos);
  const s = prep.sentenceStarts;
  const next = s[i]! > pos ? s[i] : s[i + 1];
  return next ?? prep.masked.length;
}

// ---------- names and mentions ----------

const PREPOSITIONS = new Set(['by', 'of', 'to', 'with', 'from', 'for', 'against', 'about', 'on', 'at', 'in', 'between', 'than', 'like', 'under', 'over', 'von', 'mit', 'für', 'gegen', 'de', 'à', 'avec', 'contre', 'por', 'con', 'para', 'com']);

function collectMentions(prepared: Prepared[], registry: Registry): Mention[] {
  const mentions: Mention[] = [];
  const tokensOf = prepared.map((prep) => tokenize(prep.masked));
  for (const tokens of tokensOf) for (const t of tokens) if (/^\p{Ll}/u.test(t.text)) registry.common.add(t.text);
  for (const [k, prep] of prepared.entries()) {
    const text = prep.masked;
    const tokens = tokensOf[k]!;
    const runs = findRuns(text, tokens, registry.common);
    let t = 0;
    for (const run of runs) {
      let entity: Entity | undefined;
      if (run.kind === 'person') entity = registry.person(run);
      else if (run.kind === 'org') entity = registry.findOrg(runName(run)) ?? registry.org(runName(run));
      else if (run.kind === 'acronym') entity = registry.findOrg(runName(run)) ?? registry.org(runName(run));
      else {
        entity = registry.known(run.tokens[0]!.text);
        if (!entity && run.titles.length) entity = registry.person(run);
      }
      if (!entity) continue;
      // "(OHCHR)" right after a name: an alias of that organisation
      const paren = /^\s*\((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(text.slice(run.end, run.end + 12));
      if (paren && entity.kind === 'org') registry.alias(entity, paren[1]!);
      while (t < tokens.length && tokens[t]!.end <= run.start) t++;
      const prevWord = t > 0 ? fold(tokens[t - 1]!.text) : '';
      const preceding = text.slice(Math.max(0, run.start - 40), run.start);
      if (entity.kind === 'person') {
        // every mention may describe the person ("Parata, a fierce elder of …" after "Whale whisperer Hori Parata")
        const { role, org } = describeMention(text, run.start, run.end, registry, run.titles[0]?.start ?? run.start);
        if (role && !entity.roles.some((r) => fold(r) === fold(role))) entity.roles.push(role);
        if (org && !entity.orgs.includes(org)) entity.orgs.push(org);
        if (!entity.gender) entity.gender = genderFromRole(preceding.split(/\s+/).slice(-3).join(' '));
        entity.age ??= ageAt(text, run.titles[0]?.start ?? run.start, run.end);
        const following = tokenize(text.slice(run.end, run.end + 30))[0]?.text ?? '';
        if (SPEECH_VERBS.has(fold(following))) entity.speaks = true;
      }
      mentions.push({
        pos: prep.base + run.start,
        entity,
        oblique: run.possessive || PREPOSITIONS.has(prevWord),
        sentence: prep.firstSentence + sentenceIndex(prep, run.start),
      });
    }
    // "the rights office (OHCHR)": an acronym for the latest organisation with that head word
    for (const m of text.matchAll(/\bthe\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}]+)\s+\((\p{Lu}[\p{Lu}&]{1,7})\)/giu)) {
      const org = registry.orgByHead(m[1]!);
      if (org) registry.alias(org, m[2]!);
    }
  }
  return mentions;
}

/** The age printed with a name: "Willy Bogner (63)", "Smith, 58,", "der 58-jährige Bernhard Bogner". */
function ageAt(text: string, start: number, end: number): number | undefined {
  const after = /^\s*(?:\((\d{1,3})\)|,\s*(\d{1,3}),)/.exec(text.slice(end, end + 8));
  const before = /(\d{1,3})-?(?:jährige[rn]?|year-old)\s+$/iu.exec(text.slice(Math.max(0, start - 20), start));
  const age = after?.[1] ?? after?.[2] ?? before?.[1];
  return age ? Number(age) : undefined;
}

/**
 * "Der 58-Jährige sagte": the person last given that age, or else the only person of that gender
 * named in this paragraph and the one before (nobody when another person could be meant).
 */
function personOfAge(age: number, gender: Gender | null, pos: number, mentions: Mention[], prepared: Prepared[], para: number): Entity | null {
  const i0 = mentionIndexBefore(mentions, pos);
  for (let i = i0 - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const e = mentions[i]!.entity;
    if (e.kind === 'person' && e.age === age && (!gender || !e.gender || e.gender === gender)) return e;
  }
  if (!gender) return null; // "the 58-year-old" alone could be anyone named before
  const from = prepared[Math.max(0, para - 1)]!.base;
  const near = new Set<Entity>();
  for (let i = i0 - 1; i >= 0 && mentions[i]!.pos >= from; i--) if (mentions[i]!.entity.kind === 'person') near.add(mentions[i]!.entity);
  const fits = [...near].filter((e) => (e.age === undefined || e.age === age) && e.gender !== (gender === 'f' ? 'm' : 'f'));
  // an unknown gender could be either: the one left must be known to match
  return fits.length === 1 && fits[0]!.gender === gender ? fits[0]! : null;
}

/** The person last mentioned before `pos` whose name includes `word` ("Parata" → the Parata just named). */
function lastNamed(word: string, pos: number, mentions: Mention[]): Entity | undefined {
  const key = fold(word.replace(/['’]s?$/, ''));
  for (let i = mentionIndexBefore(mentions, pos) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const e = mentions[i]!.entity;
    if (e.kind === 'person' && e.name.split(' ').some((w) => fold(w) === key)) return e;
  }
  return undefined;
}

function mentionIndexBefore(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity a pronoun points back to from global position `pos`, or null when unsure. */
function resolvePronoun(kind: PronounKind, pos: number, mentions: Mention[]): Entity | null {
  if (kind === 'plural' || kind === 'first') return null;
  const want = kind === 'female' ? 'f' : 'm';
  const sure = (e: Entity): boolean => (kind === 'organisation' ? e.kind === 'org' : e.kind === 'person' && e.gender === want);
  const likely = (e: Entity): boolean => kind !== 'organisation' && e.kind === 'person' && !e.gender && e.speaks;
  // a person known to match ("she" → a woman) within a few sentences beats a person of unknown gender
  return pickAntecedent(pos, mentions, sure, 1500) ?? pickAntecedent(pos, mentions, (e) => sure(e) || likely(e), 3000);
}

/** The subject (leftmost fitting non-oblique mention) of the latest sentence holding a fitting mention. */
function pickAntecedent(pos: number, mentions: Mention[], fits: (e: Entity) => boolean, window: number): Entity | null {
  let found: Mention | null = null;
  for (let i = mentionIndexBefore(mentions, pos) - 1, seen = 0; i >= 0 && seen < 60; i--, seen++) {
    const m = mentions[i]!;
    if (pos - m.pos > window) break;
    if (!found) {
      if (!m.oblique && fits(m.entity)) found = m;
      continue;
    }
    if (m.sentence !== found.sentence) break;
    if (!m.oblique && fits(m.entity)) found = m;
  }
  return found?.entity ?? null;
}

// ---------- attribution ----------

function attribute(
  span: MarkedSpan,
  prep: Prepared,
  before: string,
  sStart: number,
  after: string,
  closed: boolean,
  registry: Registry,
  mentions: Mention[],
  prepared: Prepared[],
): Attribution | null {
  const candidates: { cue: Cue; pos: number }[] = [];
  const content = prep.para.text.slice(span.start, span.end);
  const afterCue = after ? cueAfter(after, closed, /[,.!?\u2026\u2014-]['’"”]?$/.test(content)) : null;
  // a document the sentence cites comes first ("So heißt es in dem Schreiben:", "Darin steht: „…“ Celebi nennt …")
  const doc = documentCue(prep, span, before);
  if (doc) candidates.push({ cue: doc, pos: prep.base + span.open });
  if (afterCue) candidates.push({ cue: afterCue, pos: prep.base + span.open });
  const perfect = perfectCue(before, after);
  if (perfect) candidates.push({ cue: perfect, pos: prep.base + sStart + perfect.npStart });
  for (const cue of cueBefore(before)) candidates.push({ cue, pos: prep.base + sStart + cue.npStart });
  for (const { cue, pos } of candidates) {
    const guess = parseSpeakerNp(cue.np, registry, (word) => lastNamed(word, pos, mentions) ?? registry.known(word), (age, gender) => personOfAge(age, gender, pos, mentions, prepared, span.para));
    const a = toAttribution(guess, cue, pos, mentions);
    if (a) return a;
    if (!cue.weak) return guess.role ? { entity: null, role: guess.role, org: null, how: cue.how, confidence: 0, anonymous: false } : null;
  }
  return null;
}

/** "In dem Schreiben heißt es", or "Darin steht" after a sentence that names the document. */
function documentCue(prep: Prepared, span: MarkedSpan, before: string): Cue | null {
  const cited = documentBeforeQuote(before);
  if (cited) return { np: cited.np, npStart: cited.npStart, how: 'according to X', weak: false };
  const sentence = sentenceStartBefore(prep, span.open);
  if (sentence === 0 || !POINTS_BACK_TO_DOCUMENT.test(prep.masked.slice(sentence, span.open))) return null;
  const previous = sentenceStartBefore(prep, sentence - 1);
  const np = lastDocumentIn(prep.masked.slice(previous, sentence));
  return np ? { np, npStart: 0, how: 'according to X', weak: false } : null;
}

/** "Caddell continued:" / "The New York Times reports:" closing the paragraph before the quote. */
function attributeFromLeadIn(prev: Prepared, registry: Registry, mentions: Mention[]): Attribution | null {
  const text = prev.masked.replace(/\s+$/, '');
  if (!text.endsWith(':')) return null;
  const sStart = Math.max(sentenceStartBefore(prev, text.length - 1), text.length - CUE_WINDOW);
  for (const cue of cueBefore(text.slice(sStart))) {
    const a = toAttribution(parseSpeakerNp(cue.np, registry), cue, prev.base + sStart + cue.npStart, mentions);
    if (a) return { ...a, how: 'lead-in', confidence: Math.min(a.confidence, 0.8) };
    if (!cue.weak) return null;
  }
  return null;
}

function toAttribution(guess: SpeakerGuess, cue: Cue, pos: number, mentions: Mention[]): Attribution | null {
  if (guess.anonymous) return { entity: null, role: guess.role, org: null, how: 'anonymous', confidence: 0.8, anonymous: true };
  let entity = guess.entity;
  let how: string = cue.how;
  let confidence = cue.how === 'subject' ? (cue.weak ? 0.65 : 0.85) : cue.how === 'X: ' ? 0.8 : 0.95;
  if (!entity && guess.pronoun) {
    entity = resolvePronoun(guess.pronoun, pos, mentions);
    how = 'pronoun';
    confidence = Math.min(confidence, 0.8);
  }
  if (!entity) return null;
  return { entity, role: guess.role, org: guess.org, how, confidence, anonymous: false };
}

/**
 * Quotes with no cue of their own continue the previous speaker: the second half of a split
 * quote (“A,” she said. “B.”), a paragraph that runs on, or a paragraph that opens with a
 * quote right after a paragraph that ended with an attributed one.
 */
function fillContinuations(spans: MarkedSpan[], attributions: (Attribution | null)[], prepared: Prepared[], mentions: Mention[]): void {
  const carry = (from: Attribution, how: string, confidence: number): Attribution => ({
    ...from, how, confidence: Math.min(from.confidence, confidence), role: from.role, org: from.org,
  });
  for (let i = 1; i < spans.length; i++) {
    if (attributions[i]) continue;
    const prev = attributions[i - 1];
    const span = spans[i]!;
    const prevSpan = spans[i - 1]!;
    if (!prev || (!prev.entity && !prev.anonymous)) continue;
    if (span.continues && prevSpan.runsOn) attributions[i] = carry(prev, 'continuation', 0.85);
    else if (prevSpan.para === span.para && startsSentence(prepared[span.para]!, span)) {
      // “A.” Celebi nennt das einen Skandal. “B.”: the person the sentence between is about speaks next
      // (only whole sentences between count: "“A,” Butterfield said. “B.”" is one speaker)
      const prep = prepared[span.para]!;
      const from = prep.base + sentenceEndAfter(prep, prevSpan.close);
      const between = new Set(mentions.filter((m) => m.pos >= from && m.pos < prep.base + span.open && !m.oblique && m.entity.kind === 'person').map((m) => m.entity));
      if (!between.size || (between.size === 1 && between.has(prev.entity!))) attributions[i] = carry(prev, 'split quote', 0.85);
      else if (between.size === 1) attributions[i] = { entity: [...between][0]!, role: null, org: null, how: 'subject before', confidence: 0.6, anonymous: false };
    }
    else if (onlyBoilerplateBetween(prepared, prevSpan.para, span.para) && opensParagraph(prepared[span.para]!, span) && lastInParagraph(spans, i - 1)) {
      attributions[i] = carry(prev, 'continuation', 0.7);
    }
  }
  // a run-on quote whose attribution comes in a later paragraph
  for (let i = spans.length - 2; i >= 0; i--) {
    if (attributions[i] || !spans[i]!.runsOn || !spans[i + 1]!.continues) continue;
    const next = attributions[i + 1];
    if (next && (next.entity || next.anonymous)) attributions[i] = carry(next, 'continuation', 0.8);
  }
}

/** Sentences looked back over for the source of reported speech ("Sie seien „…“"). */
const REPORTED_SPEECH_REACH = 2;

/**
 * German reported speech goes on without a cue: "Von der Leyen betonte, … „…“ Sie seien „…“",
 * "In einem Positionspapier heißt es, … Deshalb sei es „…“". A cue-less quote in a sentence with
 * a Konjunktiv I main verb keeps the source of the quote or speech cue a sentence or two before in
 * the paragraph, unless the sentence names someone else.
 */
function reportedSpeechSource(
  span: MarkedSpan, i: number, spans: MarkedSpan[], attributions: (Attribution | null)[],
  prepared: Prepared[], registry: Registry, mentions: Mention[],
): Attribution | null {
  const prep = prepared[span.para]!;
  const sentence = sentenceIndex(prep, span.open);
  const start = prep.sentenceStarts[sentence]!;
  const end = prep.sentenceStarts[sentence + 1] ?? prep.masked.length;
  const own = prep.masked.slice(start, end);
  // the main clause reports ("Sie seien „…“"), not a clause after a comma that has its own
  // subject and verb ("Politiker haben angekündigt, man werde …")
  // (a quote opening the sentence is skipped: "„…“, allerdings sei …")
  const mainClause = own.split(/[,;:]/).find((c) => /\p{L}/u.test(c)) ?? '';
  if (!tokenize(mainClause).some((t) => REPORTED_SPEECH_VERBS.has(fold(t.text)))) return null;
  const carry = (a: Attribution): Attribution | null => {
    if (!a.entity && !a.anonymous) return null;
    const named = mentions.filter((m) => m.pos >= prep.base + start && m.pos < prep.base + end && m.entity.kind === 'person');
    if (named.some((m) => m.entity !== a.entity)) return null; // "habe Müller „…“": someone else is named
    return { ...a, how: 'reported speech', confidence: Math.min(a.confidence, 0.7) };
  };
  for (let s = sentence - 1; s >= Math.max(0, sentence - REPORTED_SPEECH_REACH); s--) {
    const sStart = prep.sentenceStarts[s]!;
    const sEnd = prep.sentenceStarts[s + 1]!;
    // a quote in that sentence: its speaker
    const j = spans.findLastIndex((x, k) => k < i && x.para === span.para && x.open >= sStart && x.open < sEnd);
    if (j >= 0) return attributions[j] ? carry(attributions[j]) : null;
    // no quote, but a cue: "In einem Positionspapier … heißt es, …" / "Von der Leyen betonte, …"
    const text = prep.masked.slice(sStart, sEnd);
    const doc = documentBeforeQuote(text);
    const cues: Cue[] = doc ? [{ np: doc.np, npStart: doc.npStart, how: 'according to X', weak: false }] : cueBefore(text).filter((c) => !c.weak && c.how !== 'X: ');
    for (const cue of cues) {
      const pos = prep.base + sStart + cue.npStart;
      const a = toAttribution(parseSpeakerNp(cue.np, registry, (word) => lastNamed(word, pos, mentions) ?? registry.known(word)), cue, pos, mentions);
      if (a) return carry(a);
    }
    if (cues.length) return null;
  }
  return null;
}

/**
 * "Die SPD will am Kurs festhalten. „Wir wollen ein Europa, …“": a quote standing as its own
 * sentence, speaking as "we", right after a sentence whose subject is an organisation.
 */
function organisationSpeakingAsWe(span: MarkedSpan, prepared: Prepared[], mentions: Mention[]): Attribution | null {
  const prep = prepared[span.para]!;
  const content = prep.para.text.slice(span.start, span.end);
  if (!/^(?:\S+\s+){0,2}(?:wir|we|unser\p{L}*|our)\b/iu.test(content) || !startsSentence(prep, span)) return null;
  const sentence = sentenceIndex(prep, span.open);
  if (sentence === 0) return null;
  const start = prep.sentenceStarts[sentence - 1]!;
  const first = mentions.find((m) => m.pos >= prep.base + start && m.pos < prep.base + span.open);
  if (!first || first.entity.kind !== 'org') return null;
  // the organisation opens the sentence: "Die SPD will …", "The union said …", "Europapolitik: Die SPD will …"
  if (!/^\s*(?:\p{Lu}[\p{L}-]*:\s*)?(?:(?:der|die|das|the)\s+)?$/iu.test(prep.masked.slice(start, first.pos - prep.base))) return null;
  return { entity: first.entity, role: null, org: null, how: 'organisation as we', confidence: 0.6, anonymous: false };
}

/** "Dies gibt … bekannt": verb stems whose particle closes the sentence. */
const SEPARABLE_STEMS = /^(?:gibt|gab|teilt|teilte|teilten|gaben)$/i;

/**
 * "… „leistungsaushelfende Versicherung“ … vorweisen. Dies gibt der Landesapothekerverband
 * Baden-Württemberg bekannt.": the next sentence, opened by "Dies"/"This", names the source.
 */
function sourceInNextSentence(span: MarkedSpan, prepared: Prepared[], registry: Registry, mentions: Mention[]): Attribution | null {
  const prep = prepared[span.para]!;
  const end = sentenceEndAfter(prep, span.close);
  const next = prep.masked.slice(end, sentenceEndAfter(prep, end));
  const m = /^\s*(?:Dies|Das|This|That)\s+(\p{Ll}+)\s+(\S.{1,100}?)\s*[.!]?\s*$/u.exec(next);
  if (!m || /\uE000/.test(next)) return null;
  const verb = m[1]!;
  if (!(SPEECH_VERBS.has(fold(verb)) || SEPARABLE_STEMS.test(verb))) return null;
  const pos = prep.base + end + m.index + m[0].indexOf(m[2]!);
  const guess = parseSpeakerNp(m[2]!, registry, (word) => lastNamed(word, pos, mentions) ?? registry.known(word));
  return toAttribution(guess, { np: m[2]!, npStart: 0, how: 'said X', weak: false }, pos, mentions);
}

/** The next paragraph, or one after blocks that are not prose paragraphs (a pull-out, an embed). */
function onlyBoilerplateBetween(prepared: Prepared[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from + 1; k < to; k++) {
    if (prepared[k]!.para.prose) return false; // a prose paragraph ends the run
  }
  return true;
}

const opensParagraph = (prep: Prepared, span: MarkedSpan): boolean => !/\S/.test(prep.para.text.slice(0, span.open));
const startsSentence = (prep: Prepared, span: MarkedSpan): boolean => !/[\p{L}\p{N}]/u.test(prep.masked.slice(sentenceStartBefore(prep, span.open), span.open));
const lastInParagraph = (spans: MarkedSpan[], i: number): boolean => spans[i + 1]?.para !== spans[i]!.para || false;

// ---------- what is not a quote, and what is a fragment ----------

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'de', 'la', 'le', 'der', 'die', 'das', 'und', 'von', 'el', 'y', 'del', 'or', 'with', 'is', 'vs']);

function isNotAQuote(content: string, before: string, after: string): boolean {
  const lead = fold(before.slice(-30)).replace(/[\s,:]+$/, '');
  if (TITLE_TRIGGERS.some((t) => lead.endsWith(' ' + t) || lead === t)) return true;
  const words = content.replace(/[.,!?;:]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return !/\p{N}/u.test(content) || content.length < 2;
  // Title Case without a cue: a title or a name ("Hanoi Hilton", "The Apprentice")
  const titleCase = words.length <= 7 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && /^\p{Lu}/u.test(words[0]!);
  if (titleCase && !/[.!?,]$/.test(content) && !cueAfter(after, false) && !/\b(?:said|says|told|sagte|dijo|disse|a déclaré)\s*:?\s*$/i.test(before)) {
    // a single capitalised word in running text ("Problematic") is still a scare quote
    if (words.length >= 2 || /[\p{L}\p{N}]$/u.test(before.trim()) === false) return true;
  }
  return false;
}

/**
 * Part of a sentence of the article's own words, not a stand-alone utterance. Such words are a
 * partial quote whatever their length: the reader sees a fragment the writer chose, not what
 * the speaker said as a whole. (PolNeAR calls these "partly quoted"; the labelled pages'
 * LABELS.md marks only the 1–4 word ones partial.)
 */
function isEmbedded(before: string, after: string, a: Attribution | null): boolean {
  const b = before.replace(/[\s\uE000]+$/, '');
  if (/[\p{L}\p{N}]/u.test(b) && !/:$/.test(b)) return true;
  const rest = after.replace(/^[\s,.;!?]+/, '');
  if (!rest) return false;
  return !(a && a.how !== 'subject') && /^\p{L}/u.test(rest) && !cueAfter(after, false);
}
