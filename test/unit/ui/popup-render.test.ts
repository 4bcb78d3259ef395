/**
 * The popup's rendering (src/popup/render.ts) against a jsdom document and a fake report
 * shaped like the sample article (HKFP republishing AFP, filed from Geneva).
 */
import { describe, expect, it } from 'vitest';
import { renderState, stateFor, type PopupState } from '../../../src/popup/render';
import { textCitation } from '../../../src/popup/citation';
import { englishMessages } from '../../../src/present/messages';
import { fakeReport } from './fake-report';
import { popupDom } from './dom-env';

function render(state: PopupState) {
  const env = popupDom();
  renderState(env.root, state, env.ctx);
  return env;
}

const text = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('popup: the sample article (hkfp-afp-un-xinjiang)', () => {
  const { root, doc } = render({ kind: 'ready', report: fakeReport() });

  it('answers "who produced this?" in one line at the top', () => {
    expect(root.dataset.state).toBe('ready');
    expect(text(doc.querySelector('#provenance-line'))).toBe(
      'AFP story, republished by Hong Kong Free Press · filed from Geneva, Switzerland · News Service',
    );
    expect(root.firstElementChild?.id).toBe('provenance');
  });

  it('shows publisher, agency, dateline and dates as fields, each with its own "Why?"', () => {
    expect(text(doc.querySelector('[data-field="publisher"] .field-value'))).toBe('Hong Kong Free Press');
    expect(text(doc.querySelector('[data-field="wire"] .field-value'))).toContain('AFP (Agence France-Presse)');
    expect(text(doc.querySelector('[data-field="dateline"] .field-value'))).toBe('Geneva, Switzerland');
    const published = doc.querySelector('[data-field="published"] time');
    expect(published?.getAttribute('datetime')).toBe('2024-08-27T14:51:00+08:00');
    expect(text(published)).toMatch(/27 August 2024.*\(2 days ago\)/);
    for (const f of doc.querySelectorAll('.field')) expect(f.querySelector('details.why summary')).not.toBeNull();
    expect(text(doc.querySelector('[data-field="dateline"] details.why .evidence'))).toBe('Label on the page: Dateline: Geneva, Switzerland');
  });

  it('gives each badge its status in words and a shape, not colour alone', () => {
    const badges = [...doc.querySelectorAll('.badge[data-badge-id][data-status]')];
    expect(badges.map((b) => [b.getAttribute('data-badge-id'), b.getAttribute('data-status')])).toEqual([
      ['trust-project', 'verified'],
      ['jti', 'report-only'],
      ['sopa', 'no-public-list'],
      ['ipi', 'not-listed'],
    ]);
    expect(text(badges[0]!.querySelector('.badge-status'))).toBe('Verified in the list as of 1 Aug 2026');
    expect(text(badges[2]!.querySelector('.badge-status'))).toBe('Claimed; no public list to check');
    expect(text(badges[3]!.querySelector('.badge-status'))).toBe('Not found in the list as of 1 Aug 2026');
    const glyphs = badges.map((b) => b.querySelector('.badge-glyph'));
    expect(new Set(glyphs.map((g) => g?.textContent)).size).toBe(4);
    expect(glyphs.every((g) => g?.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('links Trust Indicators to the outlet policy pages in a new tab without an opener', () => {
    const link = doc.querySelector('#indicators li[data-indicator="correctionsPolicy"] a');
    expect(link?.getAttribute('href')).toBe('https://hongkongfp.com/corrections/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(link)).toBe('Corrections policy');
  });

  it('groups quotes under each person with role and organisation, most quoted first', () => {
    const people = [...doc.querySelectorAll('.person[data-name]')];
    expect(people.map((p) => p.getAttribute('data-name'))).toEqual([
      'Ravina Shamdasani',
      'UN Human Rights Office (OHCHR)',
      'Raphael Viana David',
      '',
    ]);
    expect(text(people[0]!.querySelector('.person-role'))).toBe('OHCHR spokeswoman');
    expect(text(people[2]!.querySelector('.person-role'))).toBe("ISHR's China programme manager");
    expect([...people[0]!.querySelectorAll('.quote')].map((q) => q.getAttribute('data-quote-id'))).toEqual(['q2', 'q3']);
    expect(text(people[3]!.querySelector('.person-name'))).toBe('Speaker not identified');
    expect(text(doc.querySelector('#sourcing-line'))).toBe('5 quotes from 3 named sources: 2 official, 1 civil society; 0 anonymous');
  });

  it('flags low-confidence attributions and only those (not quotes that have no speaker at all)', () => {
    const flagged = [...doc.querySelectorAll('.confidence-low')].map((f) => f.parentElement?.querySelector('.quote')?.getAttribute('data-quote-id'));
    expect(flagged).toEqual(['q4']);
  });

  it('shows the first words of a long quote, ending in an ellipsis at a word boundary', () => {
    const q4 = text(doc.querySelector('.quote[data-quote-id="q4"]'));
    expect(q4.startsWith('“The onus is now on China')).toBe(true);
    expect(q4.endsWith('…”')).toBe(true);
    expect(q4.length).toBeLessThan(90);
  });

  it('puts the preferred export format first', () => {
    expect([...doc.querySelectorAll('#export .actions button')].map((b) => b.id)).toEqual(['copy-json', 'copy-citation', 'download-json']);
    const env = popupDom();
    renderState(env.root, { kind: 'ready', report: fakeReport() }, { ...env.ctx, exportFormat: 'text' });
    expect(env.doc.querySelector('#export .actions button')?.id).toBe('copy-citation');
    expect(env.doc.querySelector('#copy-citation')?.classList.contains('primary')).toBe(true);
  });
});

describe('popup: a speaker quoted many times (neg-wikipedia forced: 40+ unattributed headlines)', () => {
  it('shows the first six quotes and keeps the rest behind "Show N more"', () => {
    const base = fakeReport();
    const quotes = Array.from({ length: 10 }, (_, i) => ({ ...base.quotes[1]!, id: `m${i}`, text: `quote number ${i}` }));
    const report = fakeReport({ quotes, people: [{ ...base.people[1]!, quoteIds: quotes.map((q) => q.id) }] });
    const { doc } = render({ kind: 'ready', report });
    const person = doc.querySelector('.person[data-name="Ravina Shamdasani"]')!;
    expect(person.querySelectorAll(':scope > ul.quotes .quote').length).toBe(6);
    const more = person.querySelector('details.more-quotes');
    expect(text(more?.querySelector('summary') ?? null)).toBe('Show 4 more');
    expect(more?.querySelectorAll('.quote').length).toBe(4);
  });
});

describe('popup: hostile page data stays text (issue #7)', () => {
  const payload = '<img src=x onerror="window.pwned=1">';
  const report = fakeReport({
    title: payload,
    publisher: { name: `<b>${payload}</b>`, url: 'javascript:alert(1)', evidence: [{ source: 'meta', detail: payload }] },
    quotes: [{ ...fakeReport().quotes[1]!, id: 'q2', text: payload }],
    people: [{ name: `<script>alert(1)</script>`, aliases: [], roles: [payload], orgs: [], kind: 'other', quoteIds: ['q2'] }],
    trustIndicators: [
      { indicator: 'ethicsPolicy', url: 'javascript:alert(1)', text: null, evidence: [] },
      { indicator: 'masthead', url: 'data:text/html,<script>alert(1)</script>', text: null, evidence: [] },
    ],
  });
  const { doc } = render({ kind: 'ready', report });

  it('displays an XSS payload in a quote, a name and a role literally, creating no elements', () => {
    expect(doc.querySelectorAll('img, script, b').length).toBe(0);
    expect(text(doc.querySelector('.quote[data-quote-id="q2"]'))).toBe(`“${payload}”`);
    expect(text(doc.querySelector('.person .person-name'))).toBe('<script>alert(1)</script>');
    expect(text(doc.querySelector('.person .person-role'))).toBe(payload);
  });

  it('never turns javascript: or data: URLs from the page into links', () => {
    expect(doc.querySelectorAll('a').length).toBe(0);
    expect(text(doc.querySelector('[data-field="publisher"] .field-value'))).toBe(`<b>${payload}</b>`);
    expect(text(doc.querySelector('#indicators li[data-indicator="ethicsPolicy"]'))).toBe('Ethics policy');
  });
});

describe('popup: designed states', () => {
  it('offers "Analyse anyway" on a page that does not look like an article (neg-wikipedia)', () => {
    const report = fakeReport({ isArticle: false, articleEvidence: [{ source: 'meta', detail: 'og:type = website' }] });
    const state = stateFor({ ok: true, value: report }, false);
    expect(state.kind).toBe('not-article');
    const { root, doc } = render(state);
    expect(root.dataset.state).toBe('not-article');
    expect(text(doc.querySelector('.message-title'))).toBe("This page doesn't look like a news article");
    expect(doc.querySelector('button#analyse-anyway')).not.toBeNull();
  });

  it('shows the full report once the reader forces the analysis', () => {
    expect(stateFor({ ok: true, value: fakeReport({ isArticle: false }) }, true).kind).toBe('ready');
  });

  it('says "nothing found" for an article with no provenance at all', () => {
    const empty = fakeReport({ publisher: null, wire: [], dateline: null, published: null, badges: [], trustIndicators: [], quotes: [], people: [], photoCredits: [] });
    const state = stateFor({ ok: true, value: empty }, false);
    expect(state.kind).toBe('empty');
    expect(text(render(state).doc.querySelector('.message-title'))).toBe('Nothing found');
  });

  it.each([
    ['restricted', 'restricted', "This page can't be analysed", false],
    ['no-access', 'no-access', 'No access to this page', true],
    ['failed', 'error', 'Something went wrong', true],
    ['timeout', 'error', 'The analysis took too long', true],
  ] as const)('maps a %s failure to the %s state with its own words', (error, kind, title, retry) => {
    const state = stateFor({ ok: false, error, message: 'detail' }, false);
    expect(state.kind).toBe(kind);
    const { root, doc } = render(state);
    expect(root.dataset.state).toBe(kind);
    expect(text(doc.querySelector('.message-title'))).toBe(title);
    expect(doc.querySelector('#retry') !== null).toBe(retry);
  });

  it('marks the loading state busy and replaces it completely when the report arrives', () => {
    const env = popupDom();
    renderState(env.root, { kind: 'loading' }, env.ctx);
    expect(env.root.getAttribute('aria-busy')).toBe('true');
    expect(env.doc.querySelector('.spinner')).not.toBeNull();
    renderState(env.root, { kind: 'ready', report: fakeReport() }, env.ctx);
    expect(env.root.getAttribute('aria-busy')).toBe('false');
    expect(env.doc.querySelector('.spinner')).toBeNull();
  });

  it('tells the reader when the analysis was truncated or an extractor failed', () => {
    const { doc } = render({ kind: 'ready', report: fakeReport({ truncated: true, errors: [{ extractor: 'quotes', message: 'boom' }] }) });
    expect(doc.querySelector('#truncated')).not.toBeNull();
    expect(text(doc.querySelector('#extract-errors'))).toBe('Some details could not be read: quotes');
  });
});

describe('text citation', () => {
  it('names the story, who produced it, when it was published, its address and the analysis date', () => {
    const citation = textCitation(fakeReport(), englishMessages, 'en-GB', new Date('2026-11-28T10:00:00Z'));
    expect(citation).toBe(
      "'Problematic' policies persist in China's Xinjiang, UN rights office says — AFP story, republished by Hong Kong Free Press · filed from Geneva, Switzerland · News Service. " +
        'Published 27 August 2024. https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/ (Provenance Lens, 28 November 2026)',
    );
  });
});
