/**
 * What the attribution step reads, computed once before it reads it: each paragraph with its
 * quotes masked, its sentences and words; every mention of someone who could be a quote's
 * source (a name, an organisation, a pronoun, a description such as "the spokeswoman", a
 * document such as "the statement"); the speech cues; and the entities the names cluster into
 * (`Registry`: "LeBron James" / "James"). Nothing here changes once built.
 */
import { lastAtOrBefore } from '../sorted';
import type { Paragraph } from './paragraphs';
import type { MarkedSpan } from './marks';
import { sentenceStarts } from './sentences';
import { findRuns, genderFromRole, isFirstName, Registry, runName, tokenize, type Entity, type Token } from './names';
import { describeMention } from './roles';
import { documentSource } from './documents';
import {
  ACCORDING_AFTER, ACCORDING_BEFORE, ADDRESSEE_VERBS, ANON_HEADS, CITING_VERBS, fold, isDocumentNoun, isGermanOrgNoun, isRoleWord, ORG_WORDS,
  MAX_VERB_WORDS, possessiveKind, pronounKind, SPEECH_VERBS, TITLE_PREFIX_WORDS, TITLE_WORDS, HONORIFIC_F, HONORIFIC_M, type Gender, type PronounKind,
} from './lexicon';

/** Stands in for quoted words, so nothing inside a quote is read as the article's own text. */
export const MASK = '\uE000';

export type MentionKind = 'name' | 'org' | 'pronoun' | 'description' | 'document';

export interface Mention {
  index: number;
  para: number;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  /** Index of the sentence in the whole article. */
  sentence: number;
  /** Index of the first word of the mention in its paragraph's words. */
  word: number;
  kind: MentionKind;
  text: string;
  /** The person or organisation a name or organisation mention names. */
  entity: Entity | null;
  pronoun: PronounKind | null;
  gender: Gender | null;
  /** "Trump's adviser": the possessor is not the head of its noun phrase. */
  possessive: boolean;
  /** After a preposition ("told by X", "with X"): rarely the subject. */
  oblique: boolean;
}

export type CueKind = 'speech' | 'addressee' | 'citing' | 'according' | 'according-after' | 'colon';

export interface Cue {
  para: number;
  /** Word index in the paragraph's words (for 'colon', the word before the colon). */
  word: number;
  /** Words the cue spans. */
  words: number;
  kind: CueKind;
  sentence: number;
}

export interface PreparedParagraph {
  para: Paragraph;
  text: string;
  masked: string;
  words: Token[];
  /** Start offsets of the paragraph's sentences. */
  sentenceStarts: number[];
  /** Article-wide index of the paragraph's first sentence. */
  firstSentence: number;
  spans: MarkedSpan[];
}

export interface Reading {
  paragraphs: PreparedParagraph[];
  mentions: Mention[];
  cues: Cue[];
  registry: Registry;
  /** Mentions of each paragraph, in order. */
  mentionsByPara: Mention[][];
  /** Mentions of each entity, in reading order. */
  mentionsOf: Map<Entity, Mention[]>;
  /** Cues of each sentence (article-wide sentence index). */
  cuesBySentence: Map<number, Cue[]>;
  cuesByPara: Cue[][];
}

const PREPOSITIONS = new Set(['by', 'of', 'to', 'with', 'from', 'for', 'against', 'about', 'on', 'at', 'in', 'between', 'than', 'like', 'under', 'over', 'into', 'von', 'mit', 'für', 'gegen', 'bei', 'zu', 'de', 'à', 'avec', 'contre', 'por', 'con', 'para', 'com']);
const DETERMINERS = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines', 'einen', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'o', 'os', 'um', 'uma', 'his', 'her', 'their', 'its', 'sein', 'seine', 'ihr', 'ihre']);

export const wordIndexAt = (words: Token[], offset: number): number => {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

function prepare(paragraphs: Paragraph[], spansByPara: Map<number, MarkedSpan[]>): PreparedParagraph[] {
  let sentence = 0;
  return paragraphs.map((para, p) => {
    const spans = spansByPara.get(p) ?? [];
    let masked = '';
    let at = 0;
    for (const s of spans) {
      const close = Math.min(para.text.length, s.close + 1);
      masked += para.text.slice(at, s.open) + MASK.repeat(close - s.open);
      at = close;
    }
    masked += para.text.slice(at);
    const starts = sentenceStarts(para.text, spans.map((s) => [s.open, s.close]));
    const prepared: PreparedParagraph = { para, text: para.text, masked, words: tokenize(masked), sentenceStarts: starts, firstSentence: sentence, spans };
    sentence += starts.length;
    return prepared;
  });
}

export const sentenceOf = (p: PreparedParagraph, offset: number): number => p.firstSentence + lastAtOrBefore(p.sentenceStarts, offset);

/** The verb phrase of a given kind starting at word i: how many words it takes (0 when none). */
function phraseAt(words: Token[], i: number, phrases: Set<string>, maxWords: number): number {
  for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
    if (phrases.has(words.slice(i, i + n).map((w) => fold(w.text)).join(' '))) return n;
  }
  return 0;
}
const ACCORDING = new Set(ACCORDING_BEFORE);
const ACCORDING_POST = new Set(ACCORDING_AFTER);
const MAX_ACCORDING = Math.max(...ACCORDING_BEFORE.map((a) => a.split(' ').length));

function findCues(p: PreparedParagraph, para: number): Cue[] {
  const cues: Cue[] = [];
  const { words, masked } = p;
  for (let i = 0; i < words.length; i++) {
    const sentence = sentenceOf(p, words[i]!.start);
    const acc = phraseAt(words, i, ACCORDING, MAX_ACCORDING);
    if (acc) {
      cues.push({ para, word: i, words: acc, kind: 'according', sentence });
      i += acc - 1;
      continue;
    }
    if (ACCORDING_POST.has(fold(words[i]!.text))) {
      cues.push({ para, word: i, words: 1, kind: 'according-after', sentence });
      continue;
    }
    const w = fold(words[i]!.text);
    const addressee = ADDRESSEE_VERBS.has(w);
    const citing = CITING_VERBS.has(w);
    const n = addressee || citing ? 1 : phraseAt(words, i, SPEECH_VERBS, MAX_VERB_WORDS);
    if (n) {
      cues.push({ para, word: i, words: n, kind: addressee ? 'addressee' : citing ? 'citing' : 'speech', sentence });
      i += n - 1;
      continue;
    }
    // "X: „…“" / "X said:" — a colon right before a quote's opening mark
    const gapEnd = words[i + 1]?.start ?? masked.length;
    const gap = masked.slice(words[i]!.end, gapEnd);
    if (/^\s*:\s*\uE000/.test(gap)) cues.push({ para, word: i, words: 1, kind: 'colon', sentence });
  }
  return cues;
}

/**
 * A headline or a line of title-case words ("Hillary Clinton Speaks Directly to White People"):
 * its capitalised words are not names, and nothing in it is a quote's source.
 */
function isHeadingLike(text: string): boolean {
  const t = text.trim();
  // a sentence ends with its punctuation; a headline does not
  if (/[.!?…]["'’”»“]?$/u.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length >= 4);
  if (words.length < 3 || words.length > 20) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8;
}

/** A speech cue right after the word (within two words) or right before it: "Melanie said", "said Hester". */
function nextToCue(p: PreparedParagraph, word: number): boolean {
  const near = (i: number) => i >= 0 && i < p.words.length && phraseAt(p.words, i, SPEECH_VERBS, MAX_VERB_WORDS) > 0;
  if (near(word - 1)) return true;
  // before the verb only when nothing qualifies it: "der englischsprachigen Zeitung sagte" is a German noun
  const prev = p.words[word - 1];
  const free = !prev || !/^\s+$/.test(p.masked.slice(prev.end, p.words[word]!.start)) || /^(?:and|but|und|et|y|e)$/i.test(prev.text);
  return free && (near(word + 1) || near(word + 2));
}

/** "OHCHR" for "Office of the High Commissioner for Human Rights": the letters are the words' initials, in order. */
function spellsInitials(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  let at = 0;
  for (const c of acronym.toUpperCase()) {
    at = initials.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Mentions of names and organisations (one pass, building the registry in reading order). */
function nameMentions(p: PreparedParagraph, para: number, registry: Registry, out: Mention[]): void {
  const { masked, words } = p;
  if (isHeadingLike(p.text)) return;
  for (const run of findRuns(masked, words, registry.common)) {
    let entity: Entity | undefined;
    if (run.kind === 'person') entity = registry.person(run);
    else if (run.kind === 'org' || run.kind === 'acronym') entity = registry.findOrg(runName(run)) ?? registry.org(runName(run));
    else {
      const word = run.tokens[0]!.text;
      if (pronounKind(word)) continue; // "Er bezeichnete …" opens a German sentence with a capital
      entity = registry.known(word);
      // a single unknown name speaks: it is somebody ("Melanie said", "said Hester") — unless it
      // opens the sentence, where any capitalised word stands ("Unterdessen verteidigte …")
      const at = wordIndexAt(words, run.tokens[0]!.start);
      const opensSentence = p.sentenceStarts.includes(words[at]!.start) || !/[\p{L}\p{N}]/u.test(masked.slice(p.sentenceStarts[lastAtOrBefore(p.sentenceStarts, words[at]!.start)], words[at]!.start).replace(/\uE000/g, ''));
      if (!entity && (run.titles.length || (nextToCue(p, at) && (!opensSentence || isFirstName(word))))) entity = registry.person(run);
    }
    if (!entity) continue;
    const paren = /^\s*\((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(masked.slice(run.end, run.end + 12));
    if (paren && entity.kind === 'org' && spellsInitials(paren[1]!, entity.name)) registry.alias(entity, paren[1]!);
    const w = wordIndexAt(words, run.start);
    const startWithTitles = run.titles[0]?.start ?? run.start;
    if (entity.kind === 'person') {
      // the title printed with the name is a description (LABELS.md: "Gov.", "Rep.", "Lt. Col."); a courtesy title is not
      const title = masked.slice(startWithTitles, run.start).trim();
      const titleWords = tokenize(title).map((t) => fold(t.text.replace(/\.$/, '')));
      const isTitle = titleWords.length > 0 && titleWords.every((w) => TITLE_WORDS.has(w) || TITLE_PREFIX_WORDS.has(w));
      const courtesy = titleWords.every((w) => HONORIFIC_F.has(w) || HONORIFIC_M.has(w));
      if (isTitle && !courtesy && !entity.roles.some((r) => fold(r) === fold(title))) entity.roles.push(title);
      const { role, org } = describeMention(masked, run.start, run.end, registry, startWithTitles);
      if (role && !entity.roles.some((r) => fold(r) === fold(role))) entity.roles.push(role);
      if (org && !entity.orgs.includes(org)) entity.orgs.push(org);
      if (!entity.gender) entity.gender = genderFromRole(masked.slice(Math.max(0, startWithTitles - 30), startWithTitles).split(/\s+/).slice(-3).join(' '));
    }
    const prev = words[wordIndexAt(words, startWithTitles) - 1];
    out.push({
      index: out.length,
      para,
      start: startWithTitles,
      end: run.end,
      sentence: sentenceOf(p, run.start),
      word: w,
      kind: entity.kind === 'org' ? 'org' : 'name',
      text: masked.slice(startWithTitles, run.end),
      entity,
      pronoun: null,
      gender: entity.gender,
      possessive: run.possessive,
      oblique: prev !== undefined && PREPOSITIONS.has(fold(prev.text)),
    });
  }
}

/**
 * The noun phrase opened by a determiner right after an "according to" cue ("laut einem
 * Jury-Mitglied", "gemäß einem Augenzeugen", "según la agencia"): the determiner, adjectives and
 * nouns up to the next determiner, preposition, verb-like lower-case word after a noun, or mark.
 */
function accordingNounPhrase(p: PreparedParagraph, i: number, inName: (i: number) => boolean): { last: number } | null {
  const { words, masked } = p;
  const det = words[i]!;
  if (!DETERMINERS.has(fold(det.text)) || inName(i)) return null;
  let cue = false;
  for (let n = 1; n <= MAX_ACCORDING && i - n >= 0; n++) if (phraseAt(words, i - n, ACCORDING, n) === n) cue = true;
  if (!cue) return null;
  let last = i;
  let noun = false;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const t = words[k]!.text;
    if (!/^\s+$/.test(masked.slice(words[k - 1]!.end, words[k]!.start))) break; // punctuation or a mark
    if (inName(k) || DETERMINERS.has(fold(t)) || PREPOSITIONS.has(fold(t)) || SPEECH_VERBS.has(fold(t))) break;
    const capital = /^\p{Lu}/u.test(t);
    if (noun && !capital) break;
    // a role, document or organisation noun is read by the description pass, with its owner
    if (isRoleWord(t) || isDocumentNoun(t) || ORG_WORDS.has(fold(t)) || isGermanOrgNoun(t)) return null;
    last = k;
    if (capital) noun = true;
  }
  return noun ? { last } : null;
}

/** Pronouns, descriptions ("the spokeswoman", "a senior official") and documents ("the statement"). */
function otherMentions(p: PreparedParagraph, para: number, names: Mention[], registry: Registry, out: Mention[]): void {
  const { words, masked } = p;
  if (isHeadingLike(p.text)) return;
  const inName = (i: number) => names.some((m) => m.para === para && words[i]!.start >= m.start && words[i]!.end <= m.end);
  for (let i = 0; i < words.length; i++) {
    if (inName(i)) continue;
    const w = words[i]!;
    const prev = words[i - 1];
    const oblique = prev !== undefined && PREPOSITIONS.has(fold(prev.text));
    const base: { index: number; para: number; sentence: number; entity: Entity | null; possessive: boolean; oblique: boolean } = { index: 0, para, sentence: sentenceOf(p, w.start), entity: null, possessive: false, oblique };
    const pronoun = pronounKind(w.text);
    // German "sie"/"Sie" is she, they or you: kept, its kind says female, the resolver checks number
    if (pronoun && pronoun !== 'first') {
      out.push({ ...base, start: w.start, end: w.end, word: i, kind: 'pronoun', text: w.text, pronoun, gender: pronoun === 'female' ? 'f' : pronoun === 'male' ? 'm' : null });
      continue;
    }
    const according = accordingNounPhrase(p, i, inName);
    if (according) {
      // "laut einem Jury-Mitglied", "gemäß einem Augenzeugen": whatever follows "according to" is a source
      out.push({ ...base, start: w.start, end: words[according.last]!.end, word: i, kind: 'description', text: masked.slice(w.start, words[according.last]!.end), pronoun: null, gender: null });
      i = according.last;
      continue;
    }
    const head = fold(w.text.replace(/\.$/, ''));
    const prevWord = words[i - 1];
    const afterArticle = prevWord !== undefined && DETERMINERS.has(fold(prevWord.text)) && /^\s+$/.test(masked.slice(prevWord.end, w.start));
    if (afterArticle && (ORG_WORDS.has(head) || isGermanOrgNoun(w.text)) && !names.some((m) => m.para === para && m.start <= w.start && m.end >= w.end)) {
      // "das Ministerium" (the one named before), "die Bundesregierung" (a name in itself)
      const entity = isGermanOrgNoun(w.text) && !ORG_WORDS.has(head) ? registry.findOrg(w.text) ?? registry.org(w.text) : null;
      out.push({ ...base, entity, start: prevWord.start, end: w.end, word: i - 1, kind: 'description', text: masked.slice(prevWord.start, w.end), pronoun: null, gender: null });
      continue;
    }
    const isDoc = isDocumentNoun(w.text);
    const isRole = !isDoc && (isRoleWord(w.text) || ANON_HEADS.has(head));
    if (!isDoc && !isRole) continue;
    // the noun phrase: back over adjectives and compound nouns to a determiner or possessive
    let s = i;
    while (s > 0 && i - s < 5 && !inName(s - 1) && /^[\p{Ll}\p{Lu}][\p{L}-]*$/u.test(words[s - 1]!.text) && !DETERMINERS.has(fold(words[s - 1]!.text)) && !PREPOSITIONS.has(fold(words[s - 1]!.text)) && /^\s+$/.test(masked.slice(words[s - 1]!.end, words[s]!.start)) && !SPEECH_VERBS.has(fold(words[s - 1]!.text))) s--;
    const det = words[s - 1];
    const hasDet = det !== undefined && (DETERMINERS.has(fold(det.text)) || possessiveKind(det.text) !== undefined) && /^\s+$/.test(masked.slice(det.end, words[s]!.start));
    // a bare role word right before a name is a title ("spokeswoman Ravina Shamdasani"): part of that name's mention
    const next = words[i + 1];
    if (next && names.some((m) => m.para === para && m.start === next.start)) continue;
    if (!hasDet && !/^\p{Lu}/u.test(words[s]!.text) && !ANON_HEADS.has(head)) continue;
    const start = hasDet ? det.start : words[s]!.start;
    // "a statement from the ministry", "einer Pressemitteilung des BMI": the document speaks, named with its owner
    const document = isDoc ? documentSource(masked.slice(words[s]!.start, Math.min(masked.length, w.end + 80)).split(/[\uE000,;:]/)[0]!) : null;
    if (document) base.entity = registry.findOrg(document) ?? registry.org(document);
    out.push({ ...base, start, end: w.end, word: hasDet ? s - 1 : s, kind: isDoc ? 'document' : 'description', text: masked.slice(start, w.end), pronoun: null, gender: genderFromRole(w.text), oblique: (() => { const b = words[(hasDet ? s - 1 : s) - 1]; return b !== undefined && PREPOSITIONS.has(fold(b.text)); })() });
  }
}

export function readMentions(paragraphs: Paragraph[], spans: MarkedSpan[]): Reading {
  const spansByPara = new Map<number, MarkedSpan[]>();
  for (const s of spans) spansByPara.set(s.para, [...(spansByPara.get(s.para) ?? []), s]);
  const prepared = prepare(paragraphs, spansByPara);
  const registry = new Registry();
  for (const p of prepared) for (const t of p.words) if (/^\p{Ll}/u.test(t.text)) registry.common.add(t.text);
  const names: Mention[] = [];
  prepared.forEach((p, k) => nameMentions(p, k, registry, names));
  const others: Mention[] = [];
  prepared.forEach((p, k) => otherMentions(p, k, names, registry, others));
  const cues = prepared.flatMap((p, k) => findCues(p, k));
  // "said one viewer", "said a man": whoever follows a speech verb is a source, role word or not
  for (const c of cues) {
    if (c.kind !== 'speech') continue;
    const p = prepared[c.para]!;
    const det = p.words[c.word + c.words];
    const noun = p.words[c.word + c.words + 1];
    if (!det || !noun || !/^(?:a|an|one|another|the|ein|eine|einer|un|une|uno|una|um|uma)$/i.test(det.text) || !/^\p{Ll}[\p{Ll}-]+$/u.test(noun.text)) continue;
    if ([...names, ...others].some((m) => m.para === c.para && m.start <= noun.start && m.end >= det.end)) continue;
    others.push({ index: 0, para: c.para, start: det.start, end: noun.end, sentence: c.sentence, word: c.word + c.words, kind: 'description', text: p.masked.slice(det.start, noun.end), entity: null, pronoun: null, gender: genderFromRole(noun.text), possessive: false, oblique: false });
  }
  const mentions = [...names, ...others].sort((a, b) => a.para - b.para || a.start - b.start);
  mentions.forEach((m, i) => (m.index = i));
  const mentionsByPara = prepared.map(() => [] as Mention[]);
  for (const m of mentions) mentionsByPara[m.para]!.push(m);
  const cuesByPara = prepared.map(() => [] as Cue[]);
  for (const c of cues) cuesByPara[c.para]!.push(c);
  const mentionsOf = new Map<Entity, Mention[]>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const list = mentionsOf.get(m.entity);
    if (list) list.push(m);
    else mentionsOf.set(m.entity, [m]);
  }
  const cuesBySentence = new Map<number, Cue[]>();
  for (const c of cues) {
    const list = cuesBySentence.get(c.sentence);
    if (list) list.push(c);
    else cuesBySentence.set(c.sentence, [c]);
  }
  return { paragraphs: prepared, mentions, cues, registry, mentionsByPara, cuesByPara, mentionsOf, cuesBySentence };
}
