/**
 * Names in running text: capitalised runs split into people and organisations, merged
 * into entities across variants ("Volker Turk" / "Turk" / "Türk"), with the mentions a
 * pronoun can point back to. Built in one pass over the body text (outside quotes).
 */
import {
  fold, ORG_WORDS, NOT_NAMES, TITLE_WORDS, HONORIFIC_F, HONORIFIC_M, FIRST_F, FIRST_M, ROLE_F, ROLE_M,
  isRoleWord, TITLE_PREFIX_WORDS, isGermanOrgNoun, type Gender,
} from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Entity {
  id: number;
  /** The name as first given in full. */
  name: string;
  kind: 'person' | 'org';
  gender: Gender | null;
  aliases: Set<string>;
  roles: string[];
  orgs: string[];
  /** A role, title or speech verb showed this is a person who speaks (not a place). */
  speaks: boolean;
  /** The age the article gives with the name ("Willy Bogner (63)", "der 58-jährige …"), for "Der 58-Jährige sagte". */
  age?: number;
}

export interface Mention {
  pos: number;
  entity: Entity;
  /** After a preposition or possessive: not a likely antecedent for "she said". */
  oblique: boolean;
  sentence: number;
}

export interface NameRun {
  start: number;
  end: number;
  /** The name tokens (titles and leading function words removed). */
  tokens: Token[];
  /** Titles / role words printed in front inside the capitalised run ("President", "Sen."). */
  titles: Token[];
  kind: 'person' | 'org' | 'acronym' | 'single';
  possessive: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'de', 'des', 'du', 'la', 'für', 'del', 'van', 'von', 'da', 'dos', 'bin', 'al', 'el', 'y', 'le', 'ten', 'ter', 'di']);
/** Acronyms that are also function words elsewhere (French "un"): kept at the head of a name. */
const KEPT_ACRONYMS = /^(?:UN|EU|US|UK)$/;
const NOUN_DETERMINERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'eines', 'einen', 'sein', 'seine', 'seinem', 'seiner', 'seinen', 'ihr', 'ihre', 'ihrem', 'ihrer', 'ihren', 'unser', 'unsere', 'dieser', 'diese', 'dieses', 'diesem', 'jeder', 'jede', 'kein', 'keine', 'zur', 'zum', 'im', 'am', 'vom', 'beim']);
const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'du', 'dos', 'bin', 'ben', 'al', 'ter', 'ten', 'di']);
const isCap = (t: string): boolean => /^\p{Lu}/u.test(t);
const stripDot = (t: string): string => t.replace(/\.$/, '');
const stripPossessive = (t: string): string => t.replace(/['’]s?$/, '');
const isAcronym = (t: string): boolean => /^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(stripDot(stripPossessive(t))) && !NOT_NAMES.has(fold(stripDot(t)));

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let t = m[0];
    // keep the dot only on abbreviations and initials ("Mr.", "J.", "U.S.")
    if (t.endsWith('.') && !(t.length <= 4 && (TITLE_WORDS.has(fold(t.slice(0, -1))) || /^\p{Lu}$/u.test(t.slice(0, -1))))) t = t.slice(0, -1);
    out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Capitalised runs in `text` (tokens joined by single spaces, connectors inside org names).
 * `common` holds the words the article also prints in lower case: at a sentence start such a
 * word ("Although James said") is not part of a name.
 */
export function findRuns(text: string, tokens: Token[], common?: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i]!.text)) {
      i++;
      continue;
    }
    const particleStart = NAME_PARTICLES.has(tokens[i]!.text.toLowerCase()) && NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') && isCap(tokens[i + 2]?.text ?? '');
    if (!particleStart && common && common.has(tokens[i]!.text.toLowerCase()) && /(?:^|[.!?"“”:]\s*)$/u.test(text.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start).trimEnd() || '')) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!/^\s{1,2}$/.test(gap) && !(gap === '' && tokens[j - 1]!.text.endsWith('.'))) break;
      if (/['’]s$/.test(tokens[j - 1]!.text)) break; // "Turk’s predecessor": the possessive ends the name
      const t = tokens[j]!.text;
      // "Ursula von der Leyen", "Von der Leyen": lower-case particles inside a surname
      // (only after a first name: "Bernard Aubin von der CFTC" is a man from somewhere)
      const particles = (run.length === 1 || isFirstName(tokens[j - 1]!.text)) && !isAcronym(tokens[j + 2]?.text ?? '') && NAME_PARTICLES.has(t) && NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2] && isCap(tokens[j + 2]!.text) && /^\s$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)) && /^\s$/.test(text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start));
      if (particles) {
        run.push(tokens[j]!, tokens[j + 1]!, tokens[j + 2]!);
        j += 3;
      } else if (isCap(t)) run.push(tokens[j++]!);
      else if (t === 'der' && isGermanOrgNoun(tokens[j - 1]!.text) && tokens[j + 1] && isCap(tokens[j + 1]!.text)) {
        // "Gewerkschaft der Polizei": an organisation's name goes on through its genitive
        run.push(tokens[j]!, tokens[j + 1]!);
        j += 2;
      }
      else if ((CONNECTORS.has(t) || (NAME_PARTICLES.has(t) && /^(?:von|van|de)$/i.test(tokens[j - 1]!.text))) && tokens[j + 1] && isCap(tokens[j + 1]!.text) && /^\s$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
        run.push(tokens[j]!, tokens[j + 1]!);
        j += 2;
      } else break;
    }
    const made = classifyRun(run);
    // German capitalises every noun: "die Verlängerung", "seinem Team" are not names
    if (made && (made.kind === 'person' || made.kind === 'single') && !made.titles.length && !isFirstName(made.tokens[0]!.text)) {
      const prev = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, made.start - 12), made.start))?.[1] ?? '';
      if (NOUN_DETERMINERS.has(prev) && made.tokens.some((t) => isGermanOrgNoun(t.text))) {
        // "die Staatsanwaltschaft Krefeld", "Die Bundesregierung": an organisation
        runs.push({ ...made, kind: 'org' });
        i = j;
        continue;
      }
      if (NOUN_DETERMINERS.has(prev)) {
        // "des Verwaltungsrats Ulrich Müller": a noun, then a two-word name
        const rest = run.length >= 3 ? classifyRun(run.slice(1)) : null;
        if (rest && rest.kind === 'person' && rest.tokens.length >= 2) runs.push({ ...rest, titles: [run[0]!, ...rest.titles] });
        i = j;
        continue;
      }
    }
    if (made) runs.push(made);
    i = j;
  }
  return runs;
}

function classifyRun(run: Token[]): NameRun | null {
  const titles: Token[] = [];
  let k = 0;
  // leading function words ("The", "But") and titles ("President", "Mr.") are not the name
  // "Von der Leyen" opening a sentence: the particle belongs to the surname
  const particleSurname = run.length >= 3 && NAME_PARTICLES.has(run[0]!.text.toLowerCase()) && NAME_PARTICLES.has(run[1]!.text);
  while (!particleSurname && k < run.length - 1 && !isAcronym(run[k]!.text) && !KEPT_ACRONYMS.test(run[k]!.text) && (NOT_NAMES.has(fold(stripDot(run[k]!.text))) || TITLE_WORDS.has(fold(stripDot(run[k]!.text))) || isRoleWord(run[k]!.text))) {
    if (!NOT_NAMES.has(fold(stripDot(run[k]!.text))) || /^(?:mr|mrs|ms|dr)\.?$/i.test(run[k]!.text)) titles.push(run[k]!);
    k++;
  }
  let tokens = run.slice(k);
  // "Aufsichtsvorsitzender von SWB": a description and an organisation, not a "von" surname
  const atOrg = tokens.findIndex((t, i) => i > 0 && NAME_PARTICLES.has(t.text) && tokens[i + 1] && isAcronym(tokens[i + 1]!.text));
  if (atOrg > 0) {
    const org = tokens.slice(atOrg + 1);
    return { start: org[0]!.start, end: org[org.length - 1]!.end, tokens: org, titles: [...titles, ...tokens.slice(0, atOrg + 1)], kind: org.length === 1 ? 'acronym' : 'org', possessive: false };
  }
  const last = tokens[tokens.length - 1]!;
  const possessive = /['’]s?$/.test(last.text) && !/^\p{Lu}+s$/u.test(last.text);
  const words = tokens.map((t) => fold(stripDot(stripPossessive(t.text))));
  if (words.every((w) => NOT_NAMES.has(w) || CONNECTORS.has(w))) return null;
  const start = tokens[0]!.start;
  const end = last.end;
  // "White House Press Secretary Stephanie Grisham": a known first name after a title starts the name
  const firstAt = tokens.findIndex((t, i) => i > 0 && isFirstName(t.text));
  if (firstAt > 0 && !isFirstName(tokens[0]!.text) && tokens.length - firstAt >= 2 && !words.slice(firstAt).some((w) => ORG_WORDS.has(w))) {
    titles.push(...tokens.slice(0, firstAt));
    tokens = tokens.slice(firstAt);
    return { start: tokens[0]!.start, end, tokens, titles, kind: 'person', possessive };
  }
  // an organisation's name has a head word and more ("Human Rights Office"); a bare "Partei" or "Bank" is a noun
  if (tokens.length > 1 && (words.some((w) => ORG_WORDS.has(w)) || tokens.some((t) => isGermanOrgNoun(t.text)))) return { start, end, tokens, titles, kind: 'org', possessive };
  // "der AK Vorratsdatenspeicherung": an acronym and one noun name a group, not a person
  if (tokens.length === 2 && isAcronym(tokens[0]!.text) && !KEPT_ACRONYMS.test(tokens[0]!.text) && !isRoleWord(tokens[1]!.text) && !TITLE_WORDS.has(words[1]!) && !isFirstName(tokens[1]!.text)) {
    return { start, end, tokens, titles, kind: 'org', possessive };
  }
  // "Gouverneur von Tabasco": a title and a place, nobody's name
  if (/^\p{Ll}/u.test(tokens[0]!.text)) return null;
  if (tokens.length === 1) {
    if (isAcronym(last.text)) return { start, end, tokens, titles, kind: 'acronym', possessive };
    return { start, end, tokens, titles, kind: 'single', possessive };
  }
  // "Secretary of State John Kerry": the name is what follows the last connector
  const c = tokens.map((t) => CONNECTORS.has(t.text) && !NAME_PARTICLES.has(t.text)).lastIndexOf(true);
  // "Cameron Easley for Morning Consult": two plain name words, then where the person is from
  const plainPerson = c === 2 && /^(?:for|of|at)$/.test(tokens[c]!.text) && tokens.slice(0, 2).every((t) => !isAcronym(t.text) && !isRoleWord(t.text) && !TITLE_WORDS.has(fold(stripDot(t.text))) && !TITLE_PREFIX_WORDS.has(fold(stripDot(t.text))) && !NOT_NAMES.has(fold(stripDot(t.text))));
  if (c >= 0 && (tokens.slice(0, c).some((t) => isFirstName(t.text)) || plainPerson || (c >= 2 && tokens.length - c - 1 === 1 && tokens[c]!.text === 'of'))) {
    // "Jamie Werner of Ngātiwai": a person from somewhere
    tokens = tokens.slice(0, c);
    const e = tokens[tokens.length - 1]!;
    return { start: tokens[0]!.start, end: e.end, tokens, titles, kind: tokens.length > 1 ? 'person' : 'single', possessive: false };
  }
  if (c >= 0 && /^(?:and|y|und|et|e)$/i.test(tokens[c]!.text)) return null; // "Claret and Hugh": two names or a title
  if (c >= 0) {
    const genitive = /^(?:des|der)$/.test(tokens[c]!.text);
    titles.push(...tokens.slice(0, c + 1));
    tokens = tokens.slice(c + 1);
    if (!tokens.length) return null;
    // "Vorsitzende des Bundestags-Innenausschusses": a German genitive noun, not a person
    if (genitive && tokens.length === 1) return null;
    // "Chef des Verwaltungsrats Ulrich Müller": the genitive noun, then the name
    if (genitive && tokens.length >= 3) titles.push(tokens.shift()!);
    if (tokens.length === 1) return { start: tokens[0]!.start, end, tokens, titles, kind: isAcronym(tokens[0]!.text) ? 'acronym' : 'single', possessive };
  }
  if (tokens.every((t) => isAcronym(t.text))) return { start: tokens[0]!.start, end, tokens, titles, kind: 'org', possessive };
  if (tokens.every((t) => /^\p{Lu}\.?$/u.test(t.text))) return null; // "U. S."
  // "White House Press Secretary Stephanie Grisham", "Ukraine Kurt Volker": the name starts at a
  // known first name, or after the last title word
  let cut = tokens.findIndex((t, i) => i > 0 && isFirstName(t.text));
  // a first name that is also the last word is a surname ("LeBron James"): the name does not start there
  if (cut > 0 && (isFirstName(tokens[0]!.text) || cut === tokens.length - 1)) cut = -1;
  if (cut < 0) {
    for (let i = tokens.length - 2; i >= 0; i--) {
      if (TITLE_PREFIX_WORDS.has(fold(stripDot(tokens[i]!.text))) || isRoleWord(tokens[i]!.text)) {
        cut = i + 1;
        break;
      }
    }
  }
  if (cut > 0) {
    titles.push(...tokens.slice(0, cut));
    tokens = tokens.slice(cut);
    if (tokens.length === 1) return { start: tokens[0]!.start, end, tokens, titles, kind: 'single', possessive };
  }
  return { start: tokens[0]!.start, end, tokens, titles, kind: 'person', possessive };
}

export const runName = (r: NameRun): string => {
  const s = r.tokens.map((t) => t.text).join(' ');
  return r.possessive ? stripPossessive(s) : s;
};

const isInitial = (t: string): boolean => /^\p{Lu}\.$/u.test(t);

/** The name as printed: initials keep their dots, and "G.K." stays together ("G.K. Butterfield", "J. R. Smith"). */
function displayName(tokens: Token[], names: string[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const word = isInitial(t.text) ? t.text : names[i]!;
    out += !prev ? word : isInitial(prev.text) && isInitial(t.text) && prev.end === t.start ? word : ` ${word}`;
  });
  return out;
}

export const isFirstName = (t: string): boolean => FIRST_F.has(fold(t)) || FIRST_M.has(fold(t));

const initials = (name: string): string =>
  name.split(/\s+/).filter((w) => isCap(w) && !isAcronym(w)).map((w) => w[0]).join('');

/** People and organisations of one article, looked up by any variant of their name. */
export class Registry {
  readonly entities: Entity[] = [];
  /** Words the article prints in lower case (see `findRuns`). */
  readonly common = new Set<string>();
  private bySurname = new Map<string, Entity[]>();
  private byOrgKey = new Map<string, Entity>();
  private couples = new Map<string, Entity>();
  /** Every capitalised run that named a person, titles included. */
  private printed = new Map<Entity, string[]>();

  person(run: NameRun): Entity {
    const names = run.tokens.map((t) => stripDot(t.text));
    if (run.possessive) names[names.length - 1] = stripPossessive(names[names.length - 1]!);
    const full = displayName(run.tokens, names);
    const surname = fold(names[names.length - 1]!);
    const first = names.length > 1 && !NAME_PARTICLES.has(fold(names[0]!)) ? fold(names[0]!) : null;
    const existing = (this.bySurname.get(surname) ?? []).filter((e) => {
      const ef = fold(e.name.split(' ')[0]!);
      return !first || e.name.split(' ').length === 1 || ef === first || ef[0] === first[0];
    });
    let e = existing[existing.length - 1];
    if (!e && names.length > 1) {
      // "Te Kaurinui" after "Te Kaurinui Robert Parata": a shorter form of one person's full name
      // (the full form may have been printed with unknown words taken for titles: "Te Kaurinui Robert Parata")
      const key = ` ${names.map(fold).join(' ')} `;
      const longer = this.entities.filter((x) => x.kind === 'person' && (this.printed.get(x) ?? [x.name]).some((f) => f.split(' ').length > names.length && f.split(' ').length <= 5 && ` ${fold(f)} `.includes(key)));
      if (longer.length === 1) e = longer[0];
    }
    if (!e && names.length === 1) {
      // a single known first or middle name ("Raphael") never creates a new person
      e = this.entities.find((x) => x.kind === 'person' && x.name.split(' ').some((w) => fold(w) === surname));
    }
    if (e) {
      if (e.name.split(' ').length < names.length) {
        e.aliases.add(e.name);
        e.name = full;
      } else if (full !== e.name) e.aliases.add(full);
    } else {
      e = { id: this.entities.length, name: full, kind: 'person', gender: genderOf(run), aliases: new Set(), roles: [], orgs: [], speaks: false };
      this.entities.push(e);
      const list = this.bySurname.get(surname) ?? [];
      list.push(e);
      this.bySurname.set(surname, list);
      if (names.length > 2) {
        // "Raphael Viana David" may later be "Viana David"
        const alt = fold(names[names.length - 2]!);
        this.bySurname.set(alt, [...(this.bySurname.get(alt) ?? []), e]);
      }
    }
    if (!e.gender) e.gender = genderOf(run);
    if (run.titles.length) e.speaks = true;
    const printed = [...run.titles, ...run.tokens].map((t) => stripDot(t.text)).join(' ');
    this.printed.set(e, [...(this.printed.get(e) ?? [e.name]), printed]);
    return e;
  }

  /** A single capitalised word: a known person's name part, or nothing. */
  known(word: string): Entity | undefined {
    const list = this.bySurname.get(fold(stripDot(stripPossessive(word))));
    return list?.[list.length - 1];
  }

  org(name: string): Entity {
    const clean = stripPossessive(name.replace(/^(?:the|der|die|das|le|la|les|el|los)\s+/i, ''));
    const key = fold(clean);
    let e = this.byOrgKey.get(key);
    if (!e && isAcronym(clean)) e = this.entities.find((x) => x.kind === 'org' && initials(x.name) === clean);
    if (!e) {
      e = { id: this.entities.length, name: clean, kind: 'org', gender: null, aliases: new Set(), roles: [], orgs: [], speaks: false };
      this.entities.push(e);
    }
    this.byOrgKey.set(key, e);
    const ini = initials(clean);
    if (ini.length >= 2 && !this.byOrgKey.has(fold(ini))) this.byOrgKey.set(fold(ini), e);
    return e;
  }

  /** "Sonia und Willy Bogner": people who speak together, as one source named as printed. */
  couple(name: string): Entity {
    const key = fold(name);
    let e = this.couples.get(key);
    if (!e) {
      e = { id: this.entities.length, name, kind: 'person', gender: null, aliases: new Set(), roles: [], orgs: [], speaks: true };
      this.entities.push(e);
      this.couples.set(key, e);
    }
    return e;
  }

  /** "(OHCHR)" after an organisation's name: one more name for it. */
  alias(e: Entity, alias: string): void {
    e.aliases.add(alias);
    this.byOrgKey.set(fold(alias), e);
  }

  findOrg(name: string): Entity | undefined {
    return this.byOrgKey.get(fold(stripPossessive(name.replace(/^the\s+/i, ''))));
  }

  /** "the office", "the ministry": the latest organisation whose name ends in that word. */
  orgByHead(head: string): Entity | undefined {
    const h = fold(head);
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      // "das Ministerium" → the "Bundesministerium des Innern" named before
      if (e.kind === 'org' && fold(e.name).split(/\s+/).some((w) => w === h || (w.endsWith(h) && h.length >= 5))) return e;
    }
    return undefined;
  }
}

function genderOf(run: NameRun): Gender | null {
  for (const t of run.titles) {
    const w = fold(stripDot(t.text));
    if (HONORIFIC_F.has(w) || ROLE_F.has(w)) return 'f';
    if (HONORIFIC_M.has(w) || ROLE_M.has(w)) return 'm';
  }
  if (run.tokens.length < 2) return null;
  const first = fold(run.tokens[0]!.text);
  if (FIRST_F.has(first)) return 'f';
  if (FIRST_M.has(first)) return 'm';
  return null;
}

export function genderFromRole(role: string): Gender | null {
  for (const w of fold(role).split(/[^\p{L}-]+/u)) {
    if (ROLE_F.has(w) || HONORIFIC_F.has(w)) return 'f';
    if (ROLE_M.has(w) || HONORIFIC_M.has(w)) return 'm';
  }
  return null;
}
