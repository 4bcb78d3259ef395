/** The outlet publishing the page. */
import { describe, expect, it } from 'vitest';
import { dropTrailingAcronym, titleSuffix } from '../../../src/extract/provenance/publisher';
import { articlePage, jsonLd, report } from './page';

const lead = 'The council met on Tuesday to discuss the budget.';

describe('publisher', () => {
  it('reads JSON-LD publisher and drops its trailing acronym, "Hong Kong Free Press HKFP" (hkfp-afp-un-xinjiang)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Hong Kong Free Press HKFP', url: 'https://hongkongfp.com/' } }), lead }));
    expect(r.publisher).toEqual({ name: 'Hong Kong Free Press', url: 'https://hongkongfp.com/', evidence: [{ source: 'json-ld', detail: 'publisher.name = Hong Kong Free Press HKFP' }] });
  });

  it('prefers og:site_name and the title suffix when they agree over a JSON-LD desk name (pti-impeach-deccan "DH News Service")', () => {
    const r = report(articlePage({ head: `<title>Impeachment sham | Deccan Herald</title><meta property="og:site_name" content="Deccan Herald">${jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'DH News Service' } })}`, lead }));
    expect(r.publisher?.name).toBe('Deccan Herald');
  });

  it('skips a platform site name "Hosted" for the outlet\'s logo (ap-sondland)', () => {
    const page = articlePage({ head: '<title>Sondland faces questions | Hosted</title><meta property="og:site_name" content="Hosted">', lead, url: 'https://hosted.ap.org/berkshireeagle/article/x' });
    const r = report({ ...page, body: `<header><h1><a href="http://berkshireeagle.com"><img src="/white_label/logos/eagle.png" alt="The Berkshire Eagle"></a></h1></header>${page.body}` });
    expect(r.publisher?.name).toBe('The Berkshire Eagle');
  });

  it('prints a squashed site name the way the title spaces it, "HeraldSun" → "Herald Sun" (opinion-heraldsun)', () => {
    const r = report(articlePage({ head: '<title>Angry media won’t buckle | Herald Sun</title><meta property="og:site_name" content="HeraldSun">', lead }));
    expect(r.publisher?.name).toBe('Herald Sun');
  });

  it('falls back to the footer copyright, "©2019 Ascom" (pr-ascom-partnership)', () => {
    const page = articlePage({ lead });
    const r = report({ ...page, head: '<title>Ascom announces a partnership</title>', body: `${page.body}<div class="footer"><p>©2019 Ascom</p><a>Legal Information</a></div>` });
    expect(r.publisher?.name).toBe('Ascom');
  });

  it('takes the last title segment, "…_科技_腾讯网" (zh-deepmind-qq)', () => {
    expect(titleSuffix('DeepMind新电脑已可利用记忆自学_科技_腾讯网')).toBe('腾讯网');
    expect(titleSuffix('Oversupply angst drags oil lower - Reuters')).toBe('Reuters');
    expect(titleSuffix('A headline with no site')).toBeNull();
  });

  it('keeps names whose last word is not their acronym', () => {
    expect(dropTrailingAcronym('BBC News')).toBe('BBC News');
    expect(dropTrailingAcronym('Radio Free Asia RFA')).toBe('Radio Free Asia');
    expect(dropTrailingAcronym('Hotel NYC')).toBe('Hotel NYC');
  });
});
