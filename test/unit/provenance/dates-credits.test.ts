/** Dates as ISO 8601, and photo credits from captions. */
import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/extract/provenance/dates';
import { creditOf } from '../../../src/extract/provenance/photo-credits';
import { articlePage, report } from './page';

describe('toIsoDate', () => {
  it.each([
    ['2019-11-20T07:30:38+0000', '2019-11-20T07:30:38+00:00'], // ap-lebron JSON-LD
    ['2023-01-16 16:30:41', '2023-01-16T16:30:41'], // opinion-letters-mercurynews (no zone printed)
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'], // guardian-whales
    ['Wed Nov 20 2019 09:28:00 GMT+0000 (UTC)', '2019-11-20T09:28:00Z'], // reuters-hitler-nbc <time>
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13T21:30:09'], // opinion-heraldsun: EST is ambiguous, the local time is kept
    ['2016年10月14日07:17', '2016-10-14T07:17:00'], // zh-deepmind-qq
    ['October 12, 2017', '2017-10-12'], // pr-ascom-partnership
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it('refuses text that is not a date', () => {
    expect(toIsoDate('1 hour ago')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
});

describe('creditOf', () => {
  it.each([
    ['The United Nations in Geneva, Switzerland. Photo: Wikicommons.', 'Wikicommons'], // hkfp-afp-un-xinjiang
    ['Ravina Shamdasani. File photo: UN Photo by Violaine Martin, via Flickr.', 'UN Photo by Violaine Martin, via Flickr'], // hkfp-afp-un-xinjiang
    ['Main image: Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian', 'Adrian Malloch for the Guardian'], // guardian-whales
    ['A row of unsold vehicles in Littleton, Colo. (AP Photo/David Zalubowski)', 'AP Photo/David Zalubowski'], // chron-carsales
    ['FILE PHOTO: Traders work on the floor at the New York Stock Exchange in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid', 'REUTERS/Brendan McDermid'], // reuters-markets
    ['Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters', 'Reuters'], // cs-westham-aktualne
  ])('%s', (caption, credit) => {
    expect(creditOf(caption, false)).toBe(credit);
  });

  it('finds no credit in a caption that names no source', () => {
    expect(creditOf('The president said he would continue fighting for gun control.', false)).toBeNull();
  });
});

describe('photo credits in a page', () => {
  it('lists each captioned credit once, with the agencies it names (nypost-taliban, reuters-hitler-nbc)', () => {
    const r = report(
      articlePage({
        byline: '<div class="wp-caption-text"><span>US professor Kevin King</span><span class="credit img__credit">AP</span></div><figure><img src="a.jpg"><figcaption><span>The house in Braunau am Inn, Austria.</span><span>Leonhard Foeger / Reuters file</span></figcaption></figure>',
        lead: 'The Taliban said they freed two hostages.',
      }),
    );
    expect(r.photoCredits.map((c) => [c.credit, c.agencies])).toEqual([
      ['AP', ['AP']],
      ['Leonhard Foeger / Reuters file', ['Reuters']],
    ]);
  });
});
