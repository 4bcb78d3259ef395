/** Article detection (cheap, from declared types first) and the body element. */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/extract/article';
import { contextOf, jsonLd, paragraphs } from './page';

const story = `<h1>Officials meet to discuss the city budget plan</h1><p class="date">May 12, 2024</p><div class="story">${paragraphs(8)}</div>`;

describe('article detection', () => {
  it('takes og:type article (hkfp-afp-un-xinjiang)', () => {
    expect(detectArticle(contextOf({ head: '<meta property="og:type" content="article">', body: '<p>short</p>' })).isArticle).toBe(true);
  });

  it('takes a NewsArticle inside a Yoast @graph, next to a broken block (hkfp-afp-un-xinjiang)', () => {
    const head = `<script type="application/ld+json">{ broken</script>${jsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'x' }] })}`;
    const d = detectArticle(contextOf({ head, body: '<p>short</p>' }));
    expect(d.isArticle).toBe(true);
    expect(d.evidence[0]).toEqual({ source: 'json-ld', detail: '@type NewsArticle' });
  });

  it('refuses a home page even with article-looking markup', () => {
    expect(detectArticle(contextOf({ head: '<meta property="og:type" content="article">', body: story, url: 'https://news.example.com/' })).isArticle).toBe(false);
  });

  it('refuses a MediaWiki page, however readable (neg-wikipedia)', () => {
    expect(detectArticle(contextOf({ head: '<meta name="generator" content="MediaWiki 1.28.0-wmf.23">', body: story, url: 'https://en.wikipedia.org/wiki/Mozilla' })).isArticle).toBe(false);
  });

  it('refuses a readable page with no publication date (neg-mozilla product page)', () => {
    const body = `<h1>Customize Firefox and make it your own</h1><div>${paragraphs(8)}</div>`;
    const d = detectArticle(contextOf({ head: '<meta property="og:type" content="website">', body, url: 'https://www.mozilla.org/en-US/firefox/desktop/customize/' }));
    expect(d.isArticle).toBe(false);
  });

  it('takes a dated, readable page with no declared type (pr-ascom-partnership)', () => {
    expect(detectArticle(contextOf({ head: '<meta property="og:type" content="website">', body: story, url: 'https://www.ascom.com/news/partnership.html' })).isArticle).toBe(true);
  });

  it('takes a Chinese date printed under the headline, "2016年10月14日07:17" (zh-deepmind-qq)', () => {
    const body = `<h1>DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶</h1><span class="pubTime">2016年10月14日07:17</span><div>${paragraphs(8)}</div>`;
    expect(detectArticle(contextOf({ body, url: 'https://localhost/' })).isArticle).toBe(true);
  });
});

describe('the body element', () => {
  it('is the container of the story paragraphs, not the related list, comments or author bio (hkfp-afp-un-xinjiang)', () => {
    const body = `<article><h1>Officials meet to discuss the city budget plan</h1>
      <div class="entry-content">${paragraphs(6)}</div>
      <div class="author-bio"><p>Agence France-Presse (AFP) is a leading global news agency, providing fast, comprehensive coverage.</p></div>
      <aside class="related-posts"><ul><li><p>Another story about a different thing, with many words in it, and commas, too.</p></li></ul></aside>
      <div id="comments" class="comments-area">${paragraphs(3, 'A reader wrote a long comment, with opinions, about the budget and the council')}</div></article>`;
    const d = detectArticle(contextOf({ head: '<meta property="og:type" content="article">', body }));
    expect(d.body?.className).toBe('entry-content');
  });

  it('takes the parent when the paragraphs are split over sibling wrappers (ap-sondland <block>)', () => {
    const body = `<div class="ap-story"><h2>Headline</h2><div id="main"><div class="part">${paragraphs(4)}</div><div class="media"><img src="x.jpg"></div><div class="part">${paragraphs(4)}</div></div></div>`;
    const d = detectArticle(contextOf({ head: '<meta property="og:type" content="article">', body }));
    expect(d.body?.id).toBe('main');
  });
});
