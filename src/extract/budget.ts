/**
 * A work budget for one analysis. Hostile or gigantic pages must not hang the tab:
 * extractors charge the budget as they go and stop when it runs out; the report then
 * says `truncated: true` and holds what was found so far.
 */
export interface BudgetLimits {
  /** DOM nodes visited by all walks together. */
  nodes: number;
  /** Characters of text scanned by all text passes together. */
  chars: number;
  /** Quotes kept. */
  quotes: number;
  /** JSON-LD blocks parsed, and the largest block read (characters). */
  jsonLdBlocks: number;
  jsonLdChars: number;
}

export const DEFAULT_LIMITS: BudgetLimits = {
  nodes: 400_000,
  chars: 4_000_000,
  quotes: 500,
  jsonLdBlocks: 50,
  jsonLdChars: 1_000_000,
};

export class Budget {
  readonly limits: BudgetLimits;
  private nodes = 0;
  private chars = 0;
  /** Set once any limit was reached. */
  exhausted = false;

  constructor(limits: Partial<BudgetLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Charge `n` visited nodes; false when the budget is spent. */
  visit(n = 1): boolean {
    this.nodes += n;
    if (this.nodes > this.limits.nodes) this.exhausted = true;
    return !this.exhausted;
  }

  /** Charge `n` scanned characters; false when the budget is spent. */
  scan(n: number): boolean {
    this.chars += n;
    if (this.chars > this.limits.chars) this.exhausted = true;
    return !this.exhausted;
  }

  /** Mark the budget as hit by a per-item cap (quotes kept, JSON-LD blocks …). */
  hit(): void {
    this.exhausted = true;
  }

  get used(): { nodes: number; chars: number } {
    return { nodes: this.nodes, chars: this.chars };
  }
}
