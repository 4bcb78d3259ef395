/**
 * A hand-written report shaped like the engine's answer for the sample article
 * (test/corpus/hkfp-afp-un-xinjiang: AFP story republished by HKFP, filed from Geneva),
 * so popup tests do not depend on how far the engine has got.
 */
import type { Quote, Report } from '../../../src/report';

const quote = (id: string, text: string, speaker: string | null, confidence = 0.9, partial = false): Quote => ({
  id,
  text,
  speaker,
  role: null,
  org: null,
  partial,
  confidence,
  anchor: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
  attribution: 'said X',
});

export function fakeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    isArticle: true,
    articleEvidence: [{ source: 'meta', detail: 'og:type = article' }],
    title: "'Problematic' policies persist in China's Xinjiang, UN rights office says",
    url: 'https://hongkongfp.com/2024/08/27/problematic-policies-persist-in-chinas-xinjiang-un-rights-office-says/',
    lang: 'en',
    publisher: { name: 'Hong Kong Free Press', url: 'https://hongkongfp.com/', evidence: [{ source: 'json-ld', detail: 'NewsArticle.publisher.name' }] },
    wire: [{ agency: 'AFP', name: 'Agence France-Presse', role: 'produced', evidence: [{ source: 'json-ld', detail: 'author.name = AFP' }] }],
    producedExternally: true,
    producedExternallyEvidence: [{ source: 'label', detail: 'Type of Story: News Service' }],
    dateline: 'Geneva, Switzerland',
    datelineEvidence: [{ source: 'label', detail: 'Dateline: Geneva, Switzerland' }],
    storyType: 'news',
    storyLabel: 'News Service',
    storyTypeEvidence: [{ source: 'label', detail: 'Type of Story: News Service' }],
    bylines: [],
    bylineEvidence: [],
    published: '2024-08-27T14:51:00+08:00',
    modified: '2024-08-27T16:02:00+08:00',
    dateEvidence: [{ source: 'json-ld', detail: 'datePublished' }],
    photoCredits: [{ text: 'Michelle Bachelet. Photo: UN Photo/Violaine Martin.', credit: 'UN Photo/Violaine Martin', agencies: [] }],
    badges: [
      { id: 'trust-project', name: 'The Trust Project', status: 'verified', asOf: '2026-08-01', registryEntry: { name: 'Hong Kong Free Press', domains: ['hongkongfp.com'], status: 'member', since: '2021', source: 'https://thetrustproject.org/' }, evidence: [{ source: 'image', detail: 'Trust Project logo' }] },
      { id: 'jti', name: 'Journalism Trust Initiative', status: 'report-only', asOf: '2026-08-01', registryEntry: null, evidence: [{ source: 'link', detail: 'jti link' }] },
      { id: 'sopa', name: 'SOPA', status: 'no-public-list', asOf: null, registryEntry: null, evidence: [] },
      { id: 'ipi', name: 'IPI', status: 'not-listed', asOf: '2026-08-01', registryEntry: null, evidence: [] },
    ],
    trustIndicators: [
      { indicator: 'correctionsPolicy', url: 'https://hongkongfp.com/corrections/', text: null, evidence: [{ source: 'json-ld', detail: 'publisher.correctionsPolicy' }] },
      { indicator: 'ethicsPolicy', url: 'https://hongkongfp.com/ethics/', text: null, evidence: [] },
    ],
    quotes: [
      quote('q1', 'problematic', 'UN Human Rights Office (OHCHR)', 0.8, true),
      quote('q2', 'counter-terrorism policies and the criminal justice system', 'Ravina Shamdasani'),
      quote('q3', 'On Xinjiang, we understand that many problematic laws and policies remain in place', 'Ravina Shamdasani'),
      quote('q4', 'The onus is now on China to take meaningful steps forward and to end the persecution', 'Raphael Viana David', 0.4),
      quote('q5', 'a quote nobody said', null, 0.2),
    ],
    people: [
      { name: 'UN Human Rights Office (OHCHR)', aliases: ['OHCHR'], roles: [], orgs: [], kind: 'official', isOrganisation: true, quoteIds: ['q1'] },
      { name: 'Ravina Shamdasani', aliases: ['Shamdasani'], roles: ['OHCHR spokeswoman'], orgs: ['OHCHR'], kind: 'official', quoteIds: ['q2', 'q3'] },
      { name: 'Raphael Viana David', aliases: ['Viana David'], roles: ["ISHR's China programme manager"], orgs: ['ISHR'], kind: 'civil-society', quoteIds: ['q4'] },
    ],
    sourcing: { named: 4, anonymous: 0, unattributed: 1, namedSources: 3, officials: 2, experts: 0, civilSociety: 1, journalists: 0, other: 0, partialOnly: 1, totalQuotes: 5 },
    errors: [],
    truncated: false,
    elapsedMs: 12,
    ...overrides,
  };
}
