/** Publisher, wire agencies, dateline, story type, bylines, dates, photo credits. (Issue #3.) */
import type { PageContext } from './page';
import type { ArticleDecision } from './article';
import type { Report } from '../report';

export type ProvenanceFields = Pick<
  Report,
  | 'title' | 'lang' | 'publisher' | 'wire' | 'producedExternally' | 'producedExternallyEvidence'
  | 'dateline' | 'datelineEvidence' | 'storyType' | 'storyLabel' | 'storyTypeEvidence'
  | 'bylines' | 'bylineEvidence' | 'published' | 'modified' | 'dateEvidence' | 'photoCredits'
>;

export function emptyProvenance(): ProvenanceFields {
  return {
    title: null, lang: null, publisher: null, wire: [], producedExternally: false, producedExternallyEvidence: [],
    dateline: null, datelineEvidence: [], storyType: null, storyLabel: null, storyTypeEvidence: [],
    bylines: [], bylineEvidence: [], published: null, modified: null, dateEvidence: [], photoCredits: [],
  };
}

/** `deep` is false for pages judged not to be articles: only cheap fields are read then. */
export function extractProvenance(ctx: PageContext, _article: ArticleDecision, _deep: boolean): ProvenanceFields {
  const out = emptyProvenance();
  out.title = ctx.doc.title || null;
  return out;
}
