/** Is this page one article, and where is its body? (Owner: provenance work, issue #3.) */
import type { PageContext } from './page';
import type { Evidence } from '../report';

export interface ArticleDecision {
  isArticle: boolean;
  evidence: Evidence[];
  /** The element holding the article's body text, when one was found. */
  body: Element | null;
}

export function detectArticle(ctx: PageContext): ArticleDecision {
  const body = ctx.doc.querySelector('article') ?? ctx.doc.body;
  const ogType = ctx.meta.get('og:type')?.[0];
  const isArticle = ogType === 'article';
  return { isArticle, evidence: isArticle ? [{ source: 'meta', detail: 'og:type = article' }] : [], body };
}
