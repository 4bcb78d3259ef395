// The shape and vocabulary of a corpus label (test/corpus/LABELS.md), as one function the
// check script and the corpus test share. Returns a list of problems ([] when the label holds).

export const CATEGORIES = ['news-article', 'borderline', 'non-article'];
export const STORY_TYPES = ['news', 'opinion', 'review', 'other', null];
export const BADGES = ['trust-project', 'jti', 'ifcn', 'ipi', 'sopa', 'newsguard'];
const REQUIRED = [
  'id',
  'source',
  'url',
  'lang',
  'isNewsArticle',
  'publisher',
  'wireAgencies',
  'photoCreditAgencies',
  'dateline',
  'bylines',
  'storyType',
  'trustBadges',
  'quotes',
  'quotesLabelled',
  'corpusCategory',
  'notes',
];

/** Folds what the labeller copied and what the page prints to one comparable form. */
export function foldForSearch(s) {
  return String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .toLowerCase()
    .trim();
}

const isString = (v) => typeof v === 'string' && v.trim() !== '';
const isStringOrNull = (v) => v === null || isString(v);
const isStringList = (v) => Array.isArray(v) && v.every(isString);

export function checkGold(gold, id, pageText) {
  const out = [];
  for (const k of REQUIRED) if (!Object.hasOwn(gold, k)) out.push(`missing field ${k}`);
  if (gold.id !== id) out.push(`id ${JSON.stringify(gold.id)} is not the folder name`);
  if (!isString(gold.source)) out.push('source must name where the page came from');
  if (gold.url !== null && !/^https?:\/\//.test(String(gold.url))) out.push(`url ${JSON.stringify(gold.url)} is not absolute http(s) or null`);
  if (!/^[a-z]{2}$/.test(String(gold.lang))) out.push(`lang ${JSON.stringify(gold.lang)} is not ISO 639-1`);
  if (typeof gold.isNewsArticle !== 'boolean') out.push('isNewsArticle must be true or false');
  if (!isStringOrNull(gold.publisher)) out.push('publisher must be a name or null');
  for (const k of ['wireAgencies', 'photoCreditAgencies', 'bylines', 'trustBadges'])
    if (!isStringList(gold[k])) out.push(`${k} must be a list of names`);
  if (!isStringOrNull(gold.dateline)) out.push('dateline must be a place or null');
  if (!STORY_TYPES.includes(gold.storyType)) out.push(`storyType ${JSON.stringify(gold.storyType)} is not one of ${STORY_TYPES.join(', ')}`);
  if (!CATEGORIES.includes(gold.corpusCategory)) out.push(`corpusCategory ${JSON.stringify(gold.corpusCategory)} is not one of ${CATEGORIES.join(', ')}`);
  for (const b of gold.trustBadges ?? []) if (!BADGES.includes(b)) out.push(`trust badge ${JSON.stringify(b)} is not a known programme id`);
  if (typeof gold.quotesLabelled !== 'boolean') out.push('quotesLabelled must be true or false');
  if (!isString(gold.notes)) out.push('notes must say what was a judgement call');
  if (!Array.isArray(gold.quotes)) return out.concat('quotes must be a list');

  if (gold.isNewsArticle === false) {
    if (gold.corpusCategory !== 'non-article') out.push('a page that is not an article must be corpusCategory non-article');
    if (gold.quotesNotApplicable !== true) out.push('a non-article needs quotesNotApplicable: true');
    if (gold.quotesLabelled !== false) out.push('a non-article has quotesLabelled: false');
    if (gold.storyType !== null) out.push('a non-article has storyType null');
  } else if (gold.corpusCategory === 'non-article') out.push('an article cannot be corpusCategory non-article');
  if (gold.quotesLabelled === false && gold.quotes.length) out.push('quotes listed on a page marked quotesLabelled: false');

  const text = foldForSearch(pageText);
  const printed = (s) => text.includes(foldForSearch(s));
  gold.quotes.forEach((q, i) => {
    const where = `quote ${i + 1}`;
    if (!isString(q.text)) return out.push(`${where}: text missing`);
    if (!isStringOrNull(q.speaker)) out.push(`${where}: speaker must be a name or null`);
    if (!isStringOrNull(q.role)) out.push(`${where}: role must be a description or null`);
    if (typeof q.partial !== 'boolean') out.push(`${where}: partial must be true or false`);
    if ([...q.text].length > 60) out.push(`${where}: text is longer than 60 characters`);
    if (!printed(q.text)) out.push(`${where}: text ${JSON.stringify(q.text)} is not in the page's text`);
  });
  for (const b of gold.bylines ?? []) if (!printed(b) && !/metadata/i.test(gold.notes)) out.push(`byline ${JSON.stringify(b)} is not printed on the page (and notes do not say it is from metadata)`);
  if (gold.dateline && !printed(gold.dateline) && !/dateline/i.test(gold.notes)) out.push(`dateline ${JSON.stringify(gold.dateline)} is not printed on the page (and notes do not explain it)`);
  return out;
}
