/**
 * Direct quotes, their speakers, people and the sourcing summary. Quotes are found by their
 * marks (marks.ts); each is credited by the fitted attribution model (speakers.ts) to a
 * mention read beforehand (mentions.ts), resolved to its entity (resolve.ts).
 */
import { lastAtOrBefore } from '../sorted';
import type { PageContext } from '../page';
import type { ArticleDecision } from '../article';
import type { Person, Quote, Sourcing } from '../../report';
import type { Budget } from '../budget';
import { readQuoteText, toIndexOffset, type QuoteText } from './paragraphs';
import { findMarkedSpans, type MarkedSpan } from './marks';
import type { Entity } from './names';
import { fold, TITLE_TRIGGERS } from './lexicon';
import { buildPeople, countSourcing } from './people';
import { readMentions, sentenceOf, wordIndexAt, type Reading } from './mentions';
import { decideSpeakers } from './speakers';

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

const ANCHOR_CONTEXT = 32;
/** Characters around a quote read for its cue: attribution never rereads a whole paragraph. */
const CUE_WINDOW = 300;
/** The page's quotes, read and attributed in one go (the CLI and tests; the extension splits the two). */
export function extractQuotes(ctx: PageContext, article: ArticleDecision): QuoteFields {
  return attributeQuotes(readQuoteText(ctx, article).quoteText, ctx.budget);
}

/**
 * Finds the direct quotes in the article's paragraphs and credits each to its speaker.
 * Pure string work on what `readQuoteText` read from the page: no DOM, so it can run
 * outside the page (the extension's background) as well as beside the reading (CLI).
 */
export interface KeptQuote {
  span: MarkedSpan;
  /** The sentence before the quote and the text after it, quotes masked: what the partial-quote rule reads. */
  before: string;
  after: string;
}

/** Words after a quote within which a speech cue belongs to it ("…,” said X" / "…,” Mayor Jane Doe said"). */
const CUE_REACH = 5;

/** Does a speech or "according to" cue follow the quote in its own sentence, within a few words? */
function speechCueAfter(reading: Reading, span: MarkedSpan): boolean {
  const p = reading.paragraphs[span.para]!;
  const first = wordIndexAt(p.words, span.close + 1);
  const sentence = sentenceOf(p, span.close);
  return (reading.cuesBySentence.get(sentence) ?? []).some((c) => c.para === span.para && (c.kind === 'speech' || c.kind === 'according' || c.kind === 'according-after') && c.word >= first && c.word - first < CUE_REACH);
}

/** The marked spans that are quotes (not titles or names), at most `limit` of them. */
export function keepQuotes(reading: Reading, spans: MarkedSpan[], limit: number, onLimit: () => void = () => {}): KeptQuote[] {
  const kept: KeptQuote[] = [];
  for (const span of spans) {
    const prep = reading.paragraphs[span.para]!;
    const content = prep.text.slice(span.start, span.end);
    const sStart = Math.max(prep.sentenceStarts[lastAtOrBefore(prep.sentenceStarts, span.open)]!, span.open - CUE_WINDOW);
    const before = prep.masked.slice(sStart, span.open);
    const after = span.runsOn ? '' : prep.masked.slice(span.close + 1, Math.min(prep.masked.length, span.close + 1 + CUE_WINDOW));
    if (isNotAQuote(content, before, speechCueAfter(reading, span))) continue;
    if (kept.length >= limit) {
      onLimit();
      break;
    }
    kept.push({ span, before, after });
  }
  return kept;
}

export function attributeQuotes(text: QuoteText, budget: Budget): QuoteFields {
  const { paragraphs, indexText } = text;
  const spans = findMarkedSpans(paragraphs.map((p) => p.text), (n) => budget.scan(n));
  const reading = readMentions(paragraphs, spans);

  const kept = keepQuotes(reading, spans, budget.limits.quotes, () => budget.hit());
  const decisions = decideSpeakers(kept.map((k) => k.span), reading);

  const quotes: Quote[] = [];
  const speakerOf = new Map<string, Entity>();
  kept.forEach(({ span, before, after }, i) => {
    const prep = reading.paragraphs[span.para]!;
    const d = decisions[i]!;
    const start = toIndexOffset(prep.para, span.start);
    const end = toIndexOffset(prep.para, span.end - 1) + 1;
    const id = `q${quotes.length + 1}`;
    const exact = indexText.slice(start, end);
    const entity = d.entity;
    if (entity) speakerOf.set(id, entity);
    const atCue = d.candidate.mention?.entity === entity && entity ? null : d.description;
    quotes.push({
      id,
      // Runs of white space read as one space; U+FEFF (which JS counts as \s) is invisible, not a space.
      text: exact.replace(/[^\S\uFEFF]+/g, ' '),
      speaker: entity?.name ?? null,
      role: joinRoles(atCue, entity?.kind === 'person' ? entity.roles : []),
      org: entity ? entity.orgs[0] ?? null : null,
      partial: !span.continues && !span.runsOn && isEmbedded(before, after, d.how, speechCueAfter(reading, span)),
      confidence: Math.round(d.probability * 1000) / 1000,
      anchor: {
        exact,
        prefix: indexText.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
        suffix: indexText.slice(end, end + ANCHOR_CONTEXT),
        start,
        end,
      },
      attribution: d.how,
    });
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

// ---------- what is not a quote, and what is a fragment ----------

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'de', 'la', 'le', 'der', 'die', 'das', 'und', 'von', 'el', 'y', 'del', 'or', 'with', 'is', 'vs']);

function isNotAQuote(content: string, before: string, cueFollows: boolean): boolean {
  const lead = fold(before.slice(-30)).replace(/[\s,:]+$/, '');
  if (TITLE_TRIGGERS.some((t) => lead.endsWith(' ' + t) || lead === t)) return true;
  const words = content.replace(/[.,!?;:]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return !/\p{N}/u.test(content) || content.length < 2;
  // Title Case without a cue: a title or a name ("Hanoi Hilton", "The Apprentice")
  const titleCase = words.length <= 7 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase())) && /^\p{Lu}/u.test(words[0]!);
  if (titleCase && !/[.!?,]$/.test(content) && !cueFollows && !/\b(?:said|says|told|sagte|dijo|disse|a déclaré)\s*:?\s*$/i.test(before)) {
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
function isEmbedded(before: string, after: string, how: string, cueFollows: boolean): boolean {
  const b = before.replace(/[\s\uE000]+$/, '');
  if (/[\p{L}\p{N}]/u.test(b) && !/:$/.test(b)) return true;
  const rest = after.replace(/^[\s,.;!?]+/, '');
  if (!rest) return false;
  return !(how !== 'none' && how !== 'subject') && /^\p{L}/u.test(rest) && !cueFollows;
}
