/**
 * Trust-programme badges: each signature in src/data/badge-signatures.json, each status,
 * and the logos that are not trust badges. Each case names the real page that motivated it.
 */
import { describe, expect, it } from 'vitest';
import { extractBadges } from '../../../src/extract/badges';
import { verifyBadge } from '../../../src/verify/badges';
import { jsonLd, pageContext } from './page';

const HKFP = 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/';

/** HKFP's footer row of programme logos (test/corpus/hkfp-afp-un-xinjiang). */
const HKFP_BADGE_ROW = `
<div class="wp-block-columns hkfp-trust-badges">
  <div class="wp-block-column"><div class="trust-indicators-mark"><a href="https://thetrustproject.org/"><img src="/wp-content/uploads/2023/12/trust-project-logo.png" alt="The Trust Project HKFP"></a></div></div>
  <div class="wp-block-column"><a href="https://www.jti-app.com/report/6XqD12Lo7vLg9wY7"><img src="/wp-content/uploads/2024/02/jti-logo.png" alt="Journalist Trust Initiative HKFP"></a></div>
  <div class="wp-block-column"><a href="https://www.sopasia.com/"><img src="/wp-content/uploads/2020/04/sopa-logo.png" alt="Society of Publishers in Asia"></a></div>
  <div class="wp-block-column"><a href="https://ipi.media/"><img src="/wp-content/uploads/2020/04/ipi-logo.png" alt="International Press Institute"></a></div>
  <div class="wp-block-column"><a href="https://www.oxfam.org.hk/"><img src="/wp-content/uploads/2022/05/oxfam-living-wage.png" alt="Oxfam Living Wage Employer"></a></div>
</div>
<p class="hkfp-apps"><a href="https://play.google.com/store/apps/details?id=com.hongkongfp"><img src="/google-play.png" alt="Google Play hkfp"></a>
<a href="https://apps.apple.com/app/hkfp/id1564486712"><img src="/app-store.png" alt="hkfp app Apple"></a>
<img src="/payment-methods.png" alt="hkfp payment methods"></p>`;

/** Mercury News' DFM Trust Indicators footer (test/corpus/opinion-letters-mercurynews). */
const DFM_TRUST_LOGO = `<div class="dfm-trust-indicators-footer-links"><a href="https://thetrustproject.org/" class="dfm-trust-indicators-logo">
  <img src="https://www.mercurynews.com/wp-content/plugins/dfm-trust-indicators/static/images/Trust-Logo-Horizontal.svg" alt="The Trust Project Logo"></a></div>`;

/** What the reader sees: the claims the page makes, checked against the bundled registries. */
function checked(body: string, url: string | null, head = '') {
  const ctx = pageContext(body, url, head);
  return extractBadges(ctx).map((b) => verifyBadge(b, ctx.url));
}

function byId(body: string, url: string | null, head = '') {
  return new Map(checked(body, url, head).map((b) => [b.id, b]));
}

describe('badges as the page claims them, before any registry check', () => {
  it('leaves every claim unchecked in the page: the registries are checked outside it (background, CLI)', () => {
    const ctx = pageContext(HKFP_BADGE_ROW, HKFP);
    const claims = extractBadges(ctx);
    expect(claims.map((b) => b.id).sort()).toEqual(['ipi', 'jti', 'sopa', 'trust-project']);
    expect(claims.every((b) => b.status === 'unchecked' && b.registryEntry === null)).toBe(true);
  });
});

describe('badges on the HKFP sample page', () => {
  const badges = byId(HKFP_BADGE_ROW, HKFP);

  it('verifies The Trust Project for a partner in the bundled list (HKFP joined 2023-12-14)', () => {
    const tp = badges.get('trust-project');
    expect(tp?.status).toBe('verified');
    expect(tp?.asOf).toBe('2025-04-29');
    expect(tp?.registryEntry?.domains).toContain('hongkongfp.com');
    expect(tp?.registryEntry?.source).toMatch(/^https:\/\//);
    expect(tp?.evidence.map((e) => e.detail).join(' ')).toContain('thetrustproject.org');
  });

  it('reports JTI as report-only: HKFP published a transparency report, it is not certified', () => {
    const jti = badges.get('jti');
    expect(jti?.status).toBe('report-only');
    expect(jti?.registryEntry?.status).toBe('report');
    expect(jti?.evidence.some((e) => e.detail.includes('jti-app.com/report/'))).toBe(true);
  });

  it('reports SOPA and IPI as claimed with no public list to check them against', () => {
    expect(badges.get('sopa')?.status).toBe('no-public-list');
    expect(badges.get('ipi')?.status).toBe('no-public-list');
    expect(badges.get('ipi')?.registryEntry).toBeNull();
  });

  it('ignores the Oxfam Living Wage Employer logo, the app-store badges and the payment logos', () => {
    expect([...badges.keys()].sort()).toEqual(['ipi', 'jti', 'sopa', 'trust-project']);
  });
});

describe('verification against the registry', () => {
  it('never verifies a Trust Project logo on a domain that is not a partner (copied logo)', () => {
    const tp = byId(DFM_TRUST_LOGO, 'https://www.example-news.com/2024/story').get('trust-project');
    expect(tp?.status).toBe('not-listed');
    expect(tp?.registryEntry).toBeNull();
    expect(tp?.asOf).toBe('2025-04-29');
  });

  it('verifies the DFM Trust Indicators logo on www.mercurynews.com (sub-domain of the listed mercurynews.com)', () => {
    expect(byId(DFM_TRUST_LOGO, 'https://www.mercurynews.com/2023/01/16/letters-1119/').get('trust-project')?.status).toBe('verified');
  });

  it('does not lend a partner listed by registrable domain to a look-alike domain', () => {
    expect(byId(DFM_TRUST_LOGO, 'https://mercurynews.com.evil.example/story').get('trust-project')?.status).toBe('not-listed');
  });

  it('verifies only the listed sub-domain when the parent is not a member (news.sky.com, not sky.com)', () => {
    expect(byId(DFM_TRUST_LOGO, 'https://news.sky.com/story/x').get('trust-project')?.status).toBe('verified');
    expect(byId(DFM_TRUST_LOGO, 'https://www.sky.com/watch/x').get('trust-project')?.status).toBe('not-listed');
  });

  it('honours pathPrefix: FRONTLINE is a partner on pbs.org/wgbh/frontline, not all of pbs.org', () => {
    expect(byId(DFM_TRUST_LOGO, 'https://www.pbs.org/wgbh/frontline/article/x/').get('trust-project')?.status).toBe('verified');
    expect(byId(DFM_TRUST_LOGO, 'https://www.pbs.org/newshour/politics/x').get('trust-project')?.status).toBe('not-listed');
  });

  it('says not-listed, never verified, when the page has no URL to check', () => {
    expect(byId(DFM_TRUST_LOGO, null).get('trust-project')?.status).toBe('not-listed');
  });

  it('verifies a JTI-certified outlet (Winnipeg Free Press) showing its JTI report link', () => {
    const body = '<a href="https://www.jti-app.com/report/abc123">Our JTI transparency report</a>';
    expect(byId(body, 'https://www.winnipegfreepress.com/local/2024/x').get('jti')?.status).toBe('verified');
  });
});

describe('IFCN signatories', () => {
  const IFCN_BADGE = '<a href="https://ifcncodeofprinciples.poynter.org/profile/x"><img src="https://cdn.ifcncodeofprinciples.poynter.org/storage/badges/abc.png" alt="IFCN signatory"></a>';

  it('verifies a current signatory (Aos Fatos, IFCN API 2026-08)', () => {
    expect(byId(IFCN_BADGE, 'https://www.aosfatos.org/noticias/x/').get('ifcn')?.status).toBe('verified');
  });

  it('reports a signatory known only from the 2018 list as listed-expired (Correctiv)', () => {
    const b = byId(IFCN_BADGE, 'https://correctiv.org/faktencheck/x/').get('ifcn');
    expect(b?.status).toBe('listed-expired');
    expect(b?.registryEntry?.status).toBe('historical');
  });

  it('reports a signatory last confirmed in 2023 (Full Fact) as listed-expired: IFCN verification lapses after a year', () => {
    const b = byId(IFCN_BADGE, 'https://fullfact.org/health/x/').get('ifcn');
    expect(b?.status).toBe('listed-expired');
    expect(b?.registryEntry?.status).toBe('verified');
  });

  it("vouches for a fact-check unit only inside its scope (AP Fact Check, not the rest of apnews.com)", () => {
    expect(byId(IFCN_BADGE, 'https://apnews.com/hub/ap-fact-check/x').get('ifcn')?.registryEntry?.name).toMatch(/AP Fact Check/);
    expect(byId(IFCN_BADGE, 'https://apnews.com/article/sports-x').get('ifcn')?.status).toBe('not-listed');
  });

  it('reads the badge image from the IFCN CDN even without a link around it', () => {
    const body = '<img src="https://cdn.ifcncodeofprinciples.poynter.org/storage/badges/abc.png" alt="">';
    expect(byId(body, 'https://www.aosfatos.org/x').get('ifcn')?.status).toBe('verified');
  });
});

describe('what counts as a claim', () => {
  it('counts the JTI logo by its alt text alone ("Journalism Trust Initiative")', () => {
    expect(byId('<img src="/img/badge.png" alt="Journalism Trust Initiative certified">', HKFP).has('jti')).toBe(true);
  });

  it('counts the INN plugin widget .trust-indicators-mark with its Trust-Logo-Stacked.svg', () => {
    const body = '<div class="trust-indicators-mark"><a href="http://thetrustproject.org/"><img src="/plugins/trust-indicators/Trust-Logo-Stacked.svg"></a></div>';
    expect(byId(body, HKFP).get('trust-project')?.status).toBe('verified');
  });

  it('counts a NewsGuard badge as claimed with no public list', () => {
    const body = '<a href="https://www.newsguardtech.com/"><img src="/newsguard-badge.png" alt="NewsGuard"></a>';
    expect(byId(body, 'https://example.org/x').get('newsguard')?.status).toBe('no-public-list');
  });

  it('does not treat a text link to thetrustproject.org inside a story as a badge', () => {
    const body = '<article><p>The <a href="https://thetrustproject.org/">Trust Project</a>, a consortium of news outlets, said on Monday…</p></article>';
    expect(byId(body, 'https://www.example-news.com/x')).toEqual(new Map());
  });

  it('counts a text link naming the programme in the site footer (an outlet listing its memberships)', () => {
    const body = '<footer class="site-footer"><ul><li><a href="https://thetrustproject.org/">The Trust Project</a></li></ul></footer>';
    expect(byId(body, 'https://www.mercurynews.com/x').get('trust-project')?.status).toBe('verified');
  });

  it('does not treat a captioned news photo of a programme logo as a badge', () => {
    const body = '<figure><img src="/uploads/ifcn-logo.jpg" alt="The International Fact-Checking Network logo"><figcaption>The IFCN met in Oslo.</figcaption></figure>';
    expect(byId(body, 'https://www.example-news.com/x')).toEqual(new Map());
  });

  it('does not turn JSON-LD policy fields alone into a badge', () => {
    const head = jsonLd({ '@type': 'NewsMediaOrganization', name: 'X', ethicsPolicy: 'https://x.example/ethics', publishingPrinciples: 'https://thetrustproject.org/' });
    expect(byId('<p>Story</p>', 'https://x.example/story', head)).toEqual(new Map());
  });

  it("does not count the programme's own logo on the programme's own site", () => {
    expect(byId(DFM_TRUST_LOGO, 'https://thetrustproject.org/about/')).toEqual(new Map());
  });

  it('reports each programme once, with its evidence merged', () => {
    const badges = checked(HKFP_BADGE_ROW + HKFP_BADGE_ROW, HKFP);
    expect(badges.filter((b) => b.id === 'trust-project')).toHaveLength(1);
    expect(new Set(badges.find((b) => b.id === 'trust-project')?.evidence.map((e) => e.detail)).size).toBe(
      badges.find((b) => b.id === 'trust-project')?.evidence.length,
    );
  });
});
