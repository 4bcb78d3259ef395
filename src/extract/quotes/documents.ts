/**
 * Documents as a quote's source (LABELS.md: "When the source is an organisation or a document
 * it is that organisation or document"):
 *   "laut einer Pressemitteilung des BMI der Verbesserung …"      → "Pressemitteilung des BMI"
 *   "In einem Positionspapier des Bundesministeriums des Innern"  → "Positionspapier des Bundesministeriums des Innern"
 */
import { isDocumentNoun, isGermanOrgNoun } from './lexicon';
import { tokenize, type Token } from './names';

const LEAD_WORDS = /^(?:in|im|laut|nach|aus|so|the|a|an|its|their|der|die|das|dem|den|des|ein|eine|einer|einem|eines|einen|sein|seine|seiner|seinem|ihr|ihre|ihrer|ihrem)$/i;
/** A lower-case adjective in front of the document ("einem inoffiziellen Memorandum", "a joint statement"). */
const ADJECTIVE = /^\p{Ll}[\p{L}-]*$/u;
const OWNER_LINK_DE = /^(?:des|der)$/i;
const OWNER_LINK_EN = /^(?:of|from)$/i;
/** English document nouns are printed in lower case (German nouns are capitalised). */
const DOC_EN_HEAD = /^\p{Ll}/u;

/**
 * The document named at the start of `np` (after prepositions, determiners and up to two
 * adjectives), with its owner when one follows ("des BMI", "of the ministry"), as printed.
 */
export function documentSource(np: string): string | null {
  const tokens = tokenize(np);
  let i = 0;
  while (i < tokens.length && LEAD_WORDS.test(tokens[i]!.text)) i++;
  let adjectives = 0;
  while (i < tokens.length && adjectives < 2 && ADJECTIVE.test(tokens[i]!.text) && !isDocumentNoun(tokens[i]!.text)) {
    i++;
    adjectives++;
  }
  const head = tokens[i];
  if (!head) return null;
  let end: number;
  if (tokens[i + 1] && isDocumentNoun(`${head.text} ${tokens[i + 1]!.text}`)) end = i + 1; // "press release"
  else if (isDocumentNoun(head.text)) end = i;
  else return null;
  // "a report by Turk’s predecessor Michelle Bachelet", "ein Bericht von Amnesty": the author speaks, not the paper
  if (/^(?:by|von|vom)$/i.test(tokens[end + 1]?.text ?? '')) return null;
  const owned = ownerEnd(tokens, end);
  // "The report, flatly rejected by China, detailed": a bare English document is someone's, named earlier
  if (owned === end && DOC_EN_HEAD.test(tokens[end]!.text)) return null;
  return np.slice(head.start, tokens[owned]!.end);
}

/** Index of the last token of the owner chain after the document at `at` (or `at` itself). */
function ownerEnd(tokens: Token[], at: number): number {
  let end = at;
  for (let links = 0; links < 2; links++) {
    const link = tokens[end + 1];
    if (!link || !(OWNER_LINK_DE.test(link.text) || OWNER_LINK_EN.test(link.text))) break;
    let k = end + 2;
    if (/^(?:the|der|des|dem)$/i.test(tokens[k]?.text ?? '')) k++;
    const run = capitalRun(tokens, k);
    if (run < k) break;
    end = run;
    const owner = tokens[k]!.text;
    // "des Bundesministeriums des Innern" goes on; "des BMI der Verbesserung" does not
    if (!isGermanOrgNoun(owner.replace(/e?s$/, ''))) break;
  }
  return end;
}

/** Last index of the capitalised run starting at `k` (k - 1 when there is none). */
function capitalRun(tokens: Token[], k: number): number {
  let j = k;
  while (tokens[j] && /^\p{Lu}/u.test(tokens[j]!.text)) j++;
  return j - 1;
}
