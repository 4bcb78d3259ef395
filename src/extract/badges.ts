/** Trust-initiative badges the page shows, checked against bundled registries. (Issue #5.) */
import type { PageContext } from './page';
import type { Badge } from '../report';

export function extractBadges(_ctx: PageContext): Badge[] {
  return [];
}
