/**
 * The report contract: what the engine returns for one page.
 *
 * Field names are a contract — the popup, the in-page marks, the CLI JSON and other
 * people's tools read them. Add fields freely; never rename or remove one.
 * `report.schema.json` is generated from these types (`npm run schema`) and checked
 * in the tests and by `provenance-lens analyze --validate`.
 */

/** Where a value was read from, so the popup can say *why*. */
export type EvidenceSource = 'json-ld' | 'meta' | 'microdata' | 'label' | 'text' | 'link' | 'image';

export interface Evidence {
  source: EvidenceSource;
  /** Human-readable detail: the property, selector or the text that was matched. */
  detail: string;
}

export interface Publisher {
  name: string;
  /**
   * Only http(s) URLs ever appear here.
   * @pattern ^https?://
   */
  url: string | null;
  evidence: Evidence[];
}

export type WireRole = 'produced' | 'contributed';

export interface WireCredit {
  /** Short agency name: "AFP", "AP", "Reuters", "dpa", "EFE", "Xinhua" … */
  agency: string;
  /** Full agency name: "Agence France-Presse". */
  name: string;
  role: WireRole;
  evidence: Evidence[];
}

export type StoryType = 'news' | 'opinion' | 'analysis' | 'review' | 'sponsored' | 'satire' | 'other';

export interface PhotoCredit {
  /** The caption or credit text as printed. */
  text: string;
  /** The credit part: "AFP", "UN Photo by Violaine Martin, via Flickr". */
  credit: string;
  /** Short names of agencies named in the credit (from the agency data file). */
  agencies: string[];
}

/**
 * `unchecked`: the page claims the badge, and it has not been checked against the registries
 * yet — the engine's own output in the page; the background and the CLI check it (src/verify/).
 */
export type BadgeStatus = 'verified' | 'listed-expired' | 'report-only' | 'not-listed' | 'no-public-list' | 'unchecked';

export interface RegistryEntryRef {
  name: string;
  domains: string[];
  status: string;
  since: string | null;
  source: string;
}

export interface Badge {
  /** Programme id: "trust-project", "jti", "ifcn", "ipi", "sopa", "newsguard" … */
  id: string;
  name: string;
  status: BadgeStatus;
  /** The date of the registry snapshot the status was checked against. */
  asOf: string | null;
  registryEntry: RegistryEntryRef | null;
  evidence: Evidence[];
}

export interface TrustIndicator {
  /** schema.org property name or the visible label's key: "correctionsPolicy", "dateline" … */
  indicator: string;
  /**
   * Only http(s) URLs ever appear here.
   * @pattern ^https?://
   */
  url: string | null;
  text: string | null;
  evidence: Evidence[];
}

/** Enough to find a quote again in the live page (W3C TextQuoteSelector + position). */
export interface QuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /**
   * Offsets into the analysed root's text content (see `anchorRoot`).
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * @asType integer
   * @minimum 0
   */
  end: number;
}

export interface Quote {
  id: string;
  /** The quoted words, without the quote marks. */
  text: string;
  /** The resolved speaker: a full name, or an organisation when an organisation speaks. */
  speaker: string | null;
  /** The speaker's role as the article gives it: "OHCHR spokeswoman". */
  role: string | null;
  org: string | null;
  /** A fragment or scare quote inside a sentence. */
  partial: boolean;
  /**
   * 0..1; the popup flags low-confidence attributions.
   * @minimum 0
   * @maximum 1
   */
  confidence: number;
  anchor: QuoteAnchor;
  /** How the speaker was found: "said X", "pronoun", "continuation" … */
  attribution?: string;
}

export type PersonKind = 'official' | 'expert' | 'civil-society' | 'journalist' | 'other';

export interface Person {
  name: string;
  aliases: string[];
  roles: string[];
  orgs: string[];
  kind: PersonKind;
  /** True when the "person" is an organisation speaking. */
  isOrganisation?: boolean;
  quoteIds: string[];
}

export interface Sourcing {
  /** Quotes credited to a named person or organisation. */
  named: number;
  /** Quotes credited to anonymous sources ("a source familiar with …"). */
  anonymous: number;
  /** Quotes with no speaker found. */
  unattributed: number;
  /** Distinct named sources (people + organisations). */
  namedSources: number;
  officials: number;
  experts: number;
  civilSociety: number;
  journalists: number;
  other: number;
  /** Named sources quoted only in fragments. */
  partialOnly: number;
  totalQuotes: number;
}

export interface ExtractorError {
  /** Which extractor failed: "wire", "quotes" … its field is left at its empty value. */
  extractor: string;
  message: string;
}

export interface Report {
  /** Version of this contract; bumped when fields are added. */
  schemaVersion: 1;
  isArticle: boolean;
  /** Why the page was (not) judged an article. */
  articleEvidence: Evidence[];
  title: string | null;
  /**
   * The page's address: only http(s) URLs ever appear here.
   * @pattern ^https?://
   */
  url: string | null;
  lang: string | null;
  publisher: Publisher | null;
  wire: WireCredit[];
  producedExternally: boolean;
  producedExternallyEvidence: Evidence[];
  dateline: string | null;
  datelineEvidence: Evidence[];
  storyType: StoryType | null;
  storyLabel: string | null;
  storyTypeEvidence: Evidence[];
  bylines: string[];
  bylineEvidence: Evidence[];
  published: string | null;
  modified: string | null;
  dateEvidence: Evidence[];
  photoCredits: PhotoCredit[];
  badges: Badge[];
  trustIndicators: TrustIndicator[];
  quotes: Quote[];
  people: Person[];
  sourcing: Sourcing;
  /** Extractors that threw: their fields hold empty values. */
  errors: ExtractorError[];
  /** The analysis hit its work budget and returned what it had found so far. */
  truncated: boolean;
  /**
   * Milliseconds the analysis took (informational; not part of any comparison).
   * @minimum 0
   */
  elapsedMs: number;
}
