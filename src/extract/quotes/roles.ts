/**
 * The description the article prints for a person, and whether a source is anonymous:
 *   "OHCHR spokeswoman Ravina Shamdasani"                 → role "OHCHR spokeswoman", org OHCHR
 *   "the ISHR’s China programme manager Raphael Viana David" → role "China programme manager", org ISHR
 *   "Michelle Bachelet, Turk’s predecessor"               → role "Turk’s predecessor"
 *   "a source familiar with the talks"                     → anonymous
 */
import { fold, ANON_HEADS, ANON_FORMULAS, isRoleWord, TITLE_PREFIX_WORDS, SPEECH_VERBS } from './lexicon';
import { findRuns, tokenize, runName, type Registry } from './names';

const DETERMINERS = /^(?:the|a|an|der|die|das|den|dem|des|ein|eine|einer|le|la|les|l'|un|une|el|los|las|o|os|as|um|uma)\s+/i;
const PREPOSITION = /\s(?:by|of|from|for|with|at|von|vom|de|du|des|por|do|da)\s/i;

export function isAnonymous(np: string): boolean {
  const f = fold(np);
  if (ANON_FORMULAS.some((a) => f.includes(a))) return true;
  const words = f.replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 12) return false;
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
  // a stretch before the name that is no description ("the campaign did not appeal to") leaves
  // the appositive after it to be read
  if (pre && !isRole(pre.replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim())) pre = '';
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
