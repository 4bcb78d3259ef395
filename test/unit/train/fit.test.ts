import { describe, expect, it } from 'vitest';
import { fit, loss, type Example } from '../../../scripts/train/fit';

const options = { l2: 0.001, epochs: 200, learningRate: 0.05, minCount: 1 };

// Two candidates per quote: the right one always carries "subject", a wrong one "object".
const separable: Example[] = Array.from({ length: 20 }, (_, i) => ({
  candidates: i % 2 ? [['subject', 'near'], ['object', 'near']] : [['object', 'far'], ['subject', 'far']],
  positives: [i % 2 ? 0 : 1],
  weight: 1,
}));

describe('fit: the conditional logit behind the attribution scorer', () => {
  it('learns to prefer the feature that marks the right candidate', () => {
    const w = fit(separable, options);
    expect(w.get('subject')!).toBeGreaterThan(w.get('object')! + 1);
    // "near"/"far" appear on right and wrong candidates alike: they cannot decide anything
    expect(Math.abs(w.get('near')!)).toBeLessThan(0.01);
  });

  it('lowers the loss below the uniform guess', () => {
    const zero = loss(separable, new Map());
    expect(zero).toBeCloseTo(Math.log(2), 6);
    expect(loss(separable, fit(separable, options))).toBeLessThan(zero / 4);
  });

  it('gives the same weights for the same examples (training is reproducible)', () => {
    expect([...fit(separable, options)]).toEqual([...fit(separable, options)]);
  });

  it('counts every correct candidate of an example: either of two right answers is fine', () => {
    const both: Example[] = [{ candidates: [['a'], ['b'], ['c']], positives: [0, 1], weight: 1 }];
    const w = fit(both, options);
    expect(w.get('c')!).toBeLessThan(w.get('a')!);
    expect(w.get('c')!).toBeLessThan(w.get('b')!);
  });

  it('drops features seen fewer than minCount times, so rare noise does not ship', () => {
    const rare: Example[] = [...separable, { candidates: [['once'], ['subject']], positives: [1], weight: 1 }];
    expect(fit(rare, { ...options, minCount: 2 }).has('once')).toBe(false);
    expect(fit(rare, options).has('once')).toBe(true);
  });

  it('weighs examples by their weight (a corpus can count more than another)', () => {
    const conflicting = (wA: number, wB: number): Example[] => [
      { candidates: [['x'], ['y']], positives: [0], weight: wA },
      { candidates: [['x'], ['y']], positives: [1], weight: wB },
    ];
    const w = fit(conflicting(3, 1), options);
    expect(w.get('x')!).toBeGreaterThan(w.get('y')!);
    const v = fit(conflicting(1, 3), options);
    expect(v.get('y')!).toBeGreaterThan(v.get('x')!);
  });

  it('ignores an example with no correct candidate instead of failing', () => {
    expect(() => fit([{ candidates: [['a']], positives: [], weight: 1 }], options)).not.toThrow();
  });
});
