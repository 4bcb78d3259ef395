/**
 * Documents as a quote's source (LABELS.md: "When the source is an organisation or a document
 * it is that organisation or document"):
 *   "laut einer Pressemitteilung des BMI der Verbesserung …"      → "Pressemitteilung des BMI"
 *   "In einem Positionspapier des Bundesministeriums des Innern"  → "Positionspapier des Bundesministeriums des Innern"
 *   "So heißt es in dem Schreiben wörtlich"                        → "Schreiben"
 *   "Die Staatsanwaltschaft gab eine Stellungnahme ab. Darin steht: „…“" → "Stellungnahme" (from the sentence before)
 */
import { fold, isDocumentNoun, isGermanOrgNoun } from './lexicon';
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

/** "Darin heißt es", "Dort steht": the sentence quotes the document the sentence before named. */
export const POINTS_BACK_TO_DOCUMENT = /^\s*(?:darin|dort|hierin|daraus)\s+(?:(?:heißt|hieß)\s+es|steht|stand|stehe)\b/i;

/** The last document named in `text` (the sentence before "Darin heißt es"). */
export function lastDocumentIn(text: string): string | null {
  const tokens = tokenize(text);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!isDocumentNoun(tokens[i]!.text) || /^(?:by|von|vom)$/i.test(tokens[i + 1]?.text ?? '')) continue;
    const end = ownerEnd(tokens, i);
    if (end === i && DOC_EN_HEAD.test(tokens[i]!.text)) return null;
    return text.slice(tokens[i]!.start, tokens[end]!.end);
  }
  return null;
}

/** "In DOC heißt es" / "heißt es in DOC": the document the sentence before the quote cites. */
export function documentBeforeQuote(before: string): { np: string; npStart: number } | null {
  const f = fold(before);
  const m = /(?:heißt|hieß|hiess|heisst)\s+es\b/.exec(f);
  if (!m) return null;
  // "heißt es (wörtlich) in dem Schreiben"
  const after = /^\s+(?:\p{Ll}+\s+)?(?:in|im)\s+[^,:;]+/u.exec(before.slice(m.index + m[0].length));
  if (after) {
    const np = after[0].replace(/^\s+(?:\p{Ll}+\s+)?(?=in|im)/u, '');
    const doc = documentSource(np);
    if (doc) return { np: doc, npStart: before.indexOf(doc, m.index) };
  }
  // "In einem Positionspapier des … heißt es"
  const lead = /(?:^|[,;]\s*|\s)(?:in|im)\s+([^,:;]+?)\s*$/iu.exec(before.slice(0, m.index));
  if (lead) {
    const doc = documentSource(lead[1]!);
    if (doc) return { np: doc, npStart: before.indexOf(doc) };
  }
  return null;
}
