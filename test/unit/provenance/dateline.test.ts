/** Datelines as printed, without the agency or the dash. */
import { describe, expect, it } from 'vitest';
import { datelineFromLead } from '../../../src/extract/provenance/dateline';
import { articlePage, jsonLd, report } from './page';

describe('datelineFromLead', () => {
  it.each([
    ['BEIRUT, Lebanon, June 2 (AP) — Rescuers searched the rubble on Sunday.', 'BEIRUT, Lebanon', 'AP'], // schema.org's own NewsArticle example
    ['ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a 6th fatality.', 'ST. JOSEPH, Mich.', 'AP'], // ap-eee-cbsdetroit
    ['LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.', 'LOS ANGELES', 'AP'], // ap-lebron
    ['NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.', 'NEW YORK', 'Reuters'], // reuters-markets
    ['WASHINGTON, May 12 (Reuters) - The Senate voted.', 'WASHINGTON', 'Reuters'], // peers.md §4
    ['GAZA, Dec. 1 (Xinhua) -- Israeli aircraft struck.', 'GAZA', 'Xinhua'], // CoreNLP dateline test, peers.md §4
    ['Aden (AFP) - Fighting resumed on Monday.', 'Aden', 'AFP'], // peers.md §4
    ['New Delhi [India], Sept 20 (ANI): The minister said.', 'New Delhi', 'ANI'], // ANI format, peers.md §4
    ['Madrid, 5 may (EFE).- El Gobierno aprobó el plan.', 'Madrid', 'EFE'], // EFE format, peers.md §4
  ])('reads %s', (lead, place, agency) => {
    const d = datelineFromLead(lead);
    expect(d?.place).toBe(place);
    expect(d?.agency?.short).toBe(agency);
  });

  it('reads "(Bloomberg) -- " as the agency with no place (Yahoo Finance syndication, peers.md §4)', () => {
    const d = datelineFromLead('(Bloomberg) -- Stocks rose on Monday.');
    expect(d?.place).toBeNull();
    expect(d?.agency?.short).toBe('Bloomberg');
  });

  it('reads a capitals dateline without agency, "VIENNA —" (reuters-hitler-nbc)', () => {
    expect(datelineFromLead('VIENNA — The house where Adolf Hitler was born will be turned into a police station.')?.place).toBe('VIENNA');
    expect(datelineFromLead('PARIS — Protesters gathered.')?.place).toBe('PARIS');
  });

  it('reads a place line of its own, "BAAR, SWITZERLAND" (pr-ascom-partnership)', () => {
    expect(datelineFromLead('BAAR, SWITZERLAND')?.place).toBe('BAAR, SWITZERLAND');
  });

  it('reads a Xinhua Chinese dateline "新华社北京10月14日电"', () => {
    expect(datelineFromLead('新华社北京10月14日电 国务院总理今天表示')?.place).toBe('北京');
  });

  it('does not take an ordinary opening sentence, a dash aside or a parenthesised word for a dateline (nypost-taliban, bbc-obama-guns)', () => {
    expect(datelineFromLead('The Taliban said they freed on Tuesday an American — and an Australian.')).toBeNull();
    expect(datelineFromLead('President Barack Obama (pictured) has said that gun laws are his biggest frustration.')).toBeNull();
    expect(datelineFromLead('A — B')).toBeNull();
    expect(datelineFromLead('BREAKING NEWS')).toBeNull();
    expect(datelineFromLead('EXCLUSIVE — The minister resigned on Tuesday.')).toBeNull();
  });
});

describe('dateline sources', () => {
  it('prefers schema.org locationCreated (hkfp-afp-un-xinjiang)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', locationCreated: 'Geneva, Switzerland' }), lead: 'The UN rights office said on Tuesday that policies persist.' }));
    expect(r.dateline).toBe('Geneva, Switzerland');
    expect(r.datelineEvidence[0]).toEqual({ source: 'json-ld', detail: 'locationCreated = Geneva, Switzerland' });
  });

  it('reads the Trust Indicators box "Dateline:" (hkfp-afp-un-xinjiang)', () => {
    const r = report(articlePage({ lead: 'The UN rights office said on Tuesday that policies persist.', after: '<div class="trust-indicators-article"><h4>Dateline:</h4><p>Geneva, Switzerland</p></div>' }));
    expect(r.dateline).toBe('Geneva, Switzerland');
    expect(r.datelineEvidence[0]!.source).toBe('label');
  });

  it('is null when the page prints none (bbc-obama-guns)', () => {
    expect(report(articlePage({ lead: 'President Barack Obama has said gun laws are his biggest frustration.' })).dateline).toBeNull();
  });
});
