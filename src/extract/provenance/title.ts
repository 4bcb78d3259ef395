/** The headline and the page language. */
import type { PageContext } from '../page';
import { primaryArticleNode, textProp } from './schema';
import { titleSuffix } from './publisher';
import { clean, decodeEntities } from './util';

export function readTitle(ctx: PageContext): string | null {
  const headline = textProp(primaryArticleNode(ctx), 'headline');
  if (headline) return clean(decodeEntities(headline));
  // The printed headline before og:title, which often carries a suffix ("… | Eleanor Ainge Roy").
  const h1 = clean(ctx.doc.getElementsByTagName('h1')[0]?.textContent);
  if (h1.length > 10 && h1.length < 300) return h1;
  const og = ctx.meta.get('og:title')?.[0] ?? ctx.meta.get('twitter:title')?.[0];
  if (og) return clean(og);
  const title = clean(ctx.doc.title);
  const suffix = titleSuffix(title);
  return (suffix ? title.slice(0, title.lastIndexOf(suffix)).replace(/[\s|–—_:-]+$/, '') : title) || null;
}

/** Scripts that name their language well enough when the page declares none. */
const SCRIPT_LANGS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0e00-\u0e7f]/, 'th'],
];

function normaliseTag(tag: string): string | null {
  const t = tag.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t)) return null;
  const [lang, ...rest] = t.split('-');
  return [lang!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

export function readLang(ctx: PageContext): string | null {
  const declared = [
    ctx.doc.documentElement.getAttribute('lang'),
    ctx.doc.documentElement.getAttribute('xml:lang'),
    textProp(primaryArticleNode(ctx), 'inLanguage'),
    ctx.meta.get('content-language')?.[0],
    ctx.meta.get('og:locale')?.[0],
  ];
  for (const d of declared) {
    const tag = d ? normaliseTag(d) : null;
    if (tag) return tag;
  }
  const sample = `${ctx.doc.title} ${clean(ctx.doc.querySelector('h1')?.textContent)}`;
  return SCRIPT_LANGS.find(([re]) => re.test(sample))?.[1] ?? null;
}
