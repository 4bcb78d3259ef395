/** The per-tab toolbar badge: the producing agency or the outlet's initials. */
import browser from '../platform/browser';

const BADGE_BACKGROUND = '#1f3a5f';
const BADGE_TEXT = '#ffffff';

/** Sets (or, with '', clears) the badge of one tab; a closed tab is not an error. */
export async function setTabBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND });
      // Set the text colour too, so both browsers draw the same badge.
      await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT });
    }
  } catch {
    // The tab was closed or navigated to a page we may not decorate: nothing to show.
  }
}
