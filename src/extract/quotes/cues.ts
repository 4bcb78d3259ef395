/**
 * Attribution cues around one quote, read from the sentence that holds it:
 *   after the quote   “…,” she said / “…,” said X / “…,” X told reporters / “…”, X wrote in a statement
 *   before the quote  X said: “…” / X: “…” / According to X, “…” / X called for “…” (embedded fragments)
 * Each cue yields the text of the speaker's noun phrase; `speaker-np.ts` turns it into a person.
 */
import { fold, PARTICIPLES, SPEECH_VERBS, FRAMING_VERBS, CITING_VERBS, ADDRESSEE_VERBS, SPEAKER_NP_ENDERS, MAX_VERB_WORDS, ACCORDING_BEFORE, ACCORDING_AFTER } from './lexicon';
import { tokenize, type Token } from './names';

export interface Cue {
  /** The speaker's noun phrase as printed ("OHCHR spokeswoman Ravina Shamdasani", "she"). */
  np: string;
  /** Where the noun phrase starts, relative to the analysed window. */
  npStart: number;
  how: 'said X' | 'X said' | 'X: ' | 'according to X' | 'subject';
  /** The verb only frames the words (called for, cited): the subject must be a known name. */
  weak: boolean;
}

const lower = (t: Token): string => fold(t.text);

/** The speech verb starting at token i (longest match), as [verb, tokens used]. */
function verbAt(tokens: Token[], i: number, verbs: Set<string>): number {
  for (let n = Math.min(MAX_VERB_WORDS, tokens.length - i); n >= 1; n--) {
    const phrase = tokens.slice(i, i + n).map(lower).join(' ');
    if (verbs.has(phrase)) return n;
  }
  return 0;
}

const FRENCH_INVERTED = /-t-(?:il|elle)$|-(?:il|elle)$/;

/**
 * The cue after a quote. `after` is the rest of the sentence after the closing mark;
 * `closedSentence` means the quote itself ended with . ! or ?, so only a bare cue
 * ("Smith said.") may follow.
 */
export function cueAfter(after: string, closedSentence: boolean, linkedToQuote = true): Cue | null {
  const credit = dashCredit(after);
  if (credit) return { np: credit, npStart: after.indexOf(credit), how: 'X said', weak: false };
  const lead = /^[\s,;:\u2014\u2013-]*/.exec(after)![0].length;
  const text = after.slice(lead);
  if (!text) return null;
  // “…,” she said / „…“, sagte er: a cue follows the quote's own comma (or ! ? …) or a comma after it
  const linked = linkedToQuote || /,/.test(after.slice(0, lead));
  const tokens = tokenize(text).slice(0, 32);
  if (!tokens.length) return null;
  if (closedSentence && /^\p{Ll}/u.test(text) === false && !/^\p{Lu}/u.test(text)) return null;

  // after a quote that ended its sentence, "Laut der Website …" opens the next sentence: not this quote's source
  const newSentence = closedSentence && /^\p{Lu}/u.test(text);
  for (const acc of newSentence ? [] : ACCORDING_BEFORE) {
    if (fold(text).startsWith(acc + ' ')) {
      const np = text.slice(acc.length + 1);
      return { np: cutNp(np), npStart: lead + acc.length + 1, how: 'according to X', weak: false };
    }
  }
  // said X
  const v = ADDRESSEE_VERBS.has(lower(tokens[0]!)) ? 0 : verbAt(tokens, 0, SPEECH_VERBS);
  if (v) {
    const verbText = tokens.slice(0, v).map((t) => t.text).join(' ');
    const inverted = FRENCH_INVERTED.exec(verbText);
    if (inverted) return { np: inverted[0].replace(/^-(?:t-)?/, ''), npStart: lead, how: 'X said', weak: false };
    const rest = tokens[v];
    if (!rest) return null;
    const npRaw = text.slice(rest.start);
    const np = cutNp(stripAdverbials(npRaw));
    if (!np) return null;
    return { np, npStart: lead + rest.start, how: 'said X', weak: false };
  }
  // X said (only right after the quote's own punctuation: “…,” X said — not “…” at the release, X said)
  if (!linked) return sentenceFinalCue(text, lead);
  for (let i = 1; i < Math.min(tokens.length, 30); i++) {
    const n = verbAt(tokens, i, SPEECH_VERBS);
    if (!n) continue;
    // a long subject only as "Name, a description," closed by its comma
    if (i >= 16 && !/,\s*$/.test(text.slice(0, tokens[i]!.start))) return null;
    const np = text.slice(0, tokens[i]!.start).replace(/[\s,]+$/, '');
    if (!looksLikeNounPhrase(np)) return null;
    const tail = text.slice(tokens[i + n - 1]!.end);
    if (closedSentence && !bareTail(tail)) return null;
    if (/^\s*,?\s*(?:that|dass|que)\b/i.test(tail)) return null; // "sagte, dass …": reported speech of its own
    return { np, npStart: lead, how: 'X said', weak: false };
  }
  for (const acc of ACCORDING_AFTER) {
    const m = new RegExp(`^(.{1,80}?)\\s+${acc}\\b`, 'iu').exec(text);
    if (m) return { np: m[1]!, npStart: lead, how: 'according to X', weak: false };
  }
  return sentenceFinalCue(text, lead);
}

/**
 * The sentence goes on after the quote and ends with its source: "…, said another witness,
 * former adviser Fiona Hill." / "…, according to the Department of Conservation."
 */
function sentenceFinalCue(text: string, lead: number): Cue | null {
  const f = fold(text);
  for (const acc of ACCORDING_BEFORE) {
    const k = f.lastIndexOf(`, ${acc} `);
    if (k >= 0) {
      const np = cutNp(text.slice(k + acc.length + 3));
      if (np && tokenize(np).length <= 14) return { np, npStart: lead + k + acc.length + 3, how: 'according to X', weak: false };
    }
  }
  for (const m of text.matchAll(/,\s+(\p{Ll}+)(\s\p{Ll}+)?\s/gu)) {
    const verb = m[2] && SPEECH_VERBS.has(fold(m[1]! + m[2])) ? m[1]! + m[2] : SPEECH_VERBS.has(fold(m[1]!)) ? m[1]! : null;
    if (!verb || ADDRESSEE_VERBS.has(fold(verb))) continue; // "…, told The Huffington Post": the paper listens
    const at = m.index + m[0].indexOf(verb) + verb.length;
    const np = cutNp(text.slice(at).trim());
    if (np && /\p{Lu}/u.test(np) && tokenize(np).length <= 20) return { np, npStart: lead + at, how: 'said X', weak: false };
  }
  return null;
}

const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Prof|Rev|Del|U\.S|U\.K|U\.N|\p{Lu})\./gu;
/** Words that show a clause, not a noun phrase, stands before the verb ("Blige sings to Clinton before"). */
const CLAUSE_WORDS = /(?:^|\s)(?:to|before|after|when|while|because|if|that|is|was|were|are|has|had|have|will|would|can|could|did|does|do|not|then|than|but|ist|war|hat|wird|dass|est|était|que|es|fue|foi|é)(?=\s|$)/i;

/** Is the text between a quote and its verb a speaker's noun phrase? */
function looksLikeNounPhrase(np: string): boolean {
  if (!np || /["“”„«»]/.test(np)) return false;
  const plain = np.replace(ABBREV, '').replace(/\([^)]*\)/g, '');
  if (/[.!?;:]\s/.test(plain)) return false;
  if (isAnonymousFormula(plain)) return true;
  return !CLAUSE_WORDS.test(plain.replace(/,.*$/, ''));
}

const isAnonymousFormula = (np: string): boolean => /\b(?:familiar with|close to|declined to|asked not to|not authori[sz]ed to|condition of anonymity)\b/i.test(np);

/** "― Sonya Herridge" after a quote: a name standing alone as the credit line. */
function dashCredit(after: string): string | null {
  const m = /^\s*[\u2015\u2014\u2013-]\s*(\p{Lu}[\p{L}.'’ -]{1,60}?)\s*[.,]?\s*$/u.exec(after);
  return m && m[1]!.split(/\s+/).length <= 6 ? m[1]! : null;
}

/** After "Smith said" the sentence may end or go on with a short adverbial, not a new clause. */
function bareTail(tail: string): boolean {
  const t = tail.trim();
  if (!t || /^[.!?]/.test(t) || /^,/.test(t)) return true;
  const words = t.split(/\s+/);
  return words.length <= 6 && !/\b(?:that|dass|que)\b/i.test(t);
}

/** Drop "in a statement", "on Tuesday" between the verb and the name. */
function stripAdverbials(np: string): string {
  return np.replace(/^(?:(?:in|on|at|to|during|after|late|early|last|this|on|am|im|bei|lors|en|durante|em)\s+(?:an?\s+|the\s+|der\s+|dem\s+|einer\s+)?[\p{Ll}\d][\p{L}\d-]*(?:\s+(?:conference|statement|interview|briefing|call|night|morning|evening|afternoon|meeting))?\s*,?\s*)+/u, '');
}

/** The noun phrase ends at the sentence end or at a clause ("who …", "adding …"). */
function cutNp(np: string): string {
  // the dot of "Del." or "H." does not end the sentence
  const plain = np.replace(ABBREV, (a) => a.slice(0, -1) + ' ');
  const m = /(?:[.;!?](?:\s|$)|\s(?:who|which|whose|whom)\s|\s[\u2014\u2013]\s|,\s*(?:who|which|told|adding|noting|saying|explaining|referring|speaking|according|before|after|when|as|while|but|and|der|die|das|qui|que|quien|que)\b|\s(?:on|in|at|during|am|im)\s+(?:a\s+|an\s+|the\s+)?(?:statement|interview|monday|tuesday|wednesday|thursday|friday|saturday|sunday|press|news|conference|call|telephone|phone|email|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b)/iu.exec(plain);
  let cut = m ? np.slice(0, m.index) : np;
  // "der AK Vorratsdatenspeicherung auf seiner Website": where the speaker said it is not part of the name
  const where = /\s(?:auf|in|im|on|in)\s+(?:seiner|ihrer|seinem|ihrem|its|his|her|their)\s/iu.exec(cut);
  if (where) cut = cut.slice(0, where.index);
  // "General George Casey heute anlässlich einer Pressekonferenz": a time or circumstance word ends the name
  const ender = tokenize(cut).find((t, i) => i > 0 && SPEAKER_NP_ENDERS.has(fold(t.text)));
  if (ender) cut = cut.slice(0, ender.start);
  return cut.slice(0, 160).trim();
}

/**
 * A German perfect around the quote: "Der Minister Ghasi Aridi hatte … „trotz einiger Vorbehalte“
 * bekanntgegeben." The participle alone ends the sentence; the subject is before the auxiliary.
 */
export function perfectCue(before: string, after: string): Cue | null {
  const tail = /^\s*(\p{Ll}+(?:\s\p{Ll}+)?)\s*[.!?]?\s*$/u.exec(after);
  if (!tail || !PARTICIPLES.has(fold(tail[1]!))) return null;
  const subject = /^\s*(\p{Lu}[^,;:]{1,100}?)\s+(?:hat|hatte|haben|hatten|habe)\s/u.exec(before);
  return subject ? { np: subject[1]!, npStart: before.indexOf(subject[1]!), how: 'subject', weak: false } : null;
}

/**
 * The cue before a quote, in `before` (the sentence up to the opening mark, other quotes
 * masked). Finds "X said:", "X:", "according to X,", or the subject of the last speech or
 * framing verb of the sentence ("Shamdasani said the cooperation had been “positive”").
 */
export function cueBefore(before: string): Cue[] {
  const cues: Cue[] = [];
  const trimmed = before.replace(/\s+$/, '');
  const f = fold(trimmed);
  for (const acc of ACCORDING_BEFORE) {
    const k = f.lastIndexOf(acc + ' ');
    if (k >= 0 && (k === 0 || /[\s(,]/.test(f[k - 1]!))) {
      const np = trimmed.slice(k + acc.length + 1).split(/,/)[0]!;
      // "laut „news.bbc.co.uk“ mit folgenden Worten:": a source that is itself in quote marks names no one
      if (/^\s*[\p{L}\p{N}]/u.test(np)) cues.push({ np: np.trim(), npStart: k + acc.length + 1, how: 'according to X', weak: false });
    }
  }
  const tokens = tokenize(trimmed);
  // "X:" with no verb (a name and a colon, e.g. a headline "Trump: “…”" or an interview)
  if (/:$/.test(trimmed)) {
    const m = /(?:^|[.!?]\s+)([^.!?:]{2,80}):$/u.exec(trimmed);
    const head = m?.[1] ?? '';
    const ht = tokenize(head);
    if (ht.length && ht.length <= 8 && !ht.some((t, i) => i > 0 && (verbAt(ht, i, SPEECH_VERBS) || verbAt(ht, i, FRAMING_VERBS)))) {
      cues.push({ np: head.trim(), npStart: trimmed.length - head.length - 1, how: 'X: ', weak: false });
    }
  }
  // "Staatssekretär Harald Stegemann bestreitet jede Kenntnis …: „…“": a colon hands the quote to the sentence's subject
  // "Die Zeitung zitiert einen Augenzeugen mit den Worten:": the one cited speaks, not the subject
  // (in the passive, "Freiberg wird … mit den Worten zitiert:", the subject is the one cited)
  const citeAt = tokens.findIndex((t) => CITING_VERBS.has(lower(t)));
  const passive = tokens.some((t) => /^(?:wird|wurde|werden|wurden|was|were|is|are|been|being)$/i.test(t.text));
  const citing = citeAt >= 0 && !passive;
  if (citing && /:$/.test(trimmed) && tokens[citeAt + 1]) {
    const object = /^(?:\p{Ll}+\s+)*?((?:der|die|das|den|dem|einen|einem|eine|ein|the|a|an)\s.*?|\p{Lu}.*?)(?:\s+(?:mit|as|with|wie|in)\s.*)?:$/u.exec(trimmed.slice(tokens[citeAt + 1]!.start));
    if (object) cues.push({ np: object[1]!, npStart: tokens[citeAt + 1]!.start, how: 'said X', weak: false });
  }
  const colonCue: Cue | null = /:$/.test(trimmed) && !citing ? { np: trimmed.replace(/:$/, ''), npStart: 0, how: 'subject', weak: true } : null;
  // subjects of speech/framing verbs, nearest the quote first
  for (let i = tokens.length - 1; i >= 0; i--) {
    const n = verbAt(tokens, i, SPEECH_VERBS) || verbAt(tokens, i, FRAMING_VERBS);
    if (!n) continue;
    const weak = !verbAt(tokens, i, SPEECH_VERBS);
    const verbText = tokens.slice(i, i + n).map((t) => t.text).join(' ');
    const inverted = FRENCH_INVERTED.exec(verbText);
    if (inverted) {
      cues.push({ np: inverted[0].replace(/^-(?:t-)?/, ''), npStart: tokens[i]!.start, how: 'subject', weak });
      continue;
    }
    // verb-second order: "Der Zeitung sagte Filep Karma: „…“", "Said Smith: “…”" — tried after the subject
    const behind = i + n < tokens.length ? trimmed.slice(tokens[i + n]!.start).replace(/[:,]$/, '') : '';
    const behindCue: Cue | null =
      behind && tokenize(behind).length <= 6 && /^\p{Lu}/u.test(behind) && !CLAUSE_WORDS.test(behind)
        ? { np: behind, npStart: tokens[i + n]!.start, how: 'said X', weak: true }
        : null;
    // "Trump attacked Clinton …, saying, “…”": a participle's subject is the sentence's subject
    const participle = /ing$/i.test(tokens[i]!.text) && /,\s*$/.test(trimmed.slice(0, tokens[i]!.start));
    // "footage of Hillary Clinton asking, “…”": the name right before the participle is who speaks
    const namedBefore = /ing$/i.test(tokens[i]!.text) && !participle ? /(?:^|\s)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+$/u.exec(trimmed.slice(0, tokens[i]!.start)) : null;
    if (namedBefore) cues.push({ np: namedBefore[1]!, npStart: namedBefore.index + namedBefore[0].indexOf(namedBefore[1]!), how: 'subject', weak: true });
    const clauseStart = participle ? sentenceSubjectStart(trimmed.slice(0, tokens[i]!.start)) : subjectStart(trimmed, tokens[i]!.start);
    let np = trimmed.slice(clauseStart, tokens[i]!.start).trim();
    // "Die CCE bestätigte die Aussage der Gewerkschaft nicht und nannte sie": the subject of the first verb
    if (/\s(?:und|and|et|y|e)$/i.test(np)) {
      const own = tokenize(np);
      const first = own.findIndex((t, k) => k > 0 && (verbAt(own, k, SPEECH_VERBS) || verbAt(own, k, FRAMING_VERBS)));
      if (first > 0) np = np.slice(0, own[first]!.start).trim();
    }
    // "Nachdem … unterscheide, entgegnete Suttner empört:": a clause before the verb is not its subject
    const clauseBefore = !!behindCue && /,\s*$/.test(trimmed.slice(0, tokens[i]!.start));
    if (clauseBefore) cues.push(behindCue);
    // "…„Iceland Nature Conservation Association“ (Inca), kommentierte": only the end of an appositive was reached
    if (np && /[\p{L}\p{N}]/u.test(np.replace(/\([^)]*\)/g, ''))) cues.push({ np, npStart: clauseStart, how: 'subject', weak: weak || !!behindCue || participle });
    if (behindCue && !clauseBefore) cues.push(behindCue);
    else if (i + n < tokens.length && i === 0) {
      // "Said X: “…”" / German "Sagte Merkel: „…“"
      const rest = trimmed.slice(tokens[i + n]!.start);
      cues.push({ np: cutNp(rest.replace(/:$/, '')), npStart: tokens[i + n]!.start, how: 'said X', weak });
    }
  }
  if (colonCue) cues.push(colonCue);
  return cues;
}

/** The start of the sentence's last clause opened by a capital (skipping a lead-in like "During the speech,"). */
function sentenceSubjectStart(text: string): number {
  const m = /(?:^|[,;]\s+)(?=\p{Lu})[^,;]*$/u.exec(text.replace(/,\s*$/, ''));
  return m ? m.index + (m[0].match(/^[,;]\s+/)?.[0].length ?? 0) : 0;
}

/** Start of the subject before a verb at `verbPos`: back to the clause start, keeping appositives. */
function subjectStart(text: string, verbPos: number): number {
  // a dash aside ("Bachelet — released minutes before her term ended — cited") is stepped over
  const head = text.slice(0, verbPos).replace(/\s[\u2014\u2013\u2015]\s[^\u2014\u2013\u2015]*\s[\u2014\u2013\u2015]\s/g, (m) => ' '.repeat(m.length));
  // a dash aside ("— released just minutes before … —") is skipped over
  let k = head.length;
  let commas = 0;
  while (k > 0) {
    const c = head[k - 1]!;
    if (/[.!?;:(]/.test(c) && /\s/.test(head[k] ?? ' ')) break;
    if (c === '\uE000') break;
    if (c === ',') {
      commas++;
      if (commas > 2) break;
    }
    if (/\b(?:that|dass|que|when|while|because|after|before|if|since|where|wenn|als|weil|quand|cuando|quando)\s$/i.test(head.slice(Math.max(0, k - 8), k))) break;
    // "and"/"but" start a new clause, unless they join two capitalised names ("Intelligence and Security")
    if (/\b(?:and|but)\s$/.test(head.slice(Math.max(0, k - 5), k)) && !/^\p{Lu}/u.test(head.slice(k))) break;
    k--;
    if (verbPos - k > 200) break;
  }
  return k;
}
