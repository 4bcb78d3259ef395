/**
 * Renders one popup state into `#state`. Pure DOM building with no `browser.*`, so it is
 * unit-tested against jsdom (test/unit/ui/popup-render.test.ts). Every page-derived string
 * goes in as a text node (see dom.ts); links only when http(s).
 */
import type { AnalyzeReply, FailureKind } from '../messages';
import type { Badge, BadgeStatus, Evidence, Person, Quote, Report } from '../report';
import type { Translate } from '../present/messages';
import { provenanceLine, sourcingLine } from '../present/summary';
import { externalLink, h, safeHttpUrl, type Child } from './dom';
import { firstWords, formatDate, formatDay, humanise, message } from './format';

export interface RenderContext {
  doc: Document;
  t: Translate;
  locale: string;
  now: Date;
  /** Which copy button comes first ("Copy report" in the reader's chosen format). */
  exportFormat: 'json' | 'text';
}

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'ready'; report: Report }
  | { kind: 'not-article'; report: Report }
  | { kind: 'empty'; report: Report }
  | { kind: 'restricted' | 'no-access' | 'error'; failure: FailureKind; message: string };

/** Below this, an attribution is flagged as uncertain. */
export const LOW_CONFIDENCE = 0.6;

/** The state to show for a reply; `forced` means the reader asked to analyse anyway. */
export function stateFor(reply: AnalyzeReply, forced: boolean): PopupState {
  if (!reply.ok) {
    const kind = reply.error === 'restricted' ? 'restricted' : reply.error === 'no-access' ? 'no-access' : 'error';
    return { kind, failure: reply.error, message: reply.message };
  }
  const report = reply.value;
  if (!report.isArticle && !forced) return { kind: 'not-article', report };
  return foundNothing(report) ? { kind: 'empty', report } : { kind: 'ready', report };
}

function foundNothing(r: Report): boolean {
  return (
    !r.publisher && !r.wire.length && !r.dateline && !r.bylines.length && !r.published &&
    !r.badges.length && !r.trustIndicators.length && !r.quotes.length && !r.photoCredits.length
  );
}

/** Replaces the content of `root` with `state` and records it in `data-state` for tests and styles. */
export function renderState(root: HTMLElement, state: PopupState, ctx: RenderContext): void {
  root.dataset.state = state.kind;
  root.setAttribute('aria-busy', String(state.kind === 'loading'));
  root.replaceChildren(...contentFor(state, ctx));
}

function contentFor(state: PopupState, ctx: RenderContext): Node[] {
  switch (state.kind) {
    case 'loading':
      return [loadingView(ctx)];
    case 'ready':
      return reportView(state.report, ctx);
    case 'not-article':
      return [notArticleView(state.report, ctx)];
    case 'empty':
      return [emptyView(state.report, ctx), exportSection(ctx)];
    case 'restricted':
    case 'no-access':
    case 'error':
      return [failureView(state, ctx)];
  }
}

// ------------------------------------------------------------------ designed states

function loadingView({ doc, t }: RenderContext): HTMLElement {
  const bar = (): HTMLElement => h(doc, 'span', { class: 'skeleton-bar' });
  return h(
    doc,
    'div',
    { class: 'message loading' },
    h(doc, 'p', { class: 'status-line' }, h(doc, 'span', { class: 'spinner', 'aria-hidden': 'true' }), t('stateLoading')),
    h(doc, 'div', { class: 'skeleton', 'aria-hidden': 'true' }, bar(), bar(), bar()),
  );
}

function notArticleView(r: Report, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  return h(
    doc,
    'div',
    { class: 'message' },
    h(doc, 'h2', { class: 'message-title' }, t('stateNotArticleTitle')),
    h(doc, 'p', {}, t('stateNotArticleBody')),
    why(ctx, r.articleEvidence, t('fieldArticle')),
    h(doc, 'button', { type: 'button', id: 'analyse-anyway', class: 'primary' }, t('actionAnalyseAnyway')),
  );
}

function emptyView(r: Report, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  return h(
    doc,
    'div',
    { class: 'message' },
    h(doc, 'h2', { class: 'message-title' }, t('stateEmptyTitle')),
    h(doc, 'p', {}, t('stateEmptyBody')),
    why(ctx, r.articleEvidence, t('fieldArticle')),
  );
}

function failureView(state: { kind: 'restricted' | 'no-access' | 'error'; failure: FailureKind; message: string }, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const key = state.kind === 'restricted' ? 'Restricted' : state.kind === 'no-access' ? 'NoAccess' : state.failure === 'timeout' ? 'Timeout' : 'Error';
  return h(
    doc,
    'div',
    { class: 'message', 'data-failure': state.failure },
    h(doc, 'h2', { class: 'message-title' }, t(`state${key}Title`)),
    h(doc, 'p', {}, t(`state${key}Body`)),
    state.kind === 'error' && state.message
      ? h(doc, 'details', { class: 'why' }, h(doc, 'summary', {}, t('errorDetails')), h(doc, 'p', { class: 'error-detail' }, state.message))
      : null,
    state.kind !== 'restricted' ? h(doc, 'button', { type: 'button', id: 'retry', class: 'primary' }, t('actionRetry')) : null,
  );
}

// ------------------------------------------------------------------ the report

function reportView(r: Report, ctx: RenderContext): Node[] {
  return [
    provenanceCard(r, ctx),
    notices(r, ctx),
    badgesSection(r, ctx),
    indicatorsSection(r, ctx),
    peopleSection(r, ctx),
    exportSection(ctx),
  ].filter((n): n is HTMLElement => n !== null);
}

const SOURCE_KEYS: Record<string, string> = {
  'json-ld': 'evidenceJsonLd',
  meta: 'evidenceMeta',
  microdata: 'evidenceMicrodata',
  label: 'evidenceLabel',
  text: 'evidenceText',
  link: 'evidenceLink',
  image: 'evidenceImage',
};

/** "Why?": the evidence behind one field, collapsed by default. */
function why({ doc, t }: RenderContext, evidence: Evidence[], fieldLabel: string): HTMLElement {
  const summary = h(doc, 'summary', { 'aria-label': t('whyFor', [fieldLabel]) }, t('why'));
  const list = evidence.length
    ? h(
        doc,
        'ul',
        { class: 'evidence' },
        ...evidence.map((e) =>
          h(doc, 'li', { 'data-source': e.source }, h(doc, 'span', { class: 'evidence-source' }, `${message(t, SOURCE_KEYS[e.source] ?? '', e.source)}:`), ' ', e.detail),
        ),
      )
    : h(doc, 'p', { class: 'evidence-none' }, t('evidenceNone'));
  return h(doc, 'details', { class: 'why' }, summary, list);
}

/** One row of the provenance card: label, value, "Why?". */
function field(ctx: RenderContext, name: string, labelKey: string, value: Child | Child[], evidence: Evidence[]): HTMLElement {
  const { doc, t } = ctx;
  const label = t(labelKey);
  const values = Array.isArray(value) ? value : [value];
  return h(doc, 'div', { class: 'field', 'data-field': name }, h(doc, 'dt', {}, label), h(doc, 'dd', {}, h(doc, 'span', { class: 'field-value' }, ...values), why(ctx, evidence, label)));
}

function timeValue(ctx: RenderContext, value: string): HTMLElement {
  const { doc } = ctx;
  const d = formatDate(value, ctx.now, ctx.locale);
  return h(doc, 'time', { datetime: d.iso }, d.absolute, d.relative ? h(doc, 'span', { class: 'relative' }, ` (${d.relative})`) : null);
}

function provenanceCard(r: Report, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const rows: HTMLElement[] = [];
  const publisherUrl = safeHttpUrl(r.publisher?.url);
  rows.push(
    field(
      ctx,
      'publisher',
      'fieldPublisher',
      r.publisher ? (publisherUrl ? externalLink(doc, publisherUrl, r.publisher.name) : r.publisher.name) : h(doc, 'span', { class: 'missing' }, t('valueNotFound')),
      r.publisher?.evidence ?? [],
    ),
  );
  if (r.wire.length) {
    const credits = r.wire.map((w) => h(doc, 'span', { class: 'wire', 'data-role': w.role }, t(w.role === 'produced' ? 'wireProduced' : 'wireContributed', [w.agency, w.name])));
    rows.push(field(ctx, 'wire', 'fieldWire', joinNodes(doc, credits, '; '), r.wire.flatMap((w) => w.evidence)));
  } else if (r.producedExternally) {
    rows.push(field(ctx, 'wire', 'fieldWire', t('valueProducedExternally'), r.producedExternallyEvidence));
  }
  if (r.dateline) rows.push(field(ctx, 'dateline', 'fieldDateline', r.dateline, r.datelineEvidence));
  const storyLabel = r.storyLabel ?? (r.storyType ? t(`storyType_${r.storyType}`) : null);
  if (storyLabel) rows.push(field(ctx, 'storyType', 'fieldStoryType', storyLabel, r.storyTypeEvidence));
  if (r.bylines.length) rows.push(field(ctx, 'bylines', 'fieldBylines', r.bylines.join(', '), r.bylineEvidence));
  if (r.published) rows.push(field(ctx, 'published', 'fieldPublished', timeValue(ctx, r.published), r.dateEvidence));
  if (r.modified && r.modified !== r.published) rows.push(field(ctx, 'modified', 'fieldModified', timeValue(ctx, r.modified), r.dateEvidence));
  if (r.photoCredits.length) {
    rows.push(
      field(
        ctx,
        'photoCredits',
        'fieldPhotoCredits',
        joinNodes(doc, r.photoCredits.map((p) => h(doc, 'span', { class: 'photo-credit' }, p.credit || p.text)), '; '),
        r.photoCredits.map((p) => ({ source: 'image' as const, detail: p.text })),
      ),
    );
  }
  return h(
    doc,
    'section',
    { id: 'provenance', class: 'card', 'aria-labelledby': 'provenance-line' },
    r.title ? h(doc, 'p', { class: 'page-title' }, r.title) : null,
    h(doc, 'h2', { id: 'provenance-line' }, provenanceLine(r, t)),
    h(doc, 'dl', { class: 'fields' }, ...rows),
  );
}

function notices(r: Report, { doc, t }: RenderContext): HTMLElement | null {
  if (!r.truncated && !r.errors.length) return null;
  return h(
    doc,
    'div',
    { class: 'notices', role: 'note' },
    r.truncated ? h(doc, 'p', { class: 'notice', id: 'truncated' }, t('noticeTruncated')) : null,
    r.errors.length ? h(doc, 'p', { class: 'notice', id: 'extract-errors' }, t('noticeErrors', [[...new Set(r.errors.map((e) => e.extractor))].join(', ')])) : null,
  );
}

// ------------------------------------------------------------------ badges and indicators

/** Shape + word per status, so the status never depends on colour alone. */
const STATUS_GLYPH: Record<BadgeStatus, string> = {
  verified: '✓',
  'listed-expired': '!',
  'report-only': '◐',
  'not-listed': '✕',
  'no-public-list': '?',
  unchecked: '…',
};

function badgeItem(b: Badge, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const status = t(`badgeStatus_${b.status.replace(/-/g, '_')}`, [formatDay(b.asOf, ctx.locale, t)]);
  const evidence = [...b.evidence];
  const entry = b.registryEntry;
  if (entry) {
    const since = entry.since ? t('registrySince', [entry.since]) : '';
    evidence.push({ source: 'link', detail: t('registryEntry', [entry.name, entry.status, since, entry.source]).replace(/\s+/g, ' ').trim() });
  }
  return h(
    doc,
    'li',
    { class: 'badge', 'data-badge-id': b.id, 'data-status': b.status },
    h(doc, 'span', { class: 'badge-glyph', 'aria-hidden': 'true' }, STATUS_GLYPH[b.status] ?? '?'),
    h(doc, 'span', { class: 'badge-text' }, h(doc, 'span', { class: 'badge-name' }, b.name), h(doc, 'span', { class: 'badge-status' }, status)),
    why(ctx, evidence, b.name),
  );
}

function badgesSection(r: Report, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  return h(
    doc,
    'section',
    { id: 'badges', class: 'section', 'aria-labelledby': 'badges-title' },
    h(doc, 'h2', { id: 'badges-title' }, t('sectionBadges')),
    r.badges.length
      ? h(doc, 'ul', { class: 'badges' }, ...r.badges.map((b) => badgeItem(b, ctx)))
      : h(doc, 'p', { class: 'missing' }, t('badgesNone')),
  );
}

function indicatorsSection(r: Report, ctx: RenderContext): HTMLElement | null {
  const { doc, t } = ctx;
  if (!r.trustIndicators.length) return null;
  const items = r.trustIndicators.map((ti) => {
    const label = message(t, `indicator_${ti.indicator}`, humanise(ti.indicator));
    const href = safeHttpUrl(ti.url);
    return h(
      doc,
      'li',
      { 'data-indicator': ti.indicator },
      href ? externalLink(doc, href, label) : h(doc, 'span', {}, label),
      !href && ti.text ? h(doc, 'span', { class: 'indicator-text' }, `: ${firstWords(ti.text, 120)}`) : null,
    );
  });
  return h(
    doc,
    'section',
    { id: 'indicators', class: 'section', 'aria-labelledby': 'indicators-title' },
    h(doc, 'h2', { id: 'indicators-title' }, t('sectionIndicators')),
    h(doc, 'ul', { class: 'indicators' }, ...items),
    why(ctx, r.trustIndicators.flatMap((ti) => ti.evidence), t('sectionIndicators')),
  );
}

// ------------------------------------------------------------------ who is quoted

/** `attributed` is false for quotes with no speaker: "uncertain attribution" would then say nothing. */
function quoteButton(q: Quote, ctx: RenderContext, attributed: boolean): HTMLElement {
  const { doc, t } = ctx;
  const uncertain = attributed && q.confidence < LOW_CONFIDENCE;
  return h(
    doc,
    'li',
    {},
    h(
      doc,
      'button',
      { type: 'button', class: q.partial ? 'quote partial' : 'quote', 'data-quote-id': q.id, title: t('quoteHint') },
      `“${firstWords(q.text)}”`,
    ),
    uncertain ? h(doc, 'span', { class: 'confidence-low' }, h(doc, 'span', { 'aria-hidden': 'true' }, '⚠ '), t('confidenceLow')) : null,
  );
}

/** Quotes shown at once per speaker; the rest wait behind "Show N more" so one speaker cannot bury the others. */
const QUOTES_SHOWN = 6;

function quoteList(quotes: Quote[], ctx: RenderContext, attributed = true): Child[] {
  const { doc, t } = ctx;
  const list = (qs: Quote[]): HTMLElement => h(doc, 'ul', { class: 'quotes' }, ...qs.map((q) => quoteButton(q, ctx, attributed)));
  if (quotes.length <= QUOTES_SHOWN + 1) return [list(quotes)];
  const rest = quotes.slice(QUOTES_SHOWN);
  return [
    list(quotes.slice(0, QUOTES_SHOWN)),
    h(doc, 'details', { class: 'more-quotes' }, h(doc, 'summary', {}, t('quotesMore', [String(rest.length)])), list(rest)),
  ];
}

/** "Why?" for a person: how each of their quotes was attributed. */
function attributionEvidence(quotes: Quote[], t: Translate): Evidence[] {
  return quotes.map((q) => ({
    source: 'text' as const,
    detail: t('attributionDetail', [firstWords(q.text, 40), q.attribution ?? t('attributionUnknown'), String(Math.round(q.confidence * 100))]),
  }));
}

function personItem(p: Person, quotes: Quote[], ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const roleLine = [...p.roles, ...p.orgs.filter((o) => !p.roles.some((r) => r.includes(o)))].join(' · ');
  const count = quotes.length === 1 ? t('quoteCountOne') : t('quoteCountMany', [String(quotes.length)]);
  return h(
    doc,
    'li',
    { class: 'person', 'data-name': p.name, 'data-kind': p.kind },
    h(
      doc,
      'div',
      { class: 'person-head' },
      h(doc, 'h3', { class: 'person-name' }, p.name),
      h(doc, 'span', { class: 'person-kind' }, t(`personKind_${p.kind.replace(/-/g, '_')}`)),
      h(doc, 'span', { class: 'person-count' }, count),
    ),
    roleLine ? h(doc, 'p', { class: 'person-role' }, roleLine) : null,
    ...quoteList(quotes, ctx),
    why(ctx, attributionEvidence(quotes, t), p.name),
  );
}

function peopleSection(r: Report, ctx: RenderContext): HTMLElement {
  const { doc, t } = ctx;
  const byId = new Map(r.quotes.map((q) => [q.id, q]));
  const claimed = new Set<string>();
  const people = r.people
    .map((p) => {
      const quotes = p.quoteIds.map((id) => byId.get(id)).filter((q): q is Quote => q !== undefined);
      quotes.forEach((q) => claimed.add(q.id));
      return { p, quotes };
    })
    .filter(({ quotes }) => quotes.length > 0)
    .sort((a, b) => b.quotes.length - a.quotes.length);
  const unclaimed = r.quotes.filter((q) => !claimed.has(q.id));
  const items = people.map(({ p, quotes }) => personItem(p, quotes, ctx));
  if (unclaimed.length) {
    items.push(
      h(
        doc,
        'li',
        { class: 'person unattributed', 'data-name': '' },
        h(doc, 'div', { class: 'person-head' }, h(doc, 'h3', { class: 'person-name' }, t('speakerUnknown'))),
        ...quoteList(unclaimed, ctx, false),
        why(ctx, attributionEvidence(unclaimed, t), t('speakerUnknown')),
      ),
    );
  }
  return h(
    doc,
    'section',
    { id: 'people', class: 'section', 'aria-labelledby': 'people-title' },
    h(doc, 'h2', { id: 'people-title' }, t('sectionPeople')),
    h(doc, 'p', { id: 'sourcing-line' }, sourcingLine(r, t)),
    items.length ? h(doc, 'ul', { class: 'people' }, ...items) : null,
    items.length ? h(doc, 'p', { class: 'hint' }, t('quoteHint')) : null,
  );
}

// ------------------------------------------------------------------ export

function exportSection({ doc, t, exportFormat }: RenderContext): HTMLElement {
  const json = h(doc, 'button', { type: 'button', id: 'copy-json' }, t('exportCopyJson'));
  const text = h(doc, 'button', { type: 'button', id: 'copy-citation' }, t('exportCopyCitation'));
  const download = h(doc, 'button', { type: 'button', id: 'download-json' }, t('exportDownloadJson'));
  (exportFormat === 'text' ? text : json).classList.add('primary');
  const buttons = exportFormat === 'text' ? [text, json, download] : [json, text, download];
  return h(
    doc,
    'section',
    { id: 'export', class: 'section', 'aria-labelledby': 'export-title' },
    h(doc, 'h2', { id: 'export-title' }, t('sectionExport')),
    h(doc, 'div', { class: 'actions' }, ...buttons),
    h(doc, 'p', { id: 'export-status', role: 'status', 'aria-live': 'polite' }),
  );
}

function joinNodes(doc: Document, nodes: HTMLElement[], separator: string): Child[] {
  return nodes.flatMap((n, i) => (i ? [doc.createTextNode(separator), n] : [n]));
}
