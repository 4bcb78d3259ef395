/** The quote data files, folded into lookup sets once. */
import verbs from '../../data/speech-verbs.json';
import lexicon from '../../data/quote-lexicon.json';
import fittedRoleHeads from '../../data/role-heads.json';

/** Case- and accent-insensitive key ("Türk" → "turk"). */
export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019`´]/g, "'").toLowerCase();

const set = (xs: readonly string[]): Set<string> => new Set(xs.map(fold));
const all = (groups: Record<string, readonly string[]>): string[] => Object.values(groups).flat();

export type Gender = 'f' | 'm';
export type PronounKind = 'female' | 'male' | 'organisation' | 'plural' | 'first';

export const SPEECH_VERBS = set(all(verbs.speech));
/** "quoted", "zitiert": the subject passes on someone else's words. */
export const CITING_VERBS = set(verbs.citing);
/** "told": the noun phrase after it is the listener. */
export const ADDRESSEE_VERBS = set(verbs.addressee);
/** Longest verb phrase in words, so matching can look ahead that far. */
export const MAX_VERB_WORDS = Math.max(...[...SPEECH_VERBS].map((v) => v.split(' ').length));
export const ACCORDING_BEFORE = verbs.according.filter((a) => !a.startsWith('~')).map(fold);
export const ACCORDING_AFTER = verbs.according.filter((a) => a.startsWith('~')).map((a) => fold(a.slice(1)));

const pronounKinds = new Map<string, PronounKind>();
for (const [kind, words] of Object.entries(lexicon.pronouns)) for (const w of words) pronounKinds.set(fold(w), kind as PronounKind);
export const pronounKind = (w: string): PronounKind | undefined => pronounKinds.get(fold(w));

const possessiveKinds = new Map<string, PronounKind>();
for (const [kind, words] of Object.entries(lexicon.possessivePronouns)) for (const w of words) possessiveKinds.set(fold(w), kind as PronounKind);
export const possessiveKind = (w: string): PronounKind | undefined => possessiveKinds.get(fold(w));

export const HONORIFIC_F = set(lexicon.honorifics.female);
export const HONORIFIC_M = set(lexicon.honorifics.male);
export const TITLE_WORDS = set([...lexicon.honorifics.neutral, ...lexicon.honorifics.female, ...lexicon.honorifics.male]);
export const ROLE_F = set(lexicon.genderedRoleWords.female);
export const ROLE_M = set(lexicon.genderedRoleWords.male);
export const ROLE_KINDS = Object.entries(lexicon.roleKinds).map(([kind, words]) => ({ kind, words: words.map(fold) }));
const ALL_ROLE_WORDS = set(all(lexicon.roleKinds).filter((w) => !w.includes(' ')));
const GERMAN_ROLE_SUFFIXES = lexicon.germanRoleSuffixes.map(fold);
/** A role word, or a German role noun alone or ending a compound ("Anwältin", "VW-Chef", "Bundesfamilienministerin"). */
/** Heads of descriptions counted on the train splits (scripts/train/role-heads.ts). */
const ROLE_HEADS = set(fittedRoleHeads.heads);
export const isRoleWord = (w: string): boolean => {
  const f = fold(w);
  return ALL_ROLE_WORDS.has(f) || ROLE_HEADS.has(f) || GERMAN_ROLE_SUFFIXES.some((s) => f === s || (f.length > s.length + 2 && f.endsWith(s)));
};
export const ORG_WORDS = set(lexicon.orgWords);
const GERMAN_ORG_SUFFIXES = lexicon.germanOrgSuffixes.map(fold);
/** "Bundesministerium", "Staatsanwaltschaft": a German compound that names an organisation. */
export const isGermanOrgNoun = (w: string): boolean => /^\p{Lu}/u.test(w) && GERMAN_ORG_SUFFIXES.some((s) => fold(w).endsWith(s));
export const ANON_HEADS = set(lexicon.anonymous);
export const ANON_FORMULAS = lexicon.anonymousFormulas.map(fold);
export const TITLE_TRIGGERS = lexicon.titleTriggers.map(fold);
export const NOT_NAMES = set(lexicon.notNames);
export const FIRST_F = set(lexicon.firstNames.female);
export const FIRST_M = set(lexicon.firstNames.male);
export const TITLE_PREFIX_WORDS = set(lexicon.titleWords);
const DOC_DE = lexicon.documentNouns.de.map(fold);
const DOC_EN = set(lexicon.documentNouns.en);
/** "Pressemitteilung", "Positionspapier", "statement": a document that can be a quote's source (German nouns are capitalised). */
export const isDocumentNoun = (w: string): boolean => {
  const f = fold(w);
  return DOC_EN.has(f) || (/^\p{Lu}/u.test(w) && DOC_DE.some((s) => f === s || (f.endsWith(s) && f.length > s.length + 2)));
};
/** Words whose dot does not end a sentence ("Sen.", "U.S.", "bzw."), folded, without the dot. */
export const ABBREVIATIONS = set(lexicon.abbreviations);
/** Month names, so "am 14. Juli" is not two sentences. */
export const MONTHS = set(lexicon.months);
