/** Trust Indicators: schema.org policy properties and the visible box. (Issue #5.) */
import type { PageContext } from './page';
import type { TrustIndicator } from '../report';

export function extractTrustIndicators(_ctx: PageContext): TrustIndicator[] {
  return [];
}
