/**
 * The sanity net where no labels exist (`npm run eval -- --wild DIR`): run the engine on every
 * page under DIR and count what is wrong on its face — analyses that fail, extractors that
 * throw, full quotes without a speaker, speakers and bylines that are not names, datelines
 * too long to be a place — plus the story-type and agency counts to eyeball.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/report';
import { analyzeFile } from './corpus';

/** Lower-case words that belong inside names ("Ursula von der Leyen", "Ahmed bin Salman"). */
const NAME_PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'van', 'von', 'y', 'zu', 'ibn', 'ben', 'den', 'ter', 'af']);
const NOT_IN_A_NAME = new Set([
  // weekdays and months: "Mark Esper on Wednesday"
  ...'monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '),
  // speech verbs and auxiliaries that end up glued to a name
  ...'said says told added asked wrote explained noted according sagte sagt erklärte betonte meinte dijo afirmó a déclaré disse'.split(' '),
  // words of bylines and credits that are not names
  ...'staff writer reporter editor correspondent desk news agency updated published photo photos by'.split(' '),
]);

/** Why a speaker or byline string is not a name, or null when it could be one. */
export function notANameReason(name: string): string | null {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (!tokens.length) return 'empty';
  if (/\d/.test(name)) return 'has digits';
  if (/[@#]|https?:|www\./i.test(name)) return 'handle or address';
  if (tokens.length > 6) return 'too long';
  if (/\s(and|und|et|y|e)\s|\s&\s/.test(name)) return '"X and Y"';
  for (const t of tokens) {
    const w = t.toLowerCase().replace(/[.,;:'’]+$/g, '');
    if (NOT_IN_A_NAME.has(w)) return `contains "${w}"`;
    if (/^\p{Ll}/u.test(t) && !NAME_PARTICLES.has(w)) return `lower-case "${t}"`;
  }
  return null;
}

export interface WildPage {
  id: string;
  path: string;
}

/** `DIR/<id>/source.html` folders and loose `DIR/*.html` files, in name order. */
export function wildPages(dir: string): WildPage[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name): WildPage[] => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return existsSync(join(path, 'source.html')) ? [{ id: name, path: join(path, 'source.html') }] : [];
      return /\.html?$/i.test(name) ? [{ id: name.replace(/\.html?$/i, ''), path }] : [];
    });
}

export interface WildStats {
  pages: number;
  failures: { id: string; error: string }[];
  extractorErrors: { id: string; extractor: string; message: string }[];
  articles: number;
  fullQuotes: number;
  fullQuotesWithoutSpeaker: number;
  badSpeakers: { id: string; name: string; why: string }[];
  badBylines: { id: string; name: string; why: string }[];
  longDatelines: { id: string; dateline: string }[];
  storyTypes: Map<string, number>;
  agencies: Map<string, number>;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

export function addWildReport(s: WildStats, id: string, r: Report): void {
  for (const e of r.errors) s.extractorErrors.push({ id, extractor: e.extractor, message: e.message });
  if (!r.isArticle) return;
  s.articles++;
  bump(s.storyTypes, r.storyType ?? 'null');
  for (const w of r.wire) bump(s.agencies, w.agency);
  for (const q of r.quotes) {
    if (q.partial) continue;
    s.fullQuotes++;
    if (!q.speaker) s.fullQuotesWithoutSpeaker++;
  }
  for (const p of r.people) {
    if (p.isOrganisation) continue;
    const why = notANameReason(p.name);
    if (why) s.badSpeakers.push({ id, name: p.name, why });
  }
  for (const b of r.bylines) {
    const why = notANameReason(b);
    if (why) s.badBylines.push({ id, name: b, why });
  }
  if (r.dateline && r.dateline.length > 40) s.longDatelines.push({ id, dateline: r.dateline });
}

export function runWild(pages: WildPage[]): WildStats {
  const s: WildStats = {
    pages: 0,
    failures: [],
    extractorErrors: [],
    articles: 0,
    fullQuotes: 0,
    fullQuotesWithoutSpeaker: 0,
    badSpeakers: [],
    badBylines: [],
    longDatelines: [],
    storyTypes: new Map(),
    agencies: new Map(),
  };
  for (const page of pages) {
    s.pages++;
    const a = analyzeFile(page.path, null);
    if (!a.report) s.failures.push({ id: page.id, error: a.error ?? 'no report' });
    else addWildReport(s, page.id, a.report);
  }
  return s;
}

export function wildReport(s: WildStats, verbose: boolean): string[] {
  const counts = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || '-';
  const list = <T>(items: T[], show: (t: T) => string) => (verbose ? items.map((t) => `    ${show(t)}`) : items.slice(0, 5).map((t) => `    ${show(t)}`));
  const share = s.fullQuotes ? s.fullQuotesWithoutSpeaker / s.fullQuotes : 0;
  return [
    `pages ${s.pages}, articles ${s.articles}`,
    `analysis failures   ${s.failures.length}`,
    ...list(s.failures, (f) => `${f.id}: ${f.error}`),
    `extractor errors    ${s.extractorErrors.length}`,
    ...list(s.extractorErrors, (e) => `${e.id}: ${e.extractor}: ${e.message}`),
    `full quotes without a speaker  ${(100 * share).toFixed(1)}% (${s.fullQuotesWithoutSpeaker}/${s.fullQuotes})`,
    `speakers that are not names    ${s.badSpeakers.length}`,
    ...list(s.badSpeakers, (b) => `${b.id}: ${JSON.stringify(b.name)} (${b.why})`),
    `bylines that are not names     ${s.badBylines.length}`,
    ...list(s.badBylines, (b) => `${b.id}: ${JSON.stringify(b.name)} (${b.why})`),
    `datelines over 40 characters   ${s.longDatelines.length}`,
    ...list(s.longDatelines, (d) => `${d.id}: ${JSON.stringify(d.dateline)}`),
    `story types   ${counts(s.storyTypes)}`,
    `wire agencies ${counts(s.agencies)}`,
    [
      `pages=${s.pages}`,
      `failures=${s.failures.length}`,
      `extractorErrors=${s.extractorErrors.length}`,
      `noSpeakerShare=${share.toFixed(3)}`,
      `badSpeakers=${s.badSpeakers.length}`,
      `badBylines=${s.badBylines.length}`,
      `longDatelines=${s.longDatelines.length}`,
    ].join(' '),
  ];
}
