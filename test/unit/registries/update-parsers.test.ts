/**
 * The registry update script's parsers, on saved samples of each source's format
 * (test/unit/registries/samples/, see its README). They run offline; only a maintainer's
 * `npm run registries:update` fetches the live sources.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  entryDomain,
  jtiEntry,
  mergeEntries,
  parseIfcnSignatories,
  parseJtiCertifiedList,
  parseJtiReport,
  parseTrustProjectDirectory,
  parseTrustProjectPartner,
  registryProblems,
  trustProjectEntry,
  type ScriptRegistryEntry,
} from '../../../scripts/update-registries.mjs';

const sample = (name: string): string => readFileSync(join(__dirname, 'samples', name), 'utf8');

describe('entryDomain', () => {
  it('drops www./m./amp. but keeps a sub-domain that is itself the outlet (news.sky.com)', () => {
    expect(entryDomain('https://www.hongkongfp.com/')).toBe('hongkongfp.com');
    expect(entryDomain('amp.theguardian.com')).toBe('theguardian.com');
    expect(entryDomain('https://news.sky.com/')).toBe('news.sky.com');
  });

  it('rejects what is not a website (empty, javascript:, a bare public suffix)', () => {
    expect(entryDomain('')).toBeNull();
    expect(entryDomain('javascript:alert(1)')).toBeNull();
    expect(entryDomain('https://co.uk/')).toBeNull();
  });
});

describe('IFCN signatories API', () => {
  const entries = parseIfcnSignatories(sample('ifcn-signatories.json'), '2026-11-28');
  const byName = new Map(entries.map((e) => [e.name, e]));

  it('maps the three signatory statuses and skips applicants', () => {
    expect(byName.get('Aos Fatos')?.status).toBe('verified');
    expect(byName.get('Newtral')?.status).toBe('in-renewal');
    expect(byName.get('CORRECTIV')?.status).toBe('expired');
    expect(byName.has('Applicant News')).toBe(false);
  });

  it('takes the domain from organization_owner.website, the date from the approval date and the profile as source', () => {
    expect(byName.get('Aos Fatos')).toMatchObject({
      domains: ['aosfatos.org'],
      since: '2025-11-03',
      statusAsOf: '2026-11',
      source: 'https://ifcncodeofprinciples.poynter.org/profile/aos-fatos',
    });
    expect(byName.get('CORRECTIV')?.domains).toEqual(['correctiv.org']);
  });

  it('scopes a fact-check unit whose website is a section of a larger site (ABS-CBN /factcheck)', () => {
    expect(byName.get('ABS-CBN Fact Check')).toMatchObject({ domains: ['abs-cbn.com'], scopeUrl: 'https://news.abs-cbn.com/factcheck', unitOnly: true });
  });

  it('leaves domains empty with a note when IFCN gives no website', () => {
    expect(byName.get('Verifica Sin Web')).toMatchObject({ domains: [] });
    expect(byName.get('Verifica Sin Web')?.note).toBeTruthy();
  });

  it('returns entries that pass the registry checks (sorted, sourced)', () => {
    expect(registryProblems({ programme: 'ifcn', asOf: '2026-11-28', entries })).toEqual([]);
  });
});

describe('Trust Project partner directory', () => {
  const partners = parseTrustProjectDirectory(sample('trust-project-directory.html'));

  it('lists each /partner/<slug> once, ignoring the site navigation', () => {
    expect(partners.map((p) => p.slug)).toEqual(['hong-kong-free-press', 'frontline', 'the-examiner-news']);
    expect(partners[0]).toEqual({ slug: 'hong-kong-free-press', name: 'Hong Kong Free Press', url: 'https://network.thetrustproject.org/partner/hong-kong-free-press' });
  });

  it("reads a partner page's website (not its social links) and joining month", () => {
    const page = parseTrustProjectPartner(sample('trust-project-partner-hong-kong-free-press.html'), partners[0]!.url);
    expect(page).toEqual({ name: 'Hong Kong Free Press', website: 'https://hongkongfp.com/', since: '2023-12' });
    expect(trustProjectEntry(partners[0]!, page)).toMatchObject({ domains: ['hongkongfp.com'], status: 'partner', evidence: 'partner-page' });
  });

  it('turns a website under a path into a pathPrefix (FRONTLINE on pbs.org/wgbh/frontline)', () => {
    const page = parseTrustProjectPartner(sample('trust-project-partner-frontline.html'), partners[1]!.url);
    expect(trustProjectEntry(partners[1]!, page)).toMatchObject({ domains: ['pbs.org'], pathPrefix: '/wgbh/frontline' });
  });

  it('keeps a partner without a website, with an empty domain list and a note', () => {
    const page = parseTrustProjectPartner(sample('trust-project-partner-the-examiner-news.html'), partners[2]!.url);
    const entry = trustProjectEntry(partners[2]!, page);
    expect(entry).toMatchObject({ domains: [], since: '2020-09-16' });
    expect(entry.note).toBeTruthy();
  });
});

describe('JTI pages', () => {
  it('reads a transparency report without certification as a report (HKFP)', () => {
    const r = parseJtiReport(sample('jti-report-6XqD12Lo7vLg9wY7.html'), 'https://www.jti-app.com/report/6XqD12Lo7vLg9wY7');
    expect(r).toEqual({ name: 'Hong Kong Free Press', website: 'https://hongkongfp.com/', certified: false, date: '2024-02-20' });
    expect(jtiEntry(r as { name: string; website: string }, 'https://www.jti-app.com/report/6XqD12Lo7vLg9wY7', r.certified, r.date)).toMatchObject({ status: 'report', domains: ['hongkongfp.com'] });
  });

  it('reads a certification statement on a report page as certified (Winnipeg Free Press)', () => {
    expect(parseJtiReport(sample('jti-report-wfp2024.html'), 'https://www.jti-app.com/report/wfp2024')).toMatchObject({ certified: true, website: 'https://www.winnipegfreepress.com/' });
  });

  it('lists certified media with their websites, skipping cards that only link back to JTI', () => {
    expect(parseJtiCertifiedList(sample('jti-certified.html')).map((m) => m.name)).toEqual(['RTÉ News', 'SWI swissinfo.ch', 'Radio Taiwan International (Rti)']);
  });
});

describe('merging a fresh list into the bundled one', () => {
  const old: ScriptRegistryEntry[] = [
    { name: 'Alpha News', domains: ['alpha.example'], status: 'partner', since: '2019-05-08', source: 'https://old.example/release', note: 'From the 2019 cohort.' },
    { name: 'Beta Times', domains: ['beta.example'], status: 'partner', since: null, source: 'https://old.example/release' },
  ];

  it('keeps the older since date and source when the fresh source lacks them', () => {
    const fresh = [{ name: 'Alpha News', domains: ['alpha.example'], status: 'partner', since: null, source: 'https://network.thetrustproject.org/partner/alpha' }];
    const merged = mergeEntries(old, fresh, { missingStatus: 'removed', asOf: '2026-11-28' });
    expect(merged[0]).toMatchObject({ since: '2019-05-08', source: 'https://network.thetrustproject.org/partner/alpha', otherSources: ['https://old.example/release'] });
  });

  it('marks an entry the directory no longer lists as removed instead of dropping it', () => {
    const merged = mergeEntries(old, [], { missingStatus: 'removed', asOf: '2026-11-28' });
    expect(merged.map((e) => [e.name, e.status])).toEqual([['Alpha News', 'removed'], ['Beta Times', 'removed']]);
    expect(merged[1]?.note).toContain('2026-11-28');
  });

  it('keeps entries unchanged when the source is known to be partial (JTI)', () => {
    expect(mergeEntries(old, [], { missingStatus: null, asOf: '2026-11-28' })).toEqual(old);
  });
});

describe('npm run registries:update', () => {
  it('runs end to end on the saved samples with --dry-run, checks each file and writes nothing', () => {
    const root = resolve(__dirname, '../../..');
    const registry = join(root, 'src/data/registries/ifcn.json');
    const before = readFileSync(registry, 'utf8');
    const r = spawnSync('node', ['scripts/update-registries.mjs', '--from', 'test/unit/registries/samples', '--dry-run'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ifcn: \d+ → \d+ entries, asOf \d{4}-\d{2}-\d{2} \(dry run, not written\)$/m);
    expect(r.stdout).toMatch(/^trust-project: /m);
    expect(r.stdout).toMatch(/^jti: /m);
    expect(readFileSync(registry, 'utf8')).toBe(before);
  });
});
