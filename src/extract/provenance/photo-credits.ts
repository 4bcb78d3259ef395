/**
 * Photo credits from captions and credit elements: "Photo: AFP", "File photo: UN Photo by
 * Violaine Martin, via Flickr", "(AP Photo/David Zalubowski)", "REUTERS/Brendan McDermid",
 * "Leonhard Foeger / Reuters file", "Foto: Reuters", with the agencies they name.
 */
import type { PhotoCredit } from '../../report';
import { agenciesIn, uniqueShorts } from './agencies';
import { clean, foldKey } from './util';


const LABELLED = /^(.*(?:^|[\s.|;(]))((?:file\s+|main\s+|top\s+|lead\s+)?(?:photo(?:graph)?s?|foto|fotos|image|picture|pic|bild|credit|source|video|illustration|zdroj|quelle|fuente)(?:\s+credit)?\s*:\s*)(.+)$/i;
const AGENCY_PHOTO = /\(((?:AP|AFP|Reuters|EPA|UPI|AAP|PA|CP|Xinhua|Kyodo|dpa|EFE)\s+Photo[^)]{0,80})\)/i;
const SLASH_CREDIT = /\b((?:REUTERS|AFP|EPA(?:-EFE)?|AP|Getty Images|XINHUA|dpa)\s*\/\s*[\p{L}][\p{L} .'-]{1,50})/u;

/** The credit part of a caption, or null when it names no source. */
export function creditOf(caption: string, isCreditElement: boolean): string | null {
  const text = clean(caption);
  const agencyPhoto = AGENCY_PHOTO.exec(text);
  if (agencyPhoto) return agencyPhoto[1]!.trim();
  const slash = SLASH_CREDIT.exec(text);
  if (slash) return slash[1]!.trim();
  // The last label wins ("Main image: … Photograph: Adrian Malloch"); a label opening a long
  // caption ("FILE PHOTO: Traders work on …") introduces the caption, not a credit.
  const labelled = LABELLED.exec(text);
  if (labelled && (labelled[1]!.trim() !== '' || labelled[3]!.length <= 100)) return labelled[3]!.replace(/[.\s]+$/, '');
  if (isCreditElement && text.length <= 80) return text.replace(/[.\s]+$/, '');
  return null;
}

export function readPhotoCredits(elements: Element[]): PhotoCredit[] {
  const out: PhotoCredit[] = [];
  const seen = new Set<string>();
  const add = (text: string, credit: string): void => {
    const key = foldKey(credit);
    if (!key || seen.has(key) || out.length >= 30) return;
    seen.add(key);
    out.push({ text, credit, agencies: uniqueShorts(agenciesIn(credit, true)) });
  };
  for (const el of elements) {
    // The innermost caption speaks for itself; an outer one only adds text beyond it.
    if (elements.some((other) => other !== el && el.contains(other) && /credit/i.test(other.getAttribute('class') ?? ''))) continue;
    const text = clean(el.textContent).slice(0, 400);
    if (!text) continue;
    const isCredit = /credit|source|photographer/i.test(el.getAttribute('class') ?? '');
    let credit = creditOf(text, isCredit);
    // A credit printed as the caption's last element ("… Austria." + "Leonhard Foeger / Reuters file").
    if (!credit && el.tagName === 'FIGCAPTION' && el.lastElementChild && el.children.length > 1) {
      const last = clean(el.lastElementChild.textContent);
      if (last.length <= 80 && (agenciesIn(last, true).length || /\s\/\s|\bfor\b|\bvia\b/.test(last))) credit = last;
    }
    if (credit) add(text, credit);
  }
  return out;
}
