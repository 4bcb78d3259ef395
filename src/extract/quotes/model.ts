/**
 * The attribution scorer: a conditional logit over a quote's candidates. Each candidate's score
 * is the sum of its features' weights; a softmax over the candidates gives the probability that
 * each is the source. The weights are fitted by `npm run train` on the train splits of the
 * annotated corpora and shipped in src/data/attribution-weights.json; the threshold below which
 * the engine names nobody is chosen on dev for precision.
 */
import fitted from '../../data/attribution-weights.json';
import type { Candidate } from './candidates';

export interface AttributionWeights {
  /** Feature name → weight. */
  weights: Map<string, number>;
  /** Below this probability the best candidate is not shown as the speaker. */
  threshold: number;
}

export function weightsFrom(data: { weights: Record<string, number>; threshold: number }): AttributionWeights {
  return { weights: new Map(Object.entries(data.weights)), threshold: data.threshold };
}

export const DEFAULT_WEIGHTS: AttributionWeights = weightsFrom(fitted);

export const scoreOf = (c: Candidate, w: AttributionWeights): number => c.features.reduce((s, f) => s + (w.weights.get(f) ?? 0), 0);

export interface Choice {
  best: Candidate;
  probability: number;
  /** The features of the best candidate that weighed most in its favour, strongest first. */
  reasons: string[];
}

export function probabilities(candidates: Candidate[], w: AttributionWeights): number[] {
  const scores = candidates.map((c) => scoreOf(c, w));
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function choose(candidates: Candidate[], w: AttributionWeights = DEFAULT_WEIGHTS): Choice {
  const p = probabilities(candidates, w);
  let k = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i;
  const best = candidates[k]!;
  const reasons = best.features
    .map((f) => [f, w.weights.get(f) ?? 0] as const)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([f]) => f);
  return { best, probability: p[k]!, reasons };
}
