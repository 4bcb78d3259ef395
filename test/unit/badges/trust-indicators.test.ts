/**
 * Trust Indicators: schema.org policy properties on the article or its publisher, the
 * visible "Behind the Story" box, and the outlet's trust-indicator link menu.
 */
import { describe, expect, it } from 'vitest';
import { extractTrustIndicators } from '../../../src/extract/trust-indicators';
import { jsonLd, pageContext } from './page';

const HKFP = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';

/** The shape of HKFP's Yoast graph: the article points at the organisation by @id. */
const HKFP_GRAPH = jsonLd({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'NewsArticle', '@id': `${HKFP}#article`, headline: 'x', publisher: { '@id': 'https://hongkongfp.com/#organization' } },
    {
      '@type': ['Organization', 'NewsMediaOrganization'],
      '@id': 'https://hongkongfp.com/#organization',
      name: 'Hong Kong Free Press HKFP',
      publishingPrinciples: 'https://hongkongfp.com/hkfp-code-of-ethics/',
      ethicsPolicy: 'https://hongkongfp.com/hkfp-code-of-ethics/',
      correctionsPolicy: 'https://hongkongfp.com/corrections-policy/',
      ownershipFundingInfo: 'https://hongkongfp.com/transparency/',
      actionableFeedbackPolicy: 'https://hongkongfp.com/contact/',
    },
  ],
});

function indicators(body: string, head: string, url: string | null = HKFP) {
  return extractTrustIndicators(pageContext(body, url, head));
}

function urlOf(list: ReturnType<typeof indicators>, indicator: string): (string | null)[] {
  return list.filter((i) => i.indicator === indicator).map((i) => i.url);
}

describe('schema.org policy properties', () => {
  it("reads HKFP's ethics, corrections, ownership/funding and feedback links from the publisher node reached by @id", () => {
    const list = indicators('', HKFP_GRAPH);
    expect(urlOf(list, 'ethicsPolicy')).toEqual(['https://hongkongfp.com/hkfp-code-of-ethics/']);
    expect(urlOf(list, 'correctionsPolicy')).toEqual(['https://hongkongfp.com/corrections-policy/']);
    expect(urlOf(list, 'ownershipFundingInfo')).toEqual(['https://hongkongfp.com/transparency/']);
    expect(urlOf(list, 'actionableFeedbackPolicy')).toEqual(['https://hongkongfp.com/contact/']);
    expect(list.find((i) => i.indicator === 'ethicsPolicy')?.evidence[0]).toEqual({ source: 'json-ld', detail: 'NewsMediaOrganization.ethicsPolicy' });
  });

  it('reports the same policy once when the article and its publisher both give it (HKFP publishingPrinciples)', () => {
    const article = jsonLd({ '@context': 'http://schema.org', '@type': 'NewsArticle', headline: 'x', publishingPrinciples: 'https://hongkongfp.com/hkfp-code-of-ethics/' });
    const list = indicators('', HKFP_GRAPH + article);
    const pp = list.filter((i) => i.indicator === 'publishingPrinciples');
    expect(pp).toHaveLength(1);
    expect(pp[0]?.evidence).toHaveLength(2);
  });

  it('reads a publisher nested inside the article, the INN plugin and 2017 MVP shape', () => {
    const head = jsonLd({ '@type': 'ReportageNewsArticle', headline: 'x', publisher: { '@type': 'NewsMediaOrganization', masthead: 'https://news.example/masthead' } });
    expect(urlOf(indicators('', head, 'https://news.example/a'), 'masthead')).toEqual(['https://news.example/masthead']);
  });

  it('reports the legacy ownershipFundingGrants (2017 Economist example) as ownershipFundingInfo, and skips empty "no policy" strings', () => {
    const head = jsonLd({
      '@type': 'NewsMediaOrganization',
      ethicsPolicy: 'http://www.economistgroup.com/guiding_principles.html',
      correctionsPolicy: '',
      ownershipFundingGrants: 'http://www.economistgroup.com/ownership.html',
    });
    const list = indicators('', head, 'https://www.economist.com/x');
    expect(urlOf(list, 'ownershipFundingInfo')).toEqual(['http://www.economistgroup.com/ownership.html']);
    expect(list.find((i) => i.indicator === 'ownershipFundingInfo')?.evidence[0]?.detail).toBe('NewsMediaOrganization.ownershipFundingGrants');
    expect(urlOf(list, 'correctionsPolicy')).toEqual([]);
  });

  it('never puts a javascript:, data: or mailto: value in url, and resolves a relative path against the page', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: 'x',
      ethicsPolicy: 'javascript:alert(1)',
      correctionsPolicy: 'data:text/html,<b>x</b>',
      actionableFeedbackPolicy: 'mailto:desk@news.example',
      masthead: '/about/masthead',
    });
    const list = indicators('', head, 'https://news.example/2024/story');
    expect(list.map((i) => i.indicator)).toEqual(['masthead']);
    expect(list[0]?.url).toBe('https://news.example/about/masthead');
  });

  it('keeps a text-only value (ownershipFundingInfo has range Text) as text with url null', () => {
    const head = jsonLd({ '@type': 'NewsMediaOrganization', ownershipFundingInfo: 'Owned by the Example Trust, a non-profit.' });
    const list = indicators('', head);
    expect(list).toEqual([
      { indicator: 'ownershipFundingInfo', url: null, text: 'Owned by the Example Trust, a non-profit.', evidence: [{ source: 'json-ld', detail: 'NewsMediaOrganization.ownershipFundingInfo' }] },
    ]);
  });

  it('ignores policies of an unrelated organisation node that is not the publisher (a sponsor)', () => {
    const head = jsonLd({ '@type': 'Organization', name: 'Sponsor Inc', ethicsPolicy: 'https://sponsor.example/ethics' });
    expect(indicators('', head)).toEqual([]);
  });
});

describe('the visible Trust Indicators box', () => {
  it("reads HKFP's Dateline and Type of Story labels", () => {
    const body = `<div class="trust-indicators-article"><h4>Dateline:</h4><p>Geneva, Switzerland</p>
      <h4>Type of Story: News Service</h4><p>Produced externally by an organization we trust to adhere to high journalistic standards.</p></div>`;
    const list = indicators(body, '');
    expect(list.find((i) => i.indicator === 'dateline')?.text).toBe('Geneva, Switzerland');
    expect(list.find((i) => i.indicator === 'typeOfWork')?.text).toBe('News Service');
    expect(list.every((i) => i.evidence[0]?.source === 'label')).toBe(true);
  });

  it("reads the INN widget's Corrections and Sourcing & Methodology Statement fields, with the link they hold", () => {
    const body = `<aside><h4>Corrections:</h4><p>An earlier version misnamed the agency. <a href="https://news.example/corrections">All corrections</a></p>
      <h4>Sourcing &amp; Methodology Statement:</h4><p>We interviewed 12 residents.</p></aside>`;
    const list = indicators(body, '', 'https://news.example/story');
    expect(list.find((i) => i.indicator === 'correction')?.url).toBe('https://news.example/corrections');
    expect(list.find((i) => i.indicator === 'backstory')?.text).toBe('We interviewed 12 residents.');
  });
});

describe('the trust-indicator link menu', () => {
  it("reads Mercury News' DFM footer links and merges the one the JSON-LD already gave", () => {
    const head = jsonLd({ '@context': 'http://schema.org', '@type': [], headline: 'Letters', publishingPrinciples: 'https://www.mercurynews.com/policies-and-standards/' });
    const body = `<div class="dfm-trust-indicators-footer-links"><ul id="menu-trust-indicators">
      <li><a href="https://www.mercurynews.com/report-an-error/">Report an error</a></li>
      <li><a href="https://www.mercurynews.com/policies-and-standards/">Policies and Standards</a></li>
      <li><a href="javascript:void(0)">Contact Us</a></li></ul></div>`;
    const list = indicators(body, head, 'https://www.mercurynews.com/2023/01/16/letters-1119/');
    expect(list.map((i) => [i.indicator, i.url])).toEqual([
      ['publishingPrinciples', 'https://www.mercurynews.com/policies-and-standards/'],
      ['actionableFeedbackPolicy', 'https://www.mercurynews.com/report-an-error/'],
    ]);
    expect(list[0]?.evidence.map((e) => e.source)).toEqual(['json-ld', 'link']);
  });

  it('does not read ordinary footer links outside a trust-indicator menu', () => {
    expect(indicators('<footer><a href="https://news.example/contact">Contact us</a></footer>', '', 'https://news.example/x')).toEqual([]);
  });
});
