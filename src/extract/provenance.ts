/**
 * Publisher, wire agencies, dateline, story type, bylines, dates, photo credits. (Issue #3.)
 * Each reader lives in ./provenance/; this file runs them in order and assembles the fields.
 * With `deep === false` (a page judged not to be an article) only cheap fields are read:
 * title, language, publisher and the declared dates — no walk of the page.
 */
import type { PageContext } from './page';
import type { ArticleDecision } from './article';
import type { Evidence, Report } from '../report';
import { asText, isObject } from './jsonld';
import { readTrustBox, findLabel, type LabelPair } from './trust-box';
import { readBylines } from './provenance/bylines';
import { readDates } from './provenance/dates';
import { datelineFromLead, type LeadDateline } from './provenance/dateline';
import { readPhotoCredits } from './provenance/photo-credits';
import { publisherIsAgency, readPublisher } from './provenance/publisher';
import { primaryArticleNode } from './provenance/schema';
import { articleScope, bodyParagraphs, emptyScan, findHeadline, scanScope } from './provenance/scope';
import { readStoryType } from './provenance/story-type';
import { readLang, readTitle } from './provenance/title';
import { clean, snippet, textOf } from './provenance/util';
import { readWire } from './provenance/wire';

export type ProvenanceFields = Pick<
  Report,
  | 'title' | 'lang' | 'publisher' | 'wire' | 'producedExternally' | 'producedExternallyEvidence'
  | 'dateline' | 'datelineEvidence' | 'storyType' | 'storyLabel' | 'storyTypeEvidence'
  | 'bylines' | 'bylineEvidence' | 'published' | 'modified' | 'dateEvidence' | 'photoCredits'
>;

export function emptyProvenance(): ProvenanceFields {
  return {
    title: null, lang: null, publisher: null, wire: [], producedExternally: false, producedExternallyEvidence: [],
    dateline: null, datelineEvidence: [], storyType: null, storyLabel: null, storyTypeEvidence: [],
    bylines: [], bylineEvidence: [], published: null, modified: null, dateEvidence: [], photoCredits: [],
  };
}

/** Sidebars and widgets next to the body: their credits belong to other items. */
function isFurniture(el: Element): boolean {
  return /^(?:ASIDE|NAV|FOOTER|FORM)$/.test(el.tagName) || /related|sidebar|live|teaser|promo|newsletter|share|social|comment|recommend|trending|widget/i.test(el.getAttribute('class') ?? '');
}

/** The lead's dateline: the first of the opening paragraphs that starts with one. */
function leadDateline(paragraphs: string[]): LeadDateline | null {
  for (const p of paragraphs.slice(0, 3)) {
    const d = datelineFromLead(p);
    if (d) return d;
  }
  return null;
}

/** schema.org `dateline` / `locationCreated` (text or a Place). */
function schemaDateline(ctx: PageContext): { place: string; evidence: Evidence } | null {
  const node = primaryArticleNode(ctx);
  const candidates = [node, ...ctx.jsonLd.filter((n) => n !== node && (n['dateline'] !== undefined || n['locationCreated'] !== undefined))];
  for (const n of candidates) {
    if (!n) continue;
    for (const key of ['dateline', 'locationCreated']) {
      const v = n[key];
      const place = asText(v) ?? (isObject(v) ? asText(v['address']) : null);
      if (place) return { place: clean(place).replace(/[.,\s]+$/, ''), evidence: { source: 'json-ld', detail: `${key} = ${place}` } };
    }
  }
  return null;
}

/** Dateline: schema.org, then the Trust Indicators box, then the lead, then a credit line ("PTI, Washington"). */
function readDateline(ctx: PageContext, trustBox: LabelPair[], lead: LeadDateline | null, creditPlace: { place: string; evidence: Evidence } | null): Pick<ProvenanceFields, 'dateline' | 'datelineEvidence'> {
  const fromSchema = schemaDateline(ctx);
  const labelled = findLabel(trustBox, /^(?:dateline|location)$/i);
  const evidence: Evidence[] = [];
  if (fromSchema) evidence.push(fromSchema.evidence);
  if (labelled) evidence.push({ source: 'label', detail: `${labelled.label}: ${labelled.value}` });
  if (lead?.place) evidence.push({ source: 'text', detail: `lead "${snippet(lead.matched, 80)}"` });
  if (creditPlace) evidence.push(creditPlace.evidence);
  return { dateline: fromSchema?.place ?? labelled?.value ?? lead?.place ?? creditPlace?.place ?? null, datelineEvidence: evidence };
}

export function extractProvenance(ctx: PageContext, article: ArticleDecision, deep: boolean): ProvenanceFields {
  const out = emptyProvenance();
  out.title = ctx.guard('title', () => readTitle(ctx), null);
  out.lang = ctx.guard('lang', () => readLang(ctx), null);
  out.publisher = ctx.guard('publisher', () => readPublisher(ctx), null);
  if (!deep) {
    const dates = ctx.guard('dates', () => readDates(ctx, null), null);
    if (dates) Object.assign(out, { published: dates.published, modified: dates.modified, dateEvidence: dates.evidence });
    return out;
  }

  const body = article.body;
  const scope = ctx.guard('scope', () => articleScope(body, findHeadline(ctx.doc, out.title), ctx.doc), ctx.doc.documentElement);
  const scan = ctx.guard('scope', () => scanScope(ctx, scope), emptyScan());
  const trustBox = ctx.guard('trust-box', () => readTrustBox(ctx), []);
  const paragraphs = ctx.guard('paragraphs', () => bodyParagraphs(ctx, body), []);
  const lead = ctx.guard('dateline', () => leadDateline(paragraphs), null);

  const story = ctx.guard('storyType', () => readStoryType(ctx, trustBox, body, out.title, out.publisher?.name ?? null), null);
  if (story) {
    out.storyType = story.storyType ?? (article.isArticle ? 'news' : null);
    out.storyLabel = story.storyLabel;
    out.storyTypeEvidence = story.evidence;
  }

  const bylines = ctx.guard('bylines', () => readBylines(ctx, body, scan, paragraphs, out.publisher?.name ?? null, story?.letters ?? false), null);
  if (bylines) {
    out.bylines = bylines.people;
    out.bylineEvidence = bylines.evidence;
  }

  const dates = ctx.guard('dates', () => readDates(ctx, scan), null);
  if (dates) Object.assign(out, { published: dates.published, modified: dates.modified, dateEvidence: dates.evidence });

  const dateline = ctx.guard('dateline', () => readDateline(ctx, trustBox, lead, bylines?.places[0] ?? null), null);
  if (dateline) Object.assign(out, dateline);

  const typeLabel = findLabel(trustBox, /^type(?: of (?:story|work))?$/i);
  const newsServiceEvidence: Evidence | null = story?.newsService
    ? { source: 'label', detail: typeLabel ? `${typeLabel.label}: ${typeLabel.value}${typeLabel.note ? ` — ${snippet(typeLabel.note, 90)}` : ''}` : `story label "${story.storyLabel ?? 'News Service'}"` }
    : null;
  const tail = [...paragraphs.slice(-6)];
  for (let el = body?.nextElementSibling ?? null, i = 0; el && i < 2; el = el.nextElementSibling, i++) {
    if (isFurniture(el)) continue;
    const t = textOf(el, 800);
    if (t && t.length < 600) tail.push(t);
  }
  const wire = ctx.guard(
    'wire',
    () =>
      readWire(ctx, {
        bylineAgencies: bylines?.agencies ?? [],
        lead,
        tail,
        newsService: story?.newsService ?? false,
        newsServiceEvidence,
        publisherIsAgency: (short) => publisherIsAgency(out.publisher, short),
        authorBios: scan.authorBios,
      }),
    null,
  );
  if (wire) Object.assign(out, wire);

  out.photoCredits = ctx.guard('photoCredits', () => readPhotoCredits(scan.captions), []);
  return out;
}
