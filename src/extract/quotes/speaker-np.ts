/**
 * A speaker noun phrase → who speaks, and in what role:
 *   "OHCHR spokeswoman Ravina Shamdasani"              → Ravina Shamdasani, role "OHCHR spokeswoman", org OHCHR
 *   "the ISHR’s China programme manager Raphael Viana David" → role "China programme manager", org ISHR
 *   "Michelle Bachelet, Turk’s predecessor"            → role "Turk’s predecessor"
 *   "a source familiar with the talks"                  → anonymous
 *   "she"                                               → a pronoun, resolved by the caller
 */
import { fold, pronounKind, type Gender, possessiveKind, isGermanOrgNoun, ANON_HEADS, ANON_FORMULAS, ORG_WORDS, isRoleWord, TITLE_PREFIX_WORDS, SEPARABLE_PARTICLES, SPEECH_VERBS, type PronounKind } from './lexicon';
import { findRuns, tokenize, runName, genderFromRole, isFirstName, type Entity, type NameRun, type Registry } from './names';
import { documentSource } from './documents';

export interface SpeakerGuess {
  entity: Entity | null;
  role: string | null;
  org: string | null;
  pronoun: PronounKind | null;
  anonymous: boolean;
}

const NONE: SpeakerGuess = { entity: null, role: null, org: null, pronoun: null, anonymous: false };
const DETERMINERS = /^(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer|le|la|les|l'|un|une|el|los|las|o|os|as|um|uma)\s+/i;
const PREPOSITION = /\s(?:by|of|from|for|with|at|von|vom|de|du|des|por|do|da)\s/i;

/**
 * `lookup` finds the person a single name ("Parata") points to at this place in the article:
 * the one of that name mentioned last.
 */
/** "Der 58-Jährige", "die 56-jährige Rechtsanwaltsfachangestellte", "the 58-year-old": an age standing for a person. */
const AGE_NP = /^(der|die|the|a|an)?\s*(\d{1,3})-?(?:jährige|year-old)(r?)(?:\s+(\p{L}[\p{L}-]*))?$/iu;

/** Who an age description points back to: `age` and `gender` as printed; null when unsure. */
export type AgeLookup = (age: number, gender: Gender | null) => Entity | null;

export function parseSpeakerNp(
  npRaw: string,
  registry: Registry,
  lookup: (word: string) => Entity | undefined = (w) => registry.known(w),
  byAge: AgeLookup = () => null,
): SpeakerGuess {
  // a dash aside ("Bachelet — released minutes before her term ended — cited") is not the subject
  let np = npRaw.replace(/\s[\u2014\u2013\u2015]\s[^\u2014\u2013\u2015]*\s[\u2014\u2013\u2015](?=\s|$)/g, ' ').replace(/^[\s,;:\u2014\u2013-]+|[\s,;:.\u2014\u2013-]+$/g, '');
  // "teilte die Staatsanwaltschaft Krefeld mit": the verb's particle closes the sentence
  const lastWord = /\s(\p{Ll}+)$/u.exec(np);
  if (lastWord && SEPARABLE_PARTICLES.has(lastWord[1]!)) np = np.slice(0, lastWord.index);
  if (!np) return NONE;
  const tokens = tokenize(np);
  if (!tokens.length) return NONE;
  const p0 = pronounKind(tokens[0]!.text);
  if (p0 && (tokens.length === 1 || /^(?:also|too|then|later|again|auch|aussi|también|também)$/i.test(tokens[1]!.text))) {
    return { ...NONE, pronoun: p0 };
  }
  const aged = AGE_NP.exec(np);
  if (aged) {
    const [, det = '', age, r, noun] = aged;
    // "der 58-Jährige" / "ein 58-jähriger" is a man, "die 56-jährige" a woman; "the 58-year-old mother" by its noun
    const gender: Gender | null = noun ? genderFromRole(noun) ?? articleGender(det, r!) : articleGender(det, r!);
    // "a 58-year-old said" introduces someone new
    const entity = /^an?$/i.test(det) ? null : byAge(Number(age), gender);
    const description = np.replace(DETERMINERS, '');
    // unresolved, the description still stands for the source (LABELS.md: speaker null, role the description)
    return { ...NONE, entity, role: description };
  }
  // "einer Pressemitteilung des BMI", "the statement": a document speaks
  const doc = documentSource(np.split(/\s*,\s*/)[0]!);
  if (doc) return { ...NONE, entity: registry.findOrg(doc) ?? registry.org(doc) };
  // "Sonia und Willy Bogner": two first names sharing a surname speak together
  const couple = /^(\p{Lu}[\p{L}-]+)\s+(?:und|and|et|y|e)\s+(\p{Lu}[\p{L}-]+)\s+(\p{Lu}[\p{L}-]+)$/u.exec(np.replace(DETERMINERS, ''));
  if (couple && isFirstName(couple[1]!) && isFirstName(couple[2]!)) return { ...NONE, entity: registry.couple(couple[0]) };
  // the speaker is the last comma segment naming someone that is not itself a description:
  // "In one tweet Friday, Trump" / "Michelle Bachelet, Turk’s predecessor" / "… probe, former adviser Fiona Hill"
  const segments = np.split(/\s*,\s*/).slice(0, 3);
  let at = -1;
  for (let k = segments.length - 1; k >= 0 && at < 0; k--) {
    const seg = segments[k]!.trim();
    const first = tokenize(seg)[0]?.text ?? '';
    if (tokenize(seg).length === 1 && pronounKind(first)) return { ...NONE, pronoun: pronounKind(first)! };
    if (namesSomeone(seg, registry, lookup)) at = k;
  }
  // "Er halte die Verlängerung … für vertretbar und": a clause opened by a pronoun, naming no one after it
  if (at < 0 && p0 && tokens.length > 2) return { ...NONE, pronoun: p0 };
  if (at < 0) {
    // no person: the last segment holding an organisation ("as Parliament’s Joint Committee … has")
    // (not from an appositive describing someone: "Dean, a former Democratic National Committee chairman, …")
    at = segments.findLastIndex((seg, k) => !(k > 0 && /^(?:a|an|the)\s/i.test(seg.trim()) && isRole(seg.trim())) && findRuns(seg, tokenize(seg), registry.common).some((r) => (r.kind === 'org' || r.kind === 'acronym') && !r.possessive && !governed(seg, r)));
  }
  if (at < 0) at = 0;
  const head = segments[at]!;
  const appositive = (segments[at + 1] ?? '').trim();
  const headTokens = tokenize(head);
  const runs = findRuns(head, headTokens, registry.common);
  // the first name that no preposition governs: a clause's subject, or the name after its titles
  const free = runs.filter((r) => !r.possessive && !governed(head, r));
  const strong = (r: NameRun): boolean =>
    r.titles.length > 0 || isFirstName(r.tokens[0]!.text) || (r.kind === 'single' && !!lookup(r.tokens[0]!.text));
  const person =
    free.find((r) => (r.kind === 'person' || r.kind === 'single') && strong(r)) ??
    lastUsable(runs, 'person', head) ??
    lastUsable(runs, 'single', head);
  if (person) {
    const entity = person.kind === 'single' ? lookup(person.tokens[0]!.text) ?? maybeNewPerson(person, head, registry) : registry.person(person);
    if (entity && entity.kind === 'person') {
      const before = head.slice(0, person.start).trim();
      const { role, org } = roleFrom(before, appositive, registry);
      entity.speaks = true;
      if (role) {
        if (!entity.roles.includes(role)) entity.roles.push(role);
        if (!entity.gender) entity.gender = genderFromRole(role);
      }
      if (org && !entity.orgs.includes(org)) entity.orgs.push(org);
      return { entity, role: role ?? entity.roles[0] ?? null, org: org ?? entity.orgs[0] ?? null, pronoun: null, anonymous: false };
    }
    if (entity) return { ...NONE, entity };
  }
  const orgRun = lastUsable(runs, 'org', head) ?? lastUsable(runs, 'acronym', head);
  if (orgRun && !isAnonymous(np)) {
    const e = registry.findOrg(runName(orgRun)) ?? registry.org(runName(orgRun));
    // "Parliament’s Joint Committee on Intelligence and Security": the printed description keeps its possessor
    const possessor = /(\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*)*['’]s?)\s+$/u.exec(head.slice(0, orgRun.start));
    return { ...NONE, entity: e, role: possessor ? `${possessor[1]} ${head.slice(orgRun.start, orgRun.end)}` : null };
  }
  if (isAnonymous(np)) return { ...NONE, anonymous: true, role: np.length <= 80 ? np : null };
  // "its bombshell report", "his office": the possessor speaks through it
  const poss = possessiveKind(tokens[0]!.text);
  if (poss && tokens.length <= 4) return { ...NONE, pronoun: poss };
  // "the office", "the ministry": the latest organisation with that head word
  const plain = np.replace(DETERMINERS, '');
  const words = plain.split(/\s+/);
  if (DETERMINERS.test(np) && /^(?:the|der|die|das|le|la|el)\s/i.test(np) && words.length <= 3) {
    const headWord = words[words.length - 1]!;
    if (ORG_WORDS.has(fold(headWord)) || isGermanOrgNoun(headWord)) {
      // "Die Bundesregierung" names one organisation by itself; "the office" needs one named before
      const e = registry.orgByHead(headWord) ?? (isGermanOrgNoun(headWord) && words.length === 1 ? registry.org(headWord) : undefined);
      if (e) return { ...NONE, entity: e };
    }
  }
  return { ...NONE, role: words.length <= 8 && /^\p{Ll}/u.test(np) ? np : null };
}

function articleGender(det: string, ending: string): Gender | null {
  const d = det.toLowerCase();
  if (d === 'der' || ending === 'r') return 'm';
  if (d === 'die') return 'f';
  return null;
}

/**
 * A segment names someone when it ends with a person's name that no preposition governs:
 * "former adviser Fiona Hill" does, "elder of the Ngātiwai tribe" and "manager at GE Healthcare" do not.
 */
function namesSomeone(seg: string, registry: Registry, lookup: (word: string) => Entity | undefined): boolean {
  const runs = findRuns(seg, tokenize(seg), registry.common);
  const last = runs[runs.length - 1];
  if (!last || last.possessive) return false;
  if (!/^[\s.)\]]*(?:\([^)]*\))?[\s.]*$/.test(seg.slice(last.end))) return false;
  if (governed(seg, last)) return false;
  return last.kind === 'person' || (last.kind === 'single' && (last.titles.length > 0 || !!lookup(last.tokens[0]!.text)));
}

/** The rightmost run of a kind that is not a possessive ("Turk’s predecessor Michelle Bachelet"). */
function lastUsable(runs: NameRun[], kind: NameRun['kind'], text?: string): NameRun | undefined {
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i]!;
    if (r.kind === kind && !r.possessive && !(text && governed(text, r))) return r;
  }
  return undefined;
}

/** A name after a preposition ("of the Virgin Islands", "at GE Healthcare") is not the speaker. */
function governed(text: string, run: NameRun): boolean {
  const before = text.slice(Math.max(0, run.start - 30), run.start).trim().split(/\s+/);
  let w = before.pop() ?? '';
  if (/^(?:the|a|an|der|die|das|le|la|el)$/i.test(w)) w = before.pop() ?? '';
  return PREPOSITION.test(` ${w} `);
}

/** An unknown single capitalised word right at a speech verb ("said Caddell"): a surname. */
function maybeNewPerson(run: NameRun, head: string, registry: Registry): Entity | null {
  const word = run.tokens[0]!.text;
  if (ANON_HEADS.has(fold(word)) || registry.common.has(word.toLowerCase())) return null; // "Critics said"
  if (run.titles.length || head.trim() === word) return registry.person(run);
  return null;
}

export function isAnonymous(np: string): boolean {
  const f = fold(np);
  if (ANON_FORMULAS.some((a) => f.includes(a))) return true;
  const words = f.replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 12) return false;
  if (/^\p{Lu}/u.test(np.trim()) && !/^(?:a|an|one|two|three|several|some|many|other|senior|sources?|officials?|people)\b/i.test(np.trim())) {
    // a capitalised name would have been found above; "Officials said" still counts
  }
  const indefinite = /^(?:a|an|one|two|three|several|some|many|other|another|senior|top|local|u\.?s\.?|western|chinese|russian|european|israeli|palestinian|administration|government|police|military|security|intelligence|campaign|party|ein|eine|einer|mehrere|un|une|unos|uma|um)$/;
  const head = words[words.length - 1]!;
  if (ANON_HEADS.has(head) && (words.length === 1 || indefinite.test(words[0]!))) return true;
  // "a source close to the minister", "a spokesperson for the agency"
  const firstHead = words.findIndex((w) => ANON_HEADS.has(w));
  return firstHead > 0 && firstHead <= 3 && indefinite.test(words[0]!) && /^(?:for|at|in|close|familiar|with|from|of|bei|aus|proche|de|cercano|próximo)$/.test(words[firstHead + 1] ?? '');
}

/**
 * The description printed around a name in running text ("State Department official David
 * Holmes revealed …", "Hori Parata, a whale expert, …"), so a later "Holmes said" has a role.
 */
export function describeMention(text: string, start: number, end: number, registry: Registry, runStart = start): { role: string | null; org: string | null } {
  const clause = text.slice(Math.max(0, start - 80), start);
  let pre = clause.slice(clause.search(/[^,;:.!?()\u2014\u2013\uE000]*$/)).trim();
  let preTokens = tokenize(pre);
  // "…“, sagte VW-Chef Winterkorn": the speech verb is not part of the description
  const verbAt = preTokens.findLastIndex((t) => SPEECH_VERBS.has(fold(t.text)));
  if (verbAt >= 0) {
    pre = pre.slice(preTokens[verbAt]!.end).trim();
    preTokens = tokenize(pre);
  }
  if (preTokens.length > 8) {
    // "It should not surprise anyone that Alameda County District Attorney": keep the title words
    let k = preTokens.length;
    while (k > 0 && (/^\p{Lu}/u.test(preTokens[k - 1]!.text) || isRoleWord(preTokens[k - 1]!.text))) k--;
    pre = k < preTokens.length ? pre.slice(preTokens[k]!.start) : '';
    preTokens = tokenize(pre);
  }
  const usable = preTokens.length <= 8 && preTokens.some((t) => isRoleWord(t.text.replace(/\.$/, '')));
  const after = /^\s*,\s*([^,;\uE000]{3,160}?)(?:,|\.\s+\p{Lu}|\.?\s*$)/u.exec(text.slice(end, end + 170));
  const found = roleFrom(usable ? pre : '', after ? after[1]!.trim() : '', registry);
  if (found.role) return found;
  // an appositive in front: "Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called"
  const lead = /(?:^|[,;:.!?(]\s+|\s(?:and|und|et|y|e)\s+)((?:his|her|their|its|the|a|an|sein|seine|ihr|ihre|der|die|das|ein|eine)\s[^,;:.!?()\uE000]{2,80}?),\s*$/iu.exec(text.slice(Math.max(0, runStart - 80), runStart));
  if (lead && /^\s*(?:\([^)]*\))?\s*,/.test(text.slice(end, end + 40))) {
    // "The company and its chief executive, John Smith,": only the part after the last "and" describes him
    const desc = lead[1]!.split(/\s(?:and|und|et|y|e)\s/i).pop()!.trim();
    const r = roleFrom('', desc, registry);
    if (r.role && /^(?:his|her|their|its|the|a|an|sein|seine|ihr|ihre|der|die|das|ein|eine)\s/i.test(desc)) return { role: desc.replace(/\s+/g, ' '), org: r.org };
  }
  return found;
}

/**
 * Role and organisation from the words before the name (pre-modifier) or from an
 * appositive after it. A possessive organisation ("the ISHR’s") becomes the org, not role.
 */
function roleFrom(before: string, appositive: string, registry: Registry): { role: string | null; org: string | null } {
  let pre = before;
  const prep = [...pre.matchAll(new RegExp(PREPOSITION.source, 'gi'))].pop();
  if (prep) pre = pre.slice(prep.index + prep[0].length);
  // "said the ISHR’s China programme manager": the description starts after the last determiner
  const det = [...pre.matchAll(/(?:^|\s)(?:the|The|a|A|an|An|der|Der|die|Die|das|Das|le|Le|la|La|el|El)\s/g)].pop();
  if (det) pre = pre.slice(det.index + det[0].length);
  if (!/^\p{Lu}{2,}\s/u.test(pre)) pre = pre.replace(DETERMINERS, ''); // "UN human rights chief" keeps its UN
  pre = pre.trim();
  let org: string | null = null;
  let role: string | null = null;
  if (pre && tokenize(pre).length <= 10) {
    const poss = /^(.+?)['’]s?\s+(.+)$/u.exec(pre);
    const possessor = poss?.[1] ?? '';
    if (poss && isOrgName(possessor, registry)) {
      org = possessor.replace(DETERMINERS, '');
      role = poss[2]!;
    } else {
      role = pre;
      const lead = findRuns(pre, tokenize(pre)).find((r) => r.kind === 'acronym' || r.kind === 'org');
      if (lead) org = runName(lead);
    }
  }
  if (!role && appositive && tokenize(appositive).length <= 20 && looksLikeDescription(appositive)) {
    role = appositive.replace(/^(?:the|a|an)\s+/i, '');
    const m = [...appositive.matchAll(/\b(?:of|for|at|with|from)\s+(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+(?:of|and|the|&|\p{Lu}[\p{L}&.-]*))*)/gu)].pop();
    if (m) org = m[1]!.replace(/\s+(?:of|for|and|the)$/i, '').replace(/\.$/, '');
    else {
      const poss = /^(.+?)['’]s\s/u.exec(role);
      if (poss && isOrgName(poss[1]!, registry)) org = poss[1]!;
    }
  }
  if (role && !/\p{Ll}/u.test(role) && !org) {
    // a bare capitalised title ("President") is still a role
  }
  role = role ? role.replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim() : null;
  return { role: role && isRole(role) ? role : null, org };
}

const HONORIFIC_ONLY = /^(?:mr|mrs|ms|miss|dr|sir|herr|frau|m|mme)\.?$/i;
const NOT_ROLE = /(?:^|\s)(?:who|which|that|when|while|where|because|is|was|were|are|has|had|have|will|would|said|says|adding|saying|told|dass|qui|que|quien)(?=\s|$)/i;

/** Words that make a stretch of text a clause, not a description ("why he believes", "talks to", "hatte"). */
const CLAUSE_WORDS = /(?:^|\s)(?:why|whose|whom|he|she|they|we|believes|believed|felt|feels|thinks|thought|talks|talked|asks|asked|hatte|hat|habe|war|ist|sind|wurde|wird|sei|er|es|wir)(?=\s|$)/i;
/** A description never ends on a preposition, a conjunction, an article or an honorific ("… University in", "… whom Mr"). */
const DANGLING_END = /(?:^|\s)(?:under|to|in|on|of|for|at|with|from|by|about|and|or|the|a|an|mr|mrs|ms|dr|von|mit|gegen|und|der|die|das|den|dem|des)\.?$/i;
/** …nor starts with a conjunction or "according to". */
const DANGLING_START = /^(?:and|or|but|und|oder|aber|according to|laut)\s/i;

/** A printed description of a person, not a clause or a bare honorific. */
function isRole(role: string): boolean {
  if (HONORIFIC_ONLY.test(role) || NOT_ROLE.test(role)) return false;
  if (CLAUSE_WORDS.test(role) || DANGLING_END.test(role) || DANGLING_START.test(role)) return false;
  if (/\s\p{Ll}+ing$/u.test(role)) return false; // "new campaign ad hitting"
  if (/^\p{Ll}+ing\b/u.test(role)) return false; // "bristling with anger"
  // a description names a role somewhere ("OHCHR spokeswoman", "Turk’s predecessor", "a fierce elder of …")
  const words = tokenize(role).map((t) => fold(t.text.replace(/['’]s?$|\.$/, '')));
  if (!words.some((w) => isRoleWord(w) || TITLE_PREFIX_WORDS.has(w))) return false;
  return words.length <= 20;
}

/** "a spokeswoman for …", "Turk’s predecessor", "senior trader at …", "president of …". */
function looksLikeDescription(s: string): boolean {
  if (/^(?:the|a|an|its|his|her|their|der|die|das|ein|eine|le|la|un|une|el|o|a)\s/i.test(s)) return true;
  if (/^\p{Lu}[\p{L}.&-]*['’]s?\s/u.test(s)) return true;
  return tokenize(s).slice(0, 4).some((t) => isRoleWord(t.text));
}

function isOrgName(s: string, registry: Registry): boolean {
  const t = s.replace(/^(?:the)\s+/i, '').trim();
  if (!t) return false;
  if (registry.findOrg(t)) return true;
  const runs = findRuns(t, tokenize(t));
  return runs.length === 1 && (runs[0]!.kind === 'org' || runs[0]!.kind === 'acronym');
}
