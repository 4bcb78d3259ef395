/**
 * The speaker decision for each quote, in reading order: candidates (candidates.ts), scored by
 * the fitted model (model.ts); the best one is shown when its probability reaches the
 * threshold, else the quote stays "speaker not identified". The decision carries the words a
 * reader is given for how it was found ("named in the same sentence", "inferred from the
 * previous paragraph"), taken from the features that weighed most.
 */
import type { Entity } from './names';
import { isAnonymous } from './roles';
import type { MarkedSpan } from './marks';
import type { Reading } from './mentions';
import { candidatesFor, type Candidate, type QuoteContext } from './candidates';
import { choose, DEFAULT_WEIGHTS, type AttributionWeights } from './model';

export interface SpeakerDecision {
  entity: Entity | null;
  /** A description standing for an unnamed source ("a police spokesman"). */
  description: string | null;
  probability: number;
  /** How it was found, in the report's words ("said X", "pronoun", "continuation" …). */
  how: string;
  candidate: Candidate;
}

/** What a decision's strongest features say, as one of the report's attribution words. */
export function howFound(c: Candidate, reasons: string[]): string {
  if (c.kind === 'previous') return c.features.includes('previous-gap:≤0') ? 'split quote' : 'continuation';
  if (c.kind === 'none') return 'none';
  const m = c.mention!;
  if (m.kind === 'pronoun') return 'pronoun';
  if (m.kind === 'description' && !c.entity && isAnonymous(m.text)) return 'anonymous';
  const cue = reasons.find((r) => r.startsWith('cue:'));
  if (cue?.includes('according')) return 'according to X';
  if (cue?.includes('speech-then-m')) return 'said X';
  if (cue?.includes('m-then-speech')) return 'X said';
  if (cue?.includes('colon')) return 'X: ';
  if (reasons.some((r) => r.startsWith('where:prev-para'))) return 'previous paragraph';
  if (reasons.some((r) => r.startsWith('where:prev-sent') || r.startsWith('where:earlier-sent'))) return 'earlier sentence';
  return m.kind === 'description' ? 'description' : 'subject';
}

export function decideSpeakers(spans: MarkedSpan[], reading: Reading, weights: AttributionWeights = DEFAULT_WEIGHTS): SpeakerDecision[] {
  const decisions: SpeakerDecision[] = [];
  const spokeBefore = new Set<Entity>();
  let previousSpeaker: Entity | null = null;
  let previousSpan: MarkedSpan | null = null;
  spans.forEach((span, index) => {
    const context: QuoteContext = { index, span, previousSpeaker, previousSpan, spokeBefore };
    const { best, probability, reasons } = choose(candidatesFor(context, reading), weights);
    const shown = best.kind !== 'none' && probability >= weights.threshold;
    const entity = shown ? best.entity : null;
    const description = shown && !entity && best.mention && (best.mention.kind === 'description' || best.mention.kind === 'document') ? best.mention.text : null;
    decisions.push({ entity, description, probability, how: shown ? howFound(best, reasons) : 'none', candidate: best });
    if (entity) {
      spokeBefore.add(entity);
      previousSpeaker = entity;
      previousSpan = span;
    }
  });
  return decisions;
}
