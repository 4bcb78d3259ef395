/**
 * Translation for every string the reader sees. The extension passes `browser.i18n.getMessage`;
 * the CLI and tests use `englishMessages`, read from the same `_locales/en/messages.json`.
 */
import english from '../_locales/en/messages.json';

export type Translate = (key: string, substitutions?: string[]) => string;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The same substitution rules as `i18n.getMessage` ($NAME$ placeholders → $1…$9). */
export const englishMessages: Translate = (key, substitutions = []) => {
  const entry = (english as Record<string, MessageEntry>)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_m, d: string) => substitutions[Number(d) - 1] ?? '');
  });
};
