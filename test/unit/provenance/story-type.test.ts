/** Story type and the label as printed. */
import { describe, expect, it } from 'vitest';
import { articlePage, jsonLd, report } from './page';

const lead = 'The council met on Tuesday to discuss the budget.';

describe('story type', () => {
  it('reads schema.org Trust Project subtypes, OpinionNewsArticle and AnalysisNewsArticle (schema.org issue-1525)', () => {
    expect(report(articlePage({ head: jsonLd({ '@type': 'OpinionNewsArticle' }), lead })).storyType).toBe('opinion');
    expect(report(articlePage({ head: jsonLd({ '@type': 'AnalysisNewsArticle' }), lead })).storyType).toBe('analysis');
    expect(report(articlePage({ head: jsonLd({ '@type': 'SatiricalArticle' }), lead })).storyType).toBe('satire');
  });

  it('reads the Trust Project "Type of Story: News Service" label as news, printed label kept (hkfp-afp-un-xinjiang)', () => {
    const r = report(articlePage({ lead, after: '<div><h4>Type of Story: News Service</h4><p>Produced externally by an organization we trust.</p></div>' }));
    expect(r.storyType).toBe('news');
    expect(r.storyLabel).toBe('News Service');
  });

  it('reads "Type of Work: Analysis" over a plain NewsArticle type (INN Trust Indicators plugin)', () => {
    const r = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle' }), lead, after: '<p><strong>Type</strong>: Analysis</p>' }));
    expect(r.storyType).toBe('analysis');
  });

  it('reads a Trust Project type-of-work label with its definition inside, "Letters" (opinion-letters-mercurynews)', () => {
    const r = report(articlePage({ byline: '<a class="dfm-trust-indicators-type-of-work" href="#">Letters<span><strong>Letters</strong> Represent the opinion of the letter writers.</span></a>', lead }));
    expect(r.storyType).toBe('opinion');
    expect(r.storyLabel).toBe('Letters');
  });

  it('reads a section header printed above the story, "Opinion" (opinion-heraldsun)', () => {
    const r = report({ ...articlePage({ lead }), body: `<div id="section-header"><h2>Opinion</h2></div>${articlePage({ lead }).body}` });
    expect(r.storyType).toBe('opinion');
    expect(r.storyLabel).toBe('Opinion');
  });

  it('reads the URL section /news/opinion/ (opinion-heraldsun)', () => {
    const r = report(articlePage({ lead, url: 'http://www.heraldsun.com.au/news/opinion/angry-media/story-1227261886014' }));
    expect(r.storyType).toBe('opinion');
  });

  it('reads article:opinion = true', () => {
    expect(report(articlePage({ head: '<meta property="article:opinion" content="true">', lead })).storyType).toBe('opinion');
  });

  it('reads a sponsored kicker above the headline', () => {
    const r = report({ ...articlePage({ lead }), body: `<div class="kicker">Sponsored content</div>${articlePage({ lead }).body}` });
    expect(r.storyType).toBe('sponsored');
    expect(r.storyLabel).toBe('Sponsored content');
  });

  it('does not read an "Opinion" link in the site menu as the story type (hkfp-afp-un-xinjiang)', () => {
    const page = articlePage({ lead });
    const r = report({ ...page, body: `<nav class="main-navigation"><ul class="menu"><li class="menu-item-object-category"><a href="/category/opinion/">Opinion</a></li></ul></nav><div class="menu-primary"><a class="category-link" href="/opinion/">Opinion</a></div>${page.body}` });
    expect(r.storyType).toBe('news');
    expect(r.storyLabel).toBeNull();
  });

  it('calls a company press release on its own site "other" (pr-ascom-partnership)', () => {
    const r = report({
      url: 'https://www.ascom.com/news-and-events/Ascom-business-news/partnership.html',
      head: '<meta property="og:type" content="website">',
      body: `<div class="ws-press"><h1>Ascom announces a strategic distribution partnership</h1><div class="ws-press__content"><p>BAAR, SWITZERLAND</p>${'<p>Ascom and GE Healthcare announce a partnership, which expands the relationship, the companies said.</p>'.repeat(4)}</div></div>`,
    });
    expect(r.storyType).toBe('other');
  });

  it('calls an article with no label news (bbc-obama-guns, zh-deepmind-qq)', () => {
    expect(report(articlePage({ lead })).storyType).toBe('news');
  });

  it('reads the kind a headline prints ("Shovel Knight review: …", "Rezension: …", "Column: …")', () => {
    const review = report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', headline: 'Shovel Knight review: rewrite history' }), lead }));
    expect(review.storyType).toBe('review');
    expect(review.storyTypeEvidence.some((e) => e.detail.startsWith('headline'))).toBe(true);
    expect(report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', headline: 'Rezension: Härting – Internetrecht' }), lead })).storyType).toBe('review');
    expect(report(articlePage({ head: jsonLd({ '@type': 'NewsArticle', headline: 'Column: The long game of the city budget' }), lead })).storyType).toBe('opinion');
  });

  it('never reads a publisher named "… Review" as a review ("| National Review", "The Space Review: …")', () => {
    const national = articlePage({ head: `<meta property="og:site_name" content="National Review">${jsonLd({ '@type': 'NewsArticle', headline: 'Impeachment inquiry works against the clock' })}<title>Impeachment inquiry works against the clock | National Review</title>`, lead });
    expect(report(national).storyType).toBe('news');
    const space = articlePage({ head: `<meta property="og:site_name" content="The Space Review">${jsonLd({ '@type': 'NewsArticle', headline: 'The Space Review: Seeking a bigger role for a big rocket' })}`, lead });
    expect(report(space).storyType).toBe('news');
  });

  it('reads a column marked in the page meta (BusinessWeek IsColumn = yes)', () => {
    expect(report(articlePage({ head: '<meta name="IsColumn" content="yes">', lead })).storyType).toBe('opinion');
  });
});
