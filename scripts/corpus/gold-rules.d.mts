export const CATEGORIES: string[];
export const STORY_TYPES: (string | null)[];
export const BADGES: string[];
export function foldForSearch(s: unknown): string;
export function checkGold(gold: Record<string, unknown>, id: string, pageText: string): string[];
