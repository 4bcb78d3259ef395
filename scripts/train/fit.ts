/**
 * Fits the attribution scorer: a conditional logit (one softmax over each quote's candidates)
 * with L2 regularisation (mean negative log-likelihood + l2/2·‖w‖²), by full-batch Adam from zero weights, so the same examples always
 * give the same weights. An example may have several correct candidates (a name in the
 * sentence and "the previous speaker" can both be right): its likelihood is the probability
 * mass on all of them.
 */

export interface Example {
  /** Feature names of each candidate. */
  candidates: string[][];
  /** Indexes of the correct candidates (at least one). */
  positives: number[];
  /** How much the example counts (corpora are weighted against each other). */
  weight: number;
}

export interface FitOptions {
  l2: number;
  epochs: number;
  learningRate: number;
  /** Features seen on fewer candidates than this are dropped (noise, and a smaller file). */
  minCount: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.001, epochs: 400, learningRate: 0.05, minCount: 3 };

interface Indexed {
  candidates: Int32Array[];
  positives: number[];
  weight: number;
}

export function fit(examples: Example[], options: FitOptions = DEFAULT_FIT): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const c of e.candidates) for (const f of c) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const data: Indexed[] = examples
    .filter((e) => e.positives.length > 0)
    .map((e) => ({
      candidates: e.candidates.map((c) => Int32Array.from(c.map((f) => index.get(f) ?? -1).filter((i) => i >= 0))),
      positives: e.positives,
      weight: e.weight,
    }));
  const totalWeight = data.reduce((s, e) => s + e.weight, 0) || 1;
  const w = new Float64Array(names.length);
  const m = new Float64Array(names.length);
  const v = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    grad.fill(0);
    for (const e of data) {
      const scores = e.candidates.map((c) => c.reduce((s, i) => s + w[i]!, 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      const zPos = e.positives.reduce((a, k) => a + exps[k]!, 0);
      const isPos = new Set(e.positives);
      e.candidates.forEach((c, k) => {
        // d(-log P(positives))/d score_k = p_k - [k positive] p_k / P(positives)
        const g = (exps[k]! / z - (isPos.has(k) ? exps[k]! / zPos : 0)) * (e.weight / totalWeight);
        for (const i of c) grad[i]! += g;
      });
    }
    for (let i = 0; i < w.length; i++) {
      const g = grad[i]! + options.l2 * w[i]!;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
      const mh = m[i]! / (1 - beta1 ** epoch);
      const vh = v[i]! / (1 - beta2 ** epoch);
      w[i]! -= (options.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return new Map(names.map((f, i) => [f, w[i]!]));
}

/** Mean negative log-likelihood of the correct candidates: lower is better. */
export function loss(examples: Example[], weights: Map<string, number>): number {
  let total = 0;
  let n = 0;
  for (const e of examples) {
    if (!e.positives.length) continue;
    const scores = e.candidates.map((c) => c.reduce((s, f) => s + (weights.get(f) ?? 0), 0));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const z = exps.reduce((a, b) => a + b, 0);
    total -= Math.log(e.positives.reduce((a, k) => a + exps[k]!, 0) / z) * e.weight;
    n += e.weight;
  }
  return n ? total / n : 0;
}
