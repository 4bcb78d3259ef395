/** The page's own article node in JSON-LD, and plain readers for its properties. */
import type { PageContext } from '../page';
import { asList, asText, deref, isObject, typesOf, type JsonLdNode, type JsonValue } from '../jsonld';
import { decodeEntities } from './util';

/** schema.org types that describe one article (NewsArticle and its Trust Project subtypes, posts, reviews). */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|CriticReview|ClaimReview)$/;

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPE.test(type.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

/** JSON-LD nodes typed as an article. */
export function articleNodes(ctx: PageContext): JsonLdNode[] {
  return ctx.jsonLd.filter((n) => typesOf(n).some(isArticleType));
}

/** The article node for this page: the one whose URL is the page's, else the first. */
export function primaryArticleNode(ctx: PageContext): JsonLdNode | null {
  const nodes = articleNodes(ctx);
  if (nodes.length <= 1) return nodes[0] ?? null;
  const here = ctx.url ? ctx.url.href.replace(/[#?].*$/, '').replace(/\/$/, '') : null;
  const same = (v: JsonValue | undefined): boolean => {
    const t = asText(v) ?? (isObject(v) ? asText(v['@id']) : null);
    return here !== null && t !== null && t.replace(/[#?].*$/, '').replace(/\/$/, '') === here;
  };
  return nodes.find((n) => same(n['url']) || same(n['mainEntityOfPage']) || same(n['@id'])) ?? nodes[0] ?? null;
}

/** A text property, entities decoded. */
export function textProp(node: JsonLdNode | null, key: string): string | null {
  if (!node) return null;
  for (const v of asList(node[key])) {
    const t = asText(v);
    if (t) return decodeEntities(t);
  }
  return null;
}

export interface SchemaEntity {
  name: string;
  types: string[];
  node: JsonLdNode | null;
}

/** The entities a property points to (`author`, `publisher` …), references resolved. */
export function entities(ctx: PageContext, node: JsonLdNode | null, key: string): SchemaEntity[] {
  if (!node) return [];
  const out: SchemaEntity[] = [];
  for (const raw of asList(node[key]).slice(0, 20)) {
    const v = deref(raw, ctx.jsonLdById);
    if (typeof v === 'string') {
      const name = decodeEntities(v.trim());
      if (name) out.push({ name, types: [], node: null });
    } else if (isObject(v)) {
      const name = asText(v['name']) ?? asText(v['legalName']) ?? asText(v['alternateName']);
      if (name) out.push({ name: decodeEntities(name), types: typesOf(v), node: v });
    }
  }
  return out;
}

export const isOrganizationType = (types: string[]): boolean =>
  types.some((t) => /Organi[sz]ation|NewsMediaOrganization|Corporation|NewsAgency/i.test(t));
