/** Bylines: people only, as printed; agencies go to wire, desk credits and photographers are dropped. */
import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline } from '../../../src/extract/provenance/bylines';
import { articlePage, jsonLd, report } from './page';

const lead = 'The council met on Tuesday to discuss the budget.';

describe('parseByline', () => {
  it('splits several names and a trailing agency, "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press" (ap-sondland)', () => {
    const p = parseByline('By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press');
    expect(p.names).toEqual(['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']);
    expect(p.agencies.map((a) => a.short)).toEqual(['AP']);
  });

  it('drops the role, "By Paul Takahashi, Staff writer" (chron-carsales)', () => {
    expect(parseByline('By Paul Takahashi, Staff writer').names).toEqual(['Paul Takahashi']);
  });

  it('drops the photographer, "Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)" (guardian-whales)', () => {
    expect(parseByline('by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)').names).toEqual(['Eleanor Ainge Roy']);
  });

  it('stops at the date the byline row runs into, "By Jane Doe Updated 5:02 PM EST" (nypost-taliban byline-date row)', () => {
    expect(parseByline('By Jane Doe Updated 5:02 PM EST').names).toEqual(['Jane Doe']);
    expect(parseByline('By Lia Eustachewich and Yaron Steinbuch November 19, 2019').names).toEqual(['Lia Eustachewich', 'Yaron Steinbuch']);
  });

  it('reads "by: Laurie Oakes" (opinion-heraldsun)', () => {
    expect(parseByline('by: Laurie Oakes').names).toEqual(['Laurie Oakes']);
  });

  it('reads an agency credit line and its place, "PTI, Washington, Nov 20 2019" (pti-impeach-deccan)', () => {
    const p = parseByline('PTI, Washington, Nov 20 2019, 10:18am ist');
    expect(p.names).toEqual([]);
    expect(p.agencies.map((a) => a.short)).toEqual(['PTI']);
    expect(p.places).toEqual(['Washington']);
  });
});

describe('isPersonName', () => {
  it('refuses desk credits (LABELS.md: "Our Foreign Staff", "Letters To The Editor", "India Post News Weekly")', () => {
    for (const desk of ['Our Foreign Staff', 'Letters To The Editor', 'India Post News Weekly', 'Web Desk', 'Editorial Board']) expect(isPersonName(desk)).toBe(false);
  });

  it('accepts names with particles and capitals, and Han names (ap-sondland, zh-deepmind-qq)', () => {
    for (const name of ['Eleanor Ainge Roy', 'MARY CLARE JALONICK', 'Ludwig van Beethoven', '林靖东']) expect(isPersonName(name)).toBe(true);
  });
});

describe('bylines in a page', () => {
  it('prefers structured authors and prints them as the visible byline does (ap-lebron)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', author: [{ '@type': 'person', name: 'By GREG BEACHAM, AP Sports Writer' }] }), byline: '<p class="byline">Greg Beacham, Ap Sports Writer</p>', lead }));
    expect(r.bylines).toEqual(['Greg Beacham']);
  });

  it('drops a desk credit from JSON-LD and the visible byline (opinion-letters-mercurynews)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Letters To The Editor' }] }), byline: '<div class="byline">By <a class="author-name">Letters To The Editor</a></div>', lead }));
    expect(r.bylines).toEqual([]);
  });

  it('drops an organisation author that is the publisher (bbc-obama-guns, ap-eee-cbsdetroit)', () => {
    const r = report(articlePage({ head: `<meta property="og:site_name" content="CBS Detroit">${jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'CBS Detroit' } })}<meta property="og:article:author" content="CBS Detroit">`, lead }));
    expect(r.bylines).toEqual([]);
  });

  it('reads Yoast\'s "Written by" and meta author (hkfp-afp-un-xinjiang)', () => {
    const r = report(articlePage({ head: '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">', lead }));
    expect(r.bylines).toEqual(['Jane Doe']);
    expect(r.bylineEvidence[0]!.source).toBe('meta');
  });

  it('reads microdata authors (guardian-whales)', () => {
    const r = report(articlePage({ byline: '<p>by <span itemscope itemtype="http://schema.org/Person" itemprop="author"><a rel="author" href="/profile/e"><span itemprop="name">Eleanor Ainge Roy</span></a></span> (reporting) and Adrian Malloch (photography)</p>', lead }));
    expect(r.bylines).toEqual(['Eleanor Ainge Roy']);
  });

  it('ignores bylines of other columns listed after the story (opinion-heraldsun: "Other Opinion Columns")', () => {
    const r = report(articlePage({ byline: '<li class="byline">by: <cite class="author">Laurie Oakes</cite></li>', lead, after: '<div class="other-columns"><em class="byline">JOE HILDEBRAND</em><em class="byline">SUSIE O’BRIEN</em></div>' }));
    expect(r.bylines).toEqual(['Laurie Oakes']);
  });

  it('reads the signatures of a letters page when the byline is a desk credit (opinion-letters-mercurynews)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', articleSection: 'Letters to the Editor', author: 'Letters To The Editor' }), lead, tail: 'The plan would cost more than it saves.</p><p style="text-align: right"><strong>Ninfa Wood</strong><br><em>Walnut Creek</em></p><p>Another letter about the roads and the quarry.</p><p style="text-align: right"><strong>Gary Sloane</strong><br><em>San Leandro</em>' }));
    expect(r.bylines).toEqual(['Ninfa Wood', 'Gary Sloane']);
  });

  it('reads a Chinese compiler credit "（编译/林靖东）" at the end of the story, not the duty editor (zh-deepmind-qq)', () => {
    const r = report(articlePage({ lead: 'DeepMind开发出一款能够用自己的记忆学习新知识的计算机。', tail: 'DeepMind已将其研究结果发表在《自然》上。（编译/林靖东）', after: '<div class="QQeditor">[责任编辑：alonliu]</div>' }));
    expect(r.bylines).toEqual(['林靖东']);
  });

  it('reads every co-author of a byline row although JSON-LD names only the first ("By Tariq Malik, Mike Wall 2019-11-18T22:05Z")', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Tariq Malik' } }), byline: '<p class="byline">By <a rel="author" href="/a/tm">Tariq Malik</a> , <a rel="author" href="/a/mw">Mike Wall</a> <time>2019-11-18T22:05:36Z</time></p>', lead }));
    expect(r.bylines).toEqual(['Tariq Malik', 'Mike Wall']);
  });

  it('keeps one name where metadata and the page print it differently ("Troy Smith" / "By Troy L. Smith, Cleveland.com")', () => {
    const r = report(articlePage({ head: '<meta property="article:author" content="Troy Smith">', byline: '<p class="byline">By Troy L. Smith, Cleveland.com</p>', lead }));
    expect(r.bylines).toEqual(['Troy L. Smith']);
  });

  it('reads a byline line without byline markup before the body ("By Rose Orlik"), never one after it', () => {
    expect(report(articlePage({ byline: '<p>By Rose Orlik</p>', lead })).bylines).toEqual(['Rose Orlik']);
    expect(report(articlePage({ lead, after: '<div><p>By Someone Else</p></div>' })).bylines).toEqual([]);
  });

  it('stops at "on <date>" and a handle after the name ("By Griffin McElroy @griffinmcelroy on June 26, 2014")', () => {
    expect(parseByline('By Griffin McElroy @griffinmcelroy on June 26, 2014 at 9:00a').names).toEqual(['Griffin McElroy']);
    expect(parseByline('By Sam Byford on Monday, June 29').names).toEqual(['Sam Byford']);
  });

  it('records a handle printed as the only credit, as printed ("by @lazharichir")', () => {
    expect(parseByline('by @lazharichir').names).toEqual(['@lazharichir']);
  });

  it('reads co-authors in parentheses and bylines in other languages ("Par A (avec B et C)", "Текст: …", "Posted by A, B")', () => {
    expect(parseByline('Par Martin Untersinger (avec Damien Leloup et Morgane Tual)').names).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']);
    expect(parseByline('Текст: Венера Ерофеева').names).toEqual(['Венера Ерофеева']);
    expect(parseByline('Posted by Ann Lee, Bo Chan').names).toEqual(['Ann Lee', 'Bo Chan']);
  });

  it('reads co-authors from a closing credit line, not the editors (LABELS.md: "Reporting by A and B; editing by C", "Contributing: X")', () => {
    const reuters = report(articlePage({ byline: '<p class="byline">By Ann Lee</p>', lead, tail: '(Reporting by Will Dunham and Bo Chan; Editing by Tom Brown)' }));
    expect(reuters.bylines).toEqual(['Ann Lee', 'Will Dunham', 'Bo Chan']);
    const usaToday = report(articlePage({ byline: '<p class="byline">By Ann Lee</p>', lead, tail: 'Contributing: Kristine Phillips' }));
    expect(usaToday.bylines).toEqual(['Ann Lee', 'Kristine Phillips']);
    const fox = report(articlePage({ lead, tail: "Fox News' Jessica Napoli contributed to this report." }));
    expect(fox.bylines).toEqual(['Jessica Napoli']);
  });

  it('never takes readers\' comment authors for bylines (itemprop=author inside the comments)', () => {
    const r = report(articlePage({ lead, byline: '<p class="byline">By Pamela Wilson</p>', after: '<ol class="comment-list"><li class="comment"><div class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><cite itemprop="name">Jan Smith</cite></div><p>Great post.</p></li></ol>' }));
    expect(r.bylines).toEqual(['Pamela Wilson']);
  });

  it('never starts a name with an article ("The Russian and Syrian defense ministries")', () => {
    expect(isPersonName('The Russian')).toBe(false);
  });
});
