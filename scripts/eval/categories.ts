/**
 * Speaker misses grouped by kind, for error analysis by category rather than by page:
 * what went wrong (no speaker, a surname or partial name only, another person) crossed with
 * how the engine found its answer (the quote's `attribution`).
 */
import type { PageResult, SpeakerOutcome } from './score-pages';

export function speakerMissKind(s: SpeakerOutcome): string | null {
  if (s.fullOk) return null;
  if (!s.predicted) return 'no speaker given';
  if (s.surnameOk) return 'not the full name (surname or part)';
  return 'another person';
}

export function errorCategories(results: PageResult[]): string[] {
  const counts = new Map<string, { n: number; example: string }>();
  for (const r of results)
    for (const s of r.speakers) {
      const kind = speakerMissKind(s);
      if (!kind) continue;
      const key = `${kind} · via ${s.attribution ?? 'none'}`;
      const c = counts.get(key) ?? { n: 0, example: `${r.id}: ${JSON.stringify(s.predicted)} for ${JSON.stringify(s.gold)}` };
      c.n++;
      counts.set(key, c);
    }
  const rows = [...counts].sort((a, b) => b[1].n - a[1].n);
  if (!rows.length) return ['speaker misses by category: none'];
  return ['speaker misses by category (count, kind · how found, an example):', ...rows.map(([k, c]) => `  ${String(c.n).padStart(4)}  ${k.padEnd(58)} ${c.example}`)];
}
