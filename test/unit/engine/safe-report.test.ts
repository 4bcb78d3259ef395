/**
 * The last pass over every report (src/extract/safe-report.ts): the rules that keep page
 * data from being turned against the reader, whatever an extractor let through.
 */
import { describe, expect, it } from 'vitest';
import { cleanLabel, cleanQuoteText, safeReport, safeUrl } from '../../../src/extract/safe-report';
import type { Report } from '../../../src/report';

describe('safeUrl', () => {
  it('keeps only absolute http(s) URLs: javascript:, data:, file:, vbscript: become null', () => {
    expect(safeUrl('https://news.example/corrections')).toBe('https://news.example/corrections');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeUrl('java\nscript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeUrl('file:///etc/passwd')).toBeNull();
    expect(safeUrl('vbscript:msgbox')).toBeNull();
    expect(safeUrl(42)).toBeNull();
  });

  it('resolves a relative policy link against the page and drops user:password ("https://bbc.co.uk@evil.example")', () => {
    expect(safeUrl('/about/corrections', 'https://news.example/story')).toBe('https://news.example/about/corrections');
    expect(safeUrl('https://bbc.co.uk@evil.example/x')).toBe('https://evil.example/x');
  });
});

describe('cleanLabel (names, bylines, publisher, labels, evidence)', () => {
  it('removes bidi overrides/isolates/marks and zero-width characters, so a name looks like what it is', () => {
    expect(cleanLabel('Reu\u200Bters')).toBe('Reuters');
    expect(cleanLabel('\u202EsretueR')).toBe('sretueR');
    expect(cleanLabel('Jane\u2066 Doe\u2069\u200F')).toBe('Jane Doe');
    expect(cleanLabel('A\u00ADP\uFEFF')).toBe('AP');
    expect(cleanLabel('tag\u{E0041}\u{E0042}s')).toBe('tags');
  });

  it('collapses whitespace, keeps markup as literal text, and caps the length', () => {
    expect(cleanLabel('  Jane \n\t Doe ')).toBe('Jane Doe');
    expect(cleanLabel('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cleanLabel('x'.repeat(5000)).length).toBe(1000);
  });
});

describe('cleanQuoteText', () => {
  it('keeps the quote as the reader saw it but closes an override left open, so it cannot reverse what follows', () => {
    expect(cleanQuoteText('abc \u202Edef')).toBe('abc \u202Edef\u202C');
    expect(cleanQuoteText('\u2067مرحبا\u2069 hi')).toBe('\u2067مرحبا\u2069 hi');
    expect(cleanQuoteText('\u2068a\u202Bb')).toBe('\u2068a\u202Bb\u202C\u2069');
    expect(cleanQuoteText('no controls')).toBe('no controls');
  });

  it('removes zero-width spaces but keeps the joiners Persian and emoji need (ZWNJ, ZWJ)', () => {
    expect(cleanQuoteText('we\u200B will')).toBe('we will');
    expect(cleanQuoteText('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
  });
});

describe('safeReport', () => {
  const base = (): Report => ({
    schemaVersion: 1, isArticle: true, articleEvidence: [], title: 'T', url: 'https://news.example/a', lang: 'en',
    publisher: { name: 'News\u200B Example', url: 'javascript:alert(1)', evidence: [{ source: 'json-ld', detail: 'publisher\u202E' }] },
    wire: [], producedExternally: false, producedExternallyEvidence: [], dateline: null, datelineEvidence: [],
    storyType: null, storyLabel: null, storyTypeEvidence: [], bylines: ['Jane\u200B Doe'], bylineEvidence: [],
    published: null, modified: null, dateEvidence: [], photoCredits: [], badges: [],
    trustIndicators: [{ indicator: 'correctionsPolicy', url: '/corrections', text: null, evidence: [] }],
    quotes: [{
      id: 'q1', text: 'We\u200B act \u202Enow', speaker: '\u202EeoD enaJ', role: null, org: null, partial: false,
      confidence: 7, anchor: { exact: 'We\u200B act \u202Enow', prefix: '', suffix: '', start: 0, end: 13 },
    }],
    people: [], sourcing: { named: 0, anonymous: 0, unattributed: 1, namedSources: 0, officials: 0, experts: 0, civilSociety: 0, journalists: 0, other: 0, partialOnly: 0, totalQuotes: 1 },
    errors: [], truncated: false, elapsedMs: Number.NaN,
  });

  it('applies every rule and leaves the anchor byte-for-byte (it must match the page to re-anchor)', () => {
    const r = safeReport(base());
    expect(r.publisher).toEqual({ name: 'News Example', url: null, evidence: [{ source: 'json-ld', detail: 'publisher' }] });
    expect(r.bylines).toEqual(['Jane Doe']);
    expect(r.trustIndicators[0]!.url).toBe('https://news.example/corrections');
    expect(r.quotes[0]!.text).toBe('We act \u202Enow\u202C');
    expect(r.quotes[0]!.speaker).toBe('eoD enaJ');
    expect(r.quotes[0]!.confidence).toBe(1);
    expect(r.quotes[0]!.anchor.exact).toBe('We\u200B act \u202Enow');
    expect(r.elapsedMs).toBe(0);
  });

  it('turns a file: page URL into null (report URLs are http(s) only) and keeps optional fields it does not know', () => {
    const input = { ...base(), url: 'file:///home/me/page.html' } as Report & { extra?: string };
    input.quotes[0]!.attribution = 'said X';
    const r = safeReport(input);
    expect(r.url).toBeNull();
    expect(r.quotes[0]!.attribution).toBe('said X');
  });
});
