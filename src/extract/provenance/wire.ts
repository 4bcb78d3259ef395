/**
 * Wire agencies that produced the text, with tiered evidence as real detectors use it:
 * agency bylines and authors, datelines with the agency (`GENEVA (AFP) —`), sign-offs
 * (`Reporting by …; Editing by …`), copyright lines at the end of the story (`© AFP`),
 * end credits (`— Reuters`), "X contributed to this report" (role "contributed"), and the
 * Trust Project "News Service" label or a syndication disclaimer (produced externally).
 * Agencies mentioned in running text ("told AFP", "AFP reported") or only in photo credits
 * are never read: nothing here scans the story's prose for agency names.
 */
import type { PageContext } from '../page';
import type { Evidence, WireCredit, WireRole } from '../../report';
import syndication from '../../data/syndication.json';
import { agenciesIn, type Agency } from './agencies';
import type { AgencyCredit } from './bylines';
import { datelineFromLead, type LeadDateline } from './dateline';
import { entities, primaryArticleNode } from './schema';
import { clean, snippet } from './util';

export interface WireInput {
  bylineAgencies: AgencyCredit[];
  lead: LeadDateline | null;
  /** The last paragraphs of the body and what follows it. */
  tail: string[];
  newsService: boolean;
  newsServiceEvidence: Evidence | null;
  publisherIsAgency: (short: string) => boolean;
  /** Visible author bios in the article (an agency author's bio is evidence for the agency). */
  authorBios: Element[];
}

export interface WireResult {
  wire: WireCredit[];
  producedExternally: boolean;
  producedExternallyEvidence: Evidence[];
}

const DISCLAIMERS = syndication.producedExternally.map((p) => new RegExp(p, 'i'));
/** Reuters house style: "(Reporting by …; Editing by …)" — the editing credit is what sets it apart from a staff note. */
const SIGN_OFF = /\(?\b(?:Reporting|Writing|Compiled) by [^;)]{3,120};[^)]{0,300}?\bEditing by [^)]{2,200}\)?/;
/** A label that makes what follows a picture credit ("Photo: AFP", "Photo © AFP"). */
const PICTURE_LABEL = /(?:photo(?:graph)?|foto|image|picture|pic|video|graphic|getty)s?\s*(?:credit)?\s*[:©/]?\s*$/i;
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}\s*)?[-–,]?\s*(?:the\s+)?([\p{L}][^.;|©\n]{1,60})/giu;
const CONTRIBUTED = /([\p{L}][\p{L} .'-]{1,60}?)\s+(?:writers?\s+[^.]{0,200}?)?contributed (?:to )?(?:this|the) (?:report|story|article)/iu;
const WITH_AGENCY = /^\(?\s*(?:with|additional reporting by|with reporting by|with inputs from|with files from|agencies contributed|source)\s*:?\s+(?:the\s+)?([^)]{2,60})\)?\.?$/iu;

export function readWire(ctx: PageContext, input: WireInput): WireResult {
  const credits = new Map<string, { agency: Agency; role: WireRole; evidence: Evidence[] }>();
  const credit = (agency: Agency, role: WireRole, evidence: Evidence): void => {
    if (agency.kind !== 'wire') return;
    const c = credits.get(agency.short);
    if (!c) credits.set(agency.short, { agency, role, evidence: [evidence] });
    else {
      if (role === 'produced') c.role = 'produced';
      if (!c.evidence.some((e) => e.detail === evidence.detail)) c.evidence.push(evidence);
    }
  };

  // Bylines and authors that are agencies.
  for (const b of input.bylineAgencies) credit(b.agency, 'produced', b.evidence);
  // JSON-LD sourceOrganization / provider.
  const node = primaryArticleNode(ctx);
  for (const key of ['sourceOrganization', 'provider']) {
    for (const e of entities(ctx, node, key)) {
      for (const m of agenciesIn(e.name, true).slice(0, 1)) credit(m.agency, 'produced', { source: 'json-ld', detail: `${key} = ${e.name}` });
    }
  }
  // The dateline: in the lead, or in the description the page gives of its lead.
  if (input.lead?.agency) credit(input.lead.agency, 'produced', { source: 'text', detail: `dateline "${snippet(input.lead.matched, 80)}"` });
  else {
    const description = ctx.meta.get('og:description')?.[0] ?? ctx.meta.get('description')?.[0];
    const fromMeta = description ? datelineFromLead(description) : null;
    if (fromMeta?.agency) credit(fromMeta.agency, 'produced', { source: 'meta', detail: `description dateline "${snippet(fromMeta.matched, 80)}"` });
  }

  // The end of the story: sign-off, copyright, end credit, contributions.
  const producedExternallyEvidence: Evidence[] = [];
  for (const [i, text] of input.tail.entries()) {
    if (text.length > 600) continue;
    const signOff = SIGN_OFF.exec(text);
    if (signOff) {
      const named = agenciesIn(text, true)[0]?.agency;
      const reuters = agenciesIn('Reuters')[0]!.agency;
      credit(named ?? reuters, 'produced', { source: 'text', detail: `sign-off "${snippet(signOff[0], 90)}"` });
    }
    COPYRIGHT.lastIndex = 0;
    for (let m = COPYRIGHT.exec(text); m; m = COPYRIGHT.exec(text)) {
      const first = agenciesIn(m[1]!, true)[0];
      if (first && first.index <= 4 && !PICTURE_LABEL.test(text.slice(0, m.index))) credit(first.agency, 'produced', { source: 'text', detail: `copyright "${snippet(m[0], 80)}"` });
    }
    const contributed = CONTRIBUTED.exec(text);
    if (contributed) {
      for (const m of agenciesIn(contributed[1]!, true)) credit(m.agency, 'contributed', { source: 'text', detail: `"${snippet(contributed[0], 90)}"` });
    }
    const withAgency = WITH_AGENCY.exec(text);
    if (withAgency) {
      for (const m of agenciesIn(withAgency[1]!, true)) credit(m.agency, /^\(?\s*source/i.test(text) ? 'produced' : 'contributed', { source: 'text', detail: `"${snippet(text, 80)}"` });
    }
    // The last paragraph ends with the agency: "— Reuters", "--IANS", "(AFP)", or is the agency alone.
    if (i === input.tail.length - 1 || text.length < 40) {
      const last = agenciesIn(text, true).at(-1);
      if (last && last.index + last.text.length >= text.replace(/[\s.)]+$/, '').length) {
        const before = text.slice(0, last.index);
        if ((!before.trim() || /(?:[—–-]{1,2}|\(|\/|:)\s*$/.test(before)) && !PICTURE_LABEL.test(before.replace(/[:(/\s]+$/, ''))) credit(last.agency, 'produced', { source: 'text', detail: `end credit "${snippet(text.slice(-60), 60)}"` });
      }
    }
    for (const re of DISCLAIMERS) {
      const m = re.exec(text);
      if (m) producedExternallyEvidence.push({ source: 'text', detail: `"${snippet(text, 100)}"` });
    }
  }

  // The Trust Project label: evidence for every producing agency.
  if (input.newsServiceEvidence) producedExternallyEvidence.unshift(input.newsServiceEvidence);
  const produced = [...credits.values()].filter((c) => c.role === 'produced');
  if (input.newsServiceEvidence) for (const c of produced) c.evidence.unshift(input.newsServiceEvidence);

  // An agency author's visible bio ("Agence France-Presse (AFP) is a leading global news agency …").
  const bios = input.authorBios.filter((el) => !input.authorBios.some((outer) => outer !== el && outer.contains(el)));
  for (const el of bios.slice(0, 3)) {
    const text = clean(el.textContent).slice(0, 600);
    for (const c of produced) {
      if (agenciesIn(text).some((m) => m.agency === c.agency)) c.evidence.push({ source: 'text', detail: `author bio: "${snippet(text, 90)}"` });
    }
  }

  const wire: WireCredit[] = [...credits.values()].map((c) => ({ agency: c.agency.short, name: c.agency.name, role: c.role, evidence: c.evidence }));
  for (const c of produced) {
    const own = c.evidence.find((e) => e !== input.newsServiceEvidence) ?? c.evidence[0]!;
    if (!input.publisherIsAgency(c.agency.short)) producedExternallyEvidence.push({ source: own.source, detail: `produced by ${c.agency.short}: ${own.detail}` });
  }
  return {
    wire,
    producedExternally: input.newsService || producedExternallyEvidence.length > 0,
    producedExternallyEvidence: dedupe(producedExternallyEvidence),
  };
}

/** Drops evidence that repeats an earlier item (the label's own note read again as a disclaimer). */
function dedupe(evidence: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of evidence) {
    const core = e.detail.replace(/^"|"$/g, '');
    if (!kept.some((k) => k.detail.includes(core))) kept.push(e);
  }
  return kept;
}
