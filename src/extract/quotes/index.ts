/** Direct quotes, their speakers, people and the sourcing summary. (Issue #4.) */
import type { PageContext } from '../page';
import type { ArticleDecision } from '../article';
import type { Person, Quote, Sourcing } from '../../report';

export interface QuoteFields {
  quotes: Quote[];
  people: Person[];
  sourcing: Sourcing;
}

export function emptySourcing(): Sourcing {
  return {
    named: 0, anonymous: 0, unattributed: 0, namedSources: 0, officials: 0, experts: 0,
    civilSociety: 0, journalists: 0, other: 0, partialOnly: 0, totalQuotes: 0,
  };
}

export function extractQuotes(_ctx: PageContext, _article: ArticleDecision): QuoteFields {
  return { quotes: [], people: [], sourcing: emptySourcing() };
}
