/** Wire agencies: who produced the text, with tiered evidence; citations and photo credits are not wire. */
import { describe, expect, it } from 'vitest';
import { articlePage, jsonLd, report } from './page';

const agencies = (r: ReturnType<typeof report>): string[] => r.wire.map((w) => `${w.agency}:${w.role}`);

describe('wire agencies', () => {
  it('reads the agency in a dateline "GENEVA (AFP) —" (AFP copy, ../shared/notes/peers.md §4)', () => {
    const r = report(articlePage({ lead: 'GENEVA (AFP) — The UN rights office said on Tuesday that problematic policies persist.' }));
    expect(agencies(r)).toEqual(['AFP:produced']);
    expect(r.wire[0]!.name).toBe('Agence France-Presse');
    expect(r.wire[0]!.evidence[0]!.detail).toContain('GENEVA (AFP)');
  });

  it('reads "WASHINGTON, May 12 (Reuters) -" with a date between place and agency', () => {
    const r = report(articlePage({ lead: 'WASHINGTON, May 12 (Reuters) - The Senate voted on Tuesday to pass the bill.' }));
    expect(agencies(r)).toEqual(['Reuters:produced']);
    expect(r.dateline).toBe('WASHINGTON');
  });

  it('takes a JSON-LD author that is a "Person" named "AFP" as the agency, not a byline (hkfp-afp-un-xinjiang)', () => {
    const r = report(
      articlePage({
        head: jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Officials meet to discuss the city budget plan', author: { '@id': '#afp' } }, { '@type': 'Person', '@id': '#afp', name: 'AFP', description: 'Agence France-Presse (AFP) is a leading global news agency.' }] }),
        lead: 'The UN Human Rights Office said Tuesday that problematic policies persist.',
      }),
    );
    expect(agencies(r)).toEqual(['AFP:produced']);
    expect(r.bylines).toEqual([]);
    expect(r.wire[0]!.evidence.map((e) => e.detail).join(' | ')).toMatch(/author bio/);
  });

  it('takes a JSON-LD Organization author that is an agency, and a Person named "Reuters" (reuters-hitler-nbc)', () => {
    for (const type of ['Organization', 'Person']) {
      const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', author: [{ '@type': type, name: 'Reuters' }] }), lead: 'The house will be turned into a police station, officials said.' }));
      expect(agencies(r)).toEqual(['Reuters:produced']);
      expect(r.bylines).toEqual([]);
    }
  });

  it('reads an agency printed where the byline goes, "By Reuters" (reuters-hitler-nbc)', () => {
    const r = report(articlePage({ byline: '<div class="byline">By Reuters</div>', lead: 'VIENNA — The house where Adolf Hitler was born will be turned into a police station.' }));
    expect(agencies(r)).toEqual(['Reuters:produced']);
    expect(r.dateline).toBe('VIENNA');
  });

  it('splits "Greg Beacham, Ap Sports Writer" into the writer and the agency (ap-lebron)', () => {
    const r = report(articlePage({ byline: '<p class="byline ap-byline">Greg Beacham, Ap Sports Writer</p>', lead: 'To LeBron James, triple-doubles are not a goal.' }));
    expect(r.bylines).toEqual(['Greg Beacham']);
    expect(agencies(r)).toEqual(['AP:produced']);
  });

  it('reads the credit line "PTI, Washington" as the agency and the dateline (pti-impeach-deccan)', () => {
    const r = report(articlePage({ byline: '<div class="article-author"><a class="article-author__name">PTI, </a><span class="article-author__name"> Washington, </span><ul><li>Nov 20 2019, 10:18am ist</li></ul></div>', lead: 'US President Donald Trump has claimed victory.' }));
    expect(agencies(r)).toEqual(['PTI:produced']);
    expect(r.dateline).toBe('Washington');
  });

  it('reads the Reuters sign-off "Reporting by …; Editing by …" (reuters-markets)', () => {
    const r = report(articlePage({ lead: 'Oil prices fell sharply on Tuesday on oversupply concerns.', tail: 'Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Nick Zieminski' }));
    expect(agencies(r)).toEqual(['Reuters:produced']);
  });

  it('reads a copyright line at the end of the story, "© 2019 Associated Press" (ap-eee-cbsdetroit)', () => {
    const r = report(articlePage({ lead: 'Michigan health authorities are reporting a 6th fatality.', tail: '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.' }));
    expect(agencies(r)).toEqual(['AP:produced']);
    expect(r.producedExternally).toBe(true);
  });

  it('marks "X contributed to this report" as a contribution (ap-sondland)', () => {
    const r = report(articlePage({ lead: 'Ambassador Gordon Sondland is likely to be unpredictable.', tail: 'The Associated Press contributed to this report.' }));
    expect(agencies(r)).toEqual(['AP:contributed']);
  });

  it('does not take an agency cited as a source, "told AFP" / "AFP reported" (nypost-taliban)', () => {
    const r = report(articlePage({ lead: 'The Taliban said they freed two hostages, an insurgent source told Agence France-Presse.', tail: 'AFP reported that the prisoners were flown to Qatar.' }));
    expect(r.wire).toEqual([]);
    expect(r.producedExternally).toBe(false);
  });

  it('does not take a photo credit as wire copy, "(AP Photo/David Zalubowski)" (chron-carsales)', () => {
    const r = report(articlePage({ byline: '<figure><img src="x.jpg"><figcaption>Unsold vehicles at a dealership. (AP Photo/David Zalubowski)</figcaption></figure>', lead: 'New vehicle sales in the Houston area plunged 10 percent last month.' }));
    expect(r.wire).toEqual([]);
    expect(r.photoCredits.map((c) => c.agencies)).toEqual([['AP']]);
  });

  it('does not take a picture credit at the end of the story, "Photo: AFP" / "Photo © Reuters", as wire copy (chron-carsales photo-only credits)', () => {
    const r = report(articlePage({ lead: 'New vehicle sales plunged last month.', tail: 'Dealers expect a better December.</p><p>Photo: AFP</p><p>Photo © Reuters' }));
    expect(r.wire).toEqual([]);
  });

  it('does not take a staff note "Reporting by …; photos by …" for a Reuters sign-off', () => {
    const r = report(articlePage({ lead: 'The council met on Tuesday.', tail: '(Reporting by Jane Doe; photos by John Roe)' }));
    expect(r.wire).toEqual([]);
  });

  it('ignores a JSON-LD publisher that is an agency on a site that is not the agency (ap-lebron)', () => {
    const r = report(articlePage({ head: `<meta property="og:site_name" content="San Antonio Express-News">${jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'Associated Press' } })}`, lead: 'LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.', url: 'https://www.mysanantonio.com/sports/article/x.php' }));
    expect(r.publisher?.name).toBe('San Antonio Express-News');
    expect(agencies(r)).toEqual(['AP:produced']);
    expect(r.producedExternally).toBe(true);
  });

  it("credits the agency on its own site but does not call the story produced externally (reuters-markets)", () => {
    const r = report(articlePage({ head: '<title>Oil drags stocks - Reuters</title><meta property="og:site_name" content="U.S.">', lead: 'NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.', url: 'https://www.reuters.com/article/us-global-markets-idUSKBN1XT00W' }));
    expect(r.publisher?.name).toBe('Reuters');
    expect(agencies(r)).toEqual(['Reuters:produced']);
    expect(r.producedExternally).toBe(false);
  });

  it('says "produced externally" for the Trust Project "News Service" label, with the label as evidence (hkfp-afp-un-xinjiang)', () => {
    const r = report(
      articlePage({
        byline: '<span class="byline">by <a href="/author/afp/">AFP</a></span>',
        lead: 'The UN Human Rights Office said Tuesday that problematic policies persist.',
        after: '<div class="trust-indicators-article"><h4>Dateline:</h4><p>Geneva, Switzerland</p><h4>Type of Story: News Service</h4><p>Produced externally by an organization we trust to adhere to high journalistic standards.</p></div>',
      }),
    );
    expect(agencies(r)).toEqual(['AFP:produced']);
    expect(r.producedExternally).toBe(true);
    expect(r.wire[0]!.evidence[0]).toEqual({ source: 'label', detail: expect.stringContaining('News Service') as string });
    expect(r.storyLabel).toBe('News Service');
    expect(r.dateline).toBe('Geneva, Switzerland');
  });

  it('says "produced externally" for a syndication disclaimer (Livemint wording, ../shared/notes/peers.md §4)', () => {
    const r = report(articlePage({ lead: 'The rupee fell against the dollar on Monday.', tail: 'This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.' }));
    expect(r.producedExternally).toBe(true);
    expect(r.producedExternallyEvidence[0]!.detail).toContain('wire agency feed');
  });

  it('does not read a sidebar item signed by an agency as the story\'s credit (cs-westham-aktualne "Zdroj: ČTK")', () => {
    const r = report(articlePage({ lead: 'West Ham are threatening the giants of the league.', after: '<aside class="live-box"><p>Other news in brief from the league today.</p><span>Zdroj: ČTK</span></aside>' }));
    expect(r.wire).toEqual([]);
  });
});
