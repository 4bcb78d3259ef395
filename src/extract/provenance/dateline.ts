/**
 * Datelines: where the story was filed, as printed and without the agency or dash.
 * From schema.org `dateline`/`locationCreated`, the Trust Indicators box ("Dateline:"), and
 * the lead paragraph: `BEIRUT, Lebanon, June 2 (AP) —`, `WASHINGTON, May 12 (Reuters) -`,
 * `PARIS —`, `New Delhi [India], Sept 20 (ANI):`, a place line of its own (`BAAR, SWITZERLAND`).
 */
import { agencyByName, type Agency } from './agencies';

const M = '(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)\\.?';
const DATE = `(?:${M}\\s+\\d{1,2}|\\d{1,2}\\.?\\s+${M})(?:,?\\s+\\d{4})?`;
const WORD = "[\\p{Lu}][\\p{L}\\p{M}.'’-]*";
const PLACE = `${WORD}(?:[ /]${WORD}|\\s(?:am|an|de|del|la|le|sur|upon|on)\\s${WORD}){0,4}`;
const REGION = `(?:,\\s*${PLACE}){0,2}`;
const DASH = '(?:\\s*[-—–]{1,2}|\\s*:|\\s*\\.\\s*[-—–])';

/** `PLACE[, Region][ [Country]][, DATE] (AGENCY) —` */
const AGENCY_DATELINE = new RegExp(`^(${PLACE}${REGION})(?:\\s*\\[[^\\]]{1,30}\\])?(?:,?\\s+${DATE})?\\s*\\(([^()]{2,40})\\)${DASH}`, 'u');
/** `(AGENCY) —` with no place ("(Bloomberg) -- …"). */
const BARE_AGENCY = /^\(([^()]{2,40})\)\s*[-—–]{1,2}/u;
/** `WASHINGTON —`, `HANOI, Vietnam —`, `WASHINGTON, May 12 —`: the place in capitals. */
const CAPS = "[\\p{Lu}][\\p{Lu}\\p{M}.'’-]*";
const CAPS_DATELINE = new RegExp(`^(${CAPS}(?:[ /]${CAPS}){0,3}(?:,\\s*${PLACE}){0,2})(?:,?\\s+${DATE})?\\s*(?:[—–]|--|-\\s)`, 'u');
/** A place line on its own: `BAAR, SWITZERLAND`. */
const PLACE_LINE = new RegExp(`^${CAPS}(?:[ /]${CAPS}){0,3}(?:,\\s*${CAPS}(?:[ /]${CAPS}){0,3}){1,2}$`, 'u');
/** Xinhua/China News Service: `新华社北京10月14日电`. */
const CJK_DATELINE = /^(?:新华社|中新社|中新网)([\p{Script=Han}]{2,8}?)\d{1,2}月\d{1,2}日电/u;

/** Capitalised kickers that open a lead like a dateline but name no place. */
const NOT_A_PLACE = /^(?:UPDATED?|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LISTEN|ANALYSIS|OPINION|COMMENTARY|CORRECTION|EDITOR'?S NOTE|LIVE|VIDEO|PHOTOS?|REVIEW|FACT CHECK|UPDATE \d+)$/;

export interface LeadDateline {
  place: string | null;
  agency: Agency | null;
  /** The text matched, for evidence. */
  matched: string;
}

const tidy = (place: string): string => place.replace(/[\s,]+$/, '').trim();

/** Reads the dateline (and any agency in it) from the start of a lead paragraph. */
export function datelineFromLead(lead: string): LeadDateline | null {
  const text = lead.trim().slice(0, 200);
  let m = AGENCY_DATELINE.exec(text);
  if (m) {
    const agency = agencyByName(m[2]!);
    if (agency) return { place: tidy(m[1]!), agency, matched: m[0] };
  }
  m = BARE_AGENCY.exec(text);
  if (m) {
    const agency = agencyByName(m[1]!);
    if (agency) return { place: null, agency, matched: m[0] };
  }
  m = CAPS_DATELINE.exec(text);
  // Two capitals at least, so a sentence's first word ("A — …") is not a place.
  if (m && /\p{Lu}{2}/u.test(m[1]!) && !NOT_A_PLACE.test(tidy(m[1]!))) return { place: tidy(m[1]!), agency: null, matched: m[0] };
  if (text.length <= 50 && PLACE_LINE.test(text)) return { place: text, agency: null, matched: text };
  m = CJK_DATELINE.exec(text);
  if (m) return { place: m[1]!, agency: agencyByName(text.startsWith('新华社') ? 'Xinhua' : 'China News Service'), matched: m[0] };
  return null;
}
