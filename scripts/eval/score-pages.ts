/**
 * Scores reports against page labels (test/corpus/<id>/gold.json) with the matching rules of
 * ../shared/tools/score.mjs, so a figure here and there means the same thing:
 * agencies by alias, places by containment, people by surname (`speaker`) or by the full name
 * as first given (`speakerFull`), quotes by their first words.
 * Pure functions: the corpus runner feeds reports in, figures come out.
 */
import type { Report } from '../../src/report';

export interface GoldQuote {
  text: string;
  speaker: string | null;
  role: string | null;
  partial: boolean;
}

export interface Gold {
  id: string;
  url: string | null;
  lang: string;
  isNewsArticle: boolean;
  publisher: string | null;
  wireAgencies: string[];
  photoCreditAgencies: string[];
  dateline: string | null;
  bylines: string[];
  storyType: string | null;
  trustBadges: string[];
  quotes: GoldQuote[];
  quotesLabelled: boolean;
  quotesNotApplicable?: boolean;
  quotesTruncatedAfter?: number | null;
  corpusCategory: string;
  notes: string;
}

// ---------- normalisation (score.mjs) ----------
export const fold = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"]/g, '')
    .replace(/[\u2013\u2014\u2012\u2010]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
export const words = (s: string | null | undefined): string[] =>
  fold(s)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);

const AGENCY_ALIASES = new Map<string, string[]>([
  ['afp', ['afp', 'agence france-presse', 'agence france presse', 'agence france-press']],
  ['ap', ['ap', 'associated press', 'the associated press']],
  ['reuters', ['reuters', 'thomson reuters']],
  ['dpa', ['dpa', 'deutsche presse-agentur']],
  ['efe', ['efe', 'agencia efe']],
  ['xinhua', ['xinhua', 'xinhua news agency']],
  ['kyodo', ['kyodo', 'kyodo news']],
  ['pa', ['pa', 'pa media', 'press association']],
  ['aap', ['aap', 'australian associated press']],
  ['bloomberg', ['bloomberg', 'bloomberg news']],
  ['upi', ['upi', 'united press international']],
  ['ani', ['ani', 'asian news international']],
  ['pti', ['pti', 'press trust of india']],
  ['ansa', ['ansa']],
  ['tass', ['tass']],
  ['yonhap', ['yonhap']],
  ['cp', ['cp', 'the canadian press', 'canadian press']],
  ['anadolu', ['anadolu', 'anadolu agency', 'aa']],
]);
export function agencyKey(s: string): string {
  const f = fold(s).replace(/[().]/g, '').trim();
  for (const [key, names] of AGENCY_ALIASES) if (names.includes(f)) return key;
  return f;
}

const withoutThe = (s: string) =>
  words(s)
    .filter((w) => w !== 'the' && w !== 'hkfp')
    .join(' ');
export function orgMatch(a: string | null, b: string | null): boolean {
  const x = withoutThe(a ?? '');
  const y = withoutThe(b ?? '');
  if (!x || !y) return false;
  return x === y || x.includes(y) || y.includes(x);
}

/** A person matches when the surname (last word) of one appears among the words of the other. */
export function personMatch(pred: string | null, gold: string | null): boolean {
  if (!pred || !gold) return false;
  if (orgMatch(pred, gold)) return true;
  const p = words(pred);
  const g = words(gold);
  if (!p.length || !g.length) return false;
  return p.includes(g[g.length - 1]!) || g.includes(p[p.length - 1]!);
}

/**
 * The speaker as a reader should see it: the full name as first given (or the organisation's
 * full name); a parenthesised original ("戴夫·汉森（Dave Hanson）") may stand for the whole.
 */
const nameKey = (s: string) =>
  words(s)
    .filter((w) => w !== 'the')
    .join(' ');
export function fullNameMatch(pred: string | null, gold: string | null): boolean {
  if (!pred || !gold) return false;
  const p = nameKey(pred);
  const inner = /[（(]([^)）]+)[)）]/.exec(gold)?.[1];
  const outer = gold.replace(/[（(][^)）]*[)）]/g, ' ');
  return [outer, inner].some((g) => g !== undefined && g !== '' && nameKey(g) === p);
}

export function placeMatch(pred: string | null, gold: string | null): boolean {
  const p = words(pred).join(' ');
  const g = words(gold).join(' ');
  if (!p || !g) return false;
  const gFirst = words((gold ?? '').split(/[,/]/)[0]).join(' ');
  return p === g || p.includes(g) || g.includes(p) || (gFirst !== '' && p.includes(gFirst));
}

const quoteKey = (s: string) => words(s).join(' ');
export function quoteMatches(predText: string, goldText: string): boolean {
  const p = quoteKey(predText);
  const g = quoteKey(goldText);
  if (!p || !g) return false;
  const head = g.split(' ').slice(0, 8).join(' ');
  return p.includes(head) || (p.length >= 12 && g.startsWith(p.slice(0, Math.min(p.length, 40))));
}

/** The coarse buckets of LABELS.md for the report's finer story kinds. */
const COARSE_STORY_TYPE = new Map([
  ['fact-check', 'other'],
  ['factcheck', 'other'],
  ['press-release', 'other'],
  ['pressrelease', 'other'],
  ['analysis', 'news'],
]);

// ---------- counters ----------
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}
export interface Ratio {
  ok: number;
  n: number;
}
export interface Totals {
  pages: number;
  failures: number;
  article: Ratio;
  publisher: Ratio;
  storyType: Ratio;
  wire: Prf;
  dateline: Prf;
  byline: Prf;
  badge: Prf;
  quote: Prf;
  quoteFull: Prf;
  speaker: Ratio;
  speakerFull: Ratio;
  role: Ratio;
  /** Shown speakers (matched quotes) that are the labelled speaker: the precision a reader gets. */
  shown: Ratio;
}
export const emptyTotals = (): Totals => ({
  pages: 0,
  failures: 0,
  article: { ok: 0, n: 0 },
  publisher: { ok: 0, n: 0 },
  storyType: { ok: 0, n: 0 },
  wire: { tp: 0, fp: 0, fn: 0 },
  dateline: { tp: 0, fp: 0, fn: 0 },
  byline: { tp: 0, fp: 0, fn: 0 },
  badge: { tp: 0, fp: 0, fn: 0 },
  quote: { tp: 0, fp: 0, fn: 0 },
  quoteFull: { tp: 0, fp: 0, fn: 0 },
  speaker: { ok: 0, n: 0 },
  speakerFull: { ok: 0, n: 0 },
  role: { ok: 0, n: 0 },
  shown: { ok: 0, n: 0 },
});

function setScore<P, G>(pred: P[], gold: G[], same: (p: P, g: G) => boolean, c: Prf): { missed: G[]; extra: P[] } {
  const used = new Set<number>();
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(p, g));
    if (i >= 0) {
      used.add(i);
      c.tp++;
    } else c.fn++;
  }
  c.fp += pred.length - used.size;
  return { missed: gold.filter((g) => !pred.some((p) => same(p, g))), extra: pred.filter((_, j) => !used.has(j)) };
}

/** One speaker or role judgement, kept for error analysis (`--verbose`, categories). */
export interface SpeakerOutcome {
  quote: string;
  gold: string;
  predicted: string | null;
  surnameOk: boolean;
  fullOk: boolean;
  attribution: string | null;
}

/** One matched quote's attribution, for precision of what is shown and threshold sweeps. */
export interface ShownOutcome {
  gold: string | null;
  predicted: string | null;
  confidence: number;
  partial: boolean;
}

export interface PageResult {
  id: string;
  shown: ShownOutcome[];
  /** The misses a reader would notice, one phrase each; empty when the page is right. */
  misses: string[];
  speakers: SpeakerOutcome[];
}

/** Adds one page's comparison to `t` and says what it got wrong. */
export function scorePage(rep: Report, gold: Gold, t: Totals): PageResult {
  const misses: string[] = [];
  const speakers: SpeakerOutcome[] = [];
  const shown: ShownOutcome[] = [];
  t.pages++;
  t.article.n++;
  if (rep.isArticle === gold.isNewsArticle) t.article.ok++;
  else misses.push(`isArticle=${rep.isArticle}`);
  if (!gold.isNewsArticle) return { id: gold.id, misses, speakers, shown };

  if (gold.publisher) {
    t.publisher.n++;
    const name = rep.publisher?.name ?? null;
    if (name && orgMatch(name, gold.publisher)) t.publisher.ok++;
    else misses.push(`publisher=${JSON.stringify(name)}≠${JSON.stringify(gold.publisher)}`);
  }
  const wirePred = [...new Set(rep.wire.map((w) => agencyKey(w.agency ?? w.name ?? '')))];
  const wireGold = [...new Set(gold.wireAgencies.map(agencyKey))];
  const w = setScore(wirePred, wireGold, (a, b) => a === b, t.wire);
  if (w.missed.length || w.extra.length) misses.push(`wire -${w.missed.join(',')} +${w.extra.join(',')}`);

  const dPred = rep.dateline ?? null;
  const dGold = gold.dateline ?? null;
  if (dGold && dPred && placeMatch(dPred, dGold)) t.dateline.tp++;
  else {
    if (dGold) t.dateline.fn++;
    if (dPred) t.dateline.fp++;
    if (dGold || dPred) misses.push(`dateline=${JSON.stringify(dPred)}≠${JSON.stringify(dGold)}`);
  }
  const b = setScore(rep.bylines, gold.bylines, (p, g) => personMatch(p, g), t.byline);
  if (b.missed.length || b.extra.length) misses.push(`bylines -[${b.missed.join(',')}] +[${b.extra.join(',')}]`);
  if (gold.storyType) {
    t.storyType.n++;
    const st = COARSE_STORY_TYPE.get(rep.storyType ?? '') ?? rep.storyType;
    if (st === gold.storyType) t.storyType.ok++;
    else misses.push(`storyType=${rep.storyType}≠${gold.storyType}`);
  }
  const bd = setScore(
    rep.badges.map((x) => fold(x.id)),
    gold.trustBadges.map(fold),
    (a, c) => a === c,
    t.badge,
  );
  if (bd.missed.length || bd.extra.length) misses.push(`badges -[${bd.missed.join(',')}] +[${bd.extra.join(',')}]`);

  // Pages whose quotes were not labelled (non-articles, quotesLabelled: false) count neither way.
  const unlabelled = gold.quotesNotApplicable === true || gold.quotesLabelled === false;
  const gq = unlabelled ? [] : gold.quotes;
  const pq = unlabelled ? [] : rep.quotes;
  const truncated = gold.quotesTruncatedAfter != null;
  const usedPred = new Set<number>();
  let qMiss = 0;
  for (const g of gq) {
    const i = pq.findIndex((p, j) => !usedPred.has(j) && quoteMatches(p.text, g.text));
    const full = g.partial ? null : t.quoteFull;
    if (i < 0) {
      t.quote.fn++;
      if (full) full.fn++;
      qMiss++;
      continue;
    }
    usedPred.add(i);
    t.quote.tp++;
    if (full) full.tp++;
    const p = pq[i]!;
    shown.push({ gold: g.speaker, predicted: p.speaker, confidence: p.confidence, partial: g.partial });
    if (p.speaker) {
      t.shown.n++;
      if (g.speaker && personMatch(p.speaker, g.speaker)) t.shown.ok++;
    }
    if (g.speaker) {
      t.speaker.n++;
      t.speakerFull.n++;
      const fullOk = fullNameMatch(p.speaker, g.speaker);
      const surnameOk = personMatch(p.speaker, g.speaker);
      if (fullOk) t.speakerFull.ok++;
      if (surnameOk) t.speaker.ok++;
      speakers.push({ quote: g.text, gold: g.speaker, predicted: p.speaker, surnameOk, fullOk, attribution: p.attribution ?? null });
      if (g.role && !g.partial) {
        t.role.n++;
        const r = [p.role, p.org].filter(Boolean).join(' ');
        const gw = new Set(words(g.role).filter((x) => x.length > 2));
        const hit = words(r).filter((x) => gw.has(x)).length;
        if (gw.size && hit / gw.size >= 0.5) t.role.ok++;
      }
    }
  }
  if (!truncated) {
    pq.forEach((p, j) => {
      if (usedPred.has(j)) return;
      t.quote.fp++;
      if (!p.partial) t.quoteFull.fp++;
    });
  }
  const extraQ = truncated ? 0 : pq.length - usedPred.size;
  if (qMiss || extraQ) misses.push(`quotes -${qMiss} +${extraQ}`);
  const wrong = speakers.filter((s) => !s.fullOk);
  if (wrong.length)
    misses.push(
      `speakers ${wrong
        .slice(0, 3)
        .map((s) => `${JSON.stringify(s.predicted)}≠${JSON.stringify(s.gold)}`)
        .join(', ')}${wrong.length > 3 ? ` (+${wrong.length - 3})` : ''}`,
    );
  return { id: gold.id, misses, speakers, shown };
}

export function f1({ tp, fp, fn }: Prf): { p: number; r: number; f: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
const ratio = ({ ok, n }: Ratio) => (n ? ok / n : 1);

/** The figures score.mjs prints on its last line, under the same keys. */
export function figures(t: Totals): Record<string, number> {
  return {
    pages: t.pages,
    failures: t.failures,
    article: ratio(t.article),
    publisher: ratio(t.publisher),
    wireF1: f1(t.wire).f,
    datelineF1: f1(t.dateline).f,
    bylineF1: f1(t.byline).f,
    storyType: ratio(t.storyType),
    badgeF1: f1(t.badge).f,
    quoteP: f1(t.quote).p,
    quoteR: f1(t.quote).r,
    quoteF1: f1(t.quote).f,
    fullQuoteF1: f1(t.quoteFull).f,
    speaker: ratio(t.speaker),
    speakerFull: ratio(t.speakerFull),
    role: ratio(t.role),
    speakerPrecision: ratio(t.shown),
  };
}

export const figureLine = (fig: Record<string, number>): string =>
  Object.entries(fig)
    .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
    .join(' ');

/** The human-readable totals, in score.mjs's words. */
export function totalsReport(t: Totals): string[] {
  const pct = (x: number) => (100 * x).toFixed(1);
  const fig = figures(t);
  const prf = (name: string, c: Prf, f: number) => `${name.padEnd(19)} ${pct(f)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`;
  return [
    `pages ${t.pages}, analysis failures ${t.failures}`,
    `article detection   ${pct(fig.article!)}% (${t.article.ok}/${t.article.n})`,
    `publisher           ${pct(fig.publisher!)}% (${t.publisher.ok}/${t.publisher.n})`,
    prf('wire agency F1', t.wire, fig.wireF1!),
    prf('dateline F1', t.dateline, fig.datelineF1!),
    prf('byline F1', t.byline, fig.bylineF1!),
    `story type          ${pct(fig.storyType!)}% (${t.storyType.ok}/${t.storyType.n})`,
    prf('badge F1', t.badge, fig.badgeF1!),
    `quotes P/R/F1       ${pct(fig.quoteP!)} / ${pct(fig.quoteR!)} / ${pct(fig.quoteF1!)}  (full quotes F1 ${pct(fig.fullQuoteF1!)})`,
    `speaker accuracy    ${pct(fig.speaker!)}% (${t.speaker.ok}/${t.speaker.n} matched quotes with a labelled speaker)`,
    `speaker, full name  ${pct(fig.speakerFull!)}% (${t.speakerFull.ok}/${t.speakerFull.n}: the name as first given, not a surname alone)`,
    `role found          ${pct(fig.role!)}% (${t.role.ok}/${t.role.n})`,
    `shown speakers right ${pct(fig.speakerPrecision!)}% (${t.shown.ok}/${t.shown.n} matched quotes with a speaker shown; surname rule)`,
  ];
}
