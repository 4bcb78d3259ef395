export function siteOf(id: string, gold: { url: string | null }): string;
