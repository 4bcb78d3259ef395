/**
 * The one place that imports webextension-polyfill. Firefox and Chrome ≥ 148 have a
 * promise-based `browser` namespace natively (the polyfill then does nothing); removing
 * the polyfill later is a one-line change here.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export default browser;
