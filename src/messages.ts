/**
 * The one message protocol between popup, background and content script.
 *
 * Every message is a discriminated union member with a `type`; every receiver validates
 * what it gets with `parse*` below and checks the sender with `isFromOwnExtension`, and
 * ignores anything else. Nothing here listens to `window.postMessage` from the page.
 * Errors do not serialise, so replies are `Result`s.
 */
import type { Report } from './report';
import type { PageReading } from './extract/read';

export type Result<T> = { ok: true; value: T } | { ok: false; error: FailureKind; message: string };

/** Why an analysis could not be shown: each has a designed state in the popup. */
export type FailureKind = 'restricted' | 'no-access' | 'failed' | 'timeout';

export type MarkStyle = 'underline' | 'tint';

export interface MarkSettings {
  marks: boolean;
  markStyle: MarkStyle;
}

// ---------------------------------------------------------------- popup → background
/** Analyse a tab: inject the content script if needed, run the engine, set the toolbar badge. */
export interface AnalyzeTabRequest {
  type: 'analyze-tab';
  tabId: number;
  /** Analyse fully even if the page does not look like an article. */
  force: boolean;
}
export type ToBackground = AnalyzeTabRequest | ReportReady | InterpretRequest | AutoSettingsRequest;

// ---------------------------------------------------------------- background → content
export interface AnalyzeRequest {
  type: 'analyze';
  force: boolean;
  settings: MarkSettings;
}

// ---------------------------------------------------------------- popup → content
export interface QuoteFocusRequest {
  type: 'highlight-quote' | 'scroll-to-quote';
  quoteId: string;
}
export interface SimpleContentRequest {
  type: 'clear-highlight' | 'clear-marks' | 'ping';
}
export type ToContent = AnalyzeRequest | QuoteFocusRequest | SimpleContentRequest;

// ---------------------------------------------------------------- content → background
/** Sent after an automatic analysis (sites the reader opted into) so the badge is set. */
export interface ReportReady {
  type: 'report-ready';
  badgeText: string;
  isArticle: boolean;
}

/**
 * The content script reads the page (the half of the engine that needs the DOM) and asks
 * the background for the rest (quote attribution), so the code injected into pages stays
 * small. The reply is an `AnalyzeReply`: the report before the registry checks.
 */
export interface InterpretRequest {
  type: 'interpret-reading';
  reading: PageReading;
}

export type AnalyzeReply = Result<Report>;

/**
 * Asked by the content script when it starts: is this a page the reader chose to have
 * analysed automatically? The reply is the mark settings to use, or null. (The settings
 * live with the background, which keeps the code injected into pages small.)
 */
export interface AutoSettingsRequest {
  type: 'auto-settings';
}

// ---------------------------------------------------------------- validation
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isQuoteId = (x: unknown): x is string => typeof x === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(x);

export function parseMarkSettings(x: unknown): MarkSettings | null {
  if (!isRecord(x) || typeof x.marks !== 'boolean') return null;
  if (x.markStyle !== 'underline' && x.markStyle !== 'tint') return null;
  return { marks: x.marks, markStyle: x.markStyle };
}

export function parseToBackground(x: unknown): ToBackground | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'analyze-tab':
      return isTabId(x.tabId) && typeof x.force === 'boolean' ? { type: 'analyze-tab', tabId: x.tabId, force: x.force } : null;
    case 'report-ready':
      return typeof x.badgeText === 'string' && x.badgeText.length <= 8 && typeof x.isArticle === 'boolean'
        ? { type: 'report-ready', badgeText: x.badgeText, isArticle: x.isArticle }
        : null;
    case 'auto-settings':
      return { type: 'auto-settings' };
    case 'interpret-reading': {
      const reading = parsePageReading(x.reading);
      return reading ? { type: 'interpret-reading', reading } : null;
    }
    default:
      return null;
  }
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isArrayOf = (x: unknown, item: (v: unknown) => boolean): boolean => Array.isArray(x) && x.every(item);

/** Offsets that only go up, as whole numbers within `max`, starting at `first` when given. */
function isOffsets(x: unknown, max: number, first?: number): x is number[] {
  if (!Array.isArray(x) || !x.length || (first !== undefined && x[0] !== first)) return false;
  let last = -1;
  for (const n of x) {
    if (!Number.isInteger(n) || (n as number) <= last || (n as number) > max) return false;
    last = n as number;
  }
  return true;
}

/** A paragraph whose offsets map its text into the index text, as `collectParagraphs` makes them. */
function isParagraph(x: unknown, indexLength: number): boolean {
  return (
    isRecord(x) && typeof x.text === 'string' && typeof x.prose === 'boolean' &&
    isOffsets(x.localStarts, x.text.length, 0) && isOffsets(x.indexStarts, indexLength) &&
    x.localStarts.length === x.indexStarts.length
  );
}

/**
 * A page reading in the shape `readPage` gives. The fields read from the page are checked
 * for type here; their contents go through `safeReport` when the report is completed.
 */
export function parsePageReading(x: unknown): PageReading | null {
  if (!isRecord(x) || !isCount(x.elapsedMs)) return null;
  const { report, quoteText, budget } = x;
  if (!isRecord(report) || report.schemaVersion !== 1 || typeof report.isArticle !== 'boolean') return null;
  if (typeof report.truncated !== 'boolean' || !isArrayOf(report.errors, isRecord)) return null;
  for (const list of ['articleEvidence', 'wire', 'photoCredits', 'badges', 'trustIndicators'] as const) {
    if (!isArrayOf(report[list], isRecord)) return null;
  }
  if (!isArrayOf(report.bylines, (b) => typeof b === 'string')) return null;
  if (quoteText !== null) {
    if (!isRecord(quoteText) || typeof quoteText.indexText !== 'string') return null;
    const indexLength = quoteText.indexText.length;
    if (!isArrayOf(quoteText.paragraphs, (p) => isParagraph(p, indexLength))) return null;
  }
  if (!isRecord(budget) || !isRecord(budget.limits) || !isCount(budget.nodes) || !isCount(budget.chars)) return null;
  if (typeof budget.spent !== 'boolean' || typeof budget.capped !== 'boolean') return null;
  return x as unknown as PageReading;
}

export function parseToContent(x: unknown): ToContent | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'analyze': {
      const settings = parseMarkSettings(x.settings);
      return typeof x.force === 'boolean' && settings ? { type: 'analyze', force: x.force, settings } : null;
    }
    case 'highlight-quote':
    case 'scroll-to-quote':
      return isQuoteId(x.quoteId) ? { type: x.type, quoteId: x.quoteId } : null;
    case 'clear-highlight':
    case 'clear-marks':
    case 'ping':
      return { type: x.type };
    default:
      return null;
  }
}

/** A reply to `analyze` / `analyze-tab`, trusted only in the shape the protocol promises. */
export function isAnalyzeReply(x: unknown): x is AnalyzeReply {
  if (!isRecord(x)) return false;
  if (x.ok === true) return isRecord(x.value) && x.value.schemaVersion === 1;
  return x.ok === false && typeof x.error === 'string' && typeof x.message === 'string';
}

/** Minimal shape of a runtime.MessageSender we rely on (same in Chrome and Firefox). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Only messages from this extension's own pages and scripts are trusted. */
export function isFromOwnExtension(sender: SenderLike, ownId: string): boolean {
  return sender.id === ownId;
}
