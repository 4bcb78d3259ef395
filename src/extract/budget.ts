/**
 * A work budget for one analysis. Hostile or gigantic pages must not hang the tab:
 * extractors charge the budget as they go and stop when it runs out; the report then
 * says `truncated: true` and holds what was found so far.
 *
 * The budget counts work (nodes, characters), not milliseconds, so the same page is cut
 * at the same place on every machine and the tests can assert it.
 */
export interface BudgetLimits {
  /** DOM nodes visited by all walks together. */
  nodes: number;
  /** Characters of text scanned by all text passes together. */
  chars: number;
  /**
   * Visible text one text index keeps (characters). Every later pass (quote marks,
   * names …) is linear in that text, so this caps them all, and leaves `chars` for them:
   * on a page with 5 MB of text the first megabyte is still read for quotes.
   */
  textChars: number;
  /** Quotes kept. */
  quotes: number;
  /** JSON-LD blocks parsed, and the largest block read (characters). */
  jsonLdBlocks: number;
  jsonLdChars: number;
  /**
   * JSON-LD characters read over all blocks. Counted apart from `chars`, so a page
   * stuffed with JSON-LD cannot use up the budget its visible text needs.
   */
  jsonLdTotalChars: number;
}

export const DEFAULT_LIMITS: BudgetLimits = {
  nodes: 400_000,
  chars: 4_000_000,
  textChars: 1_000_000,
  quotes: 500,
  jsonLdBlocks: 50,
  jsonLdChars: 1_000_000,
  jsonLdTotalChars: 2_000_000,
};

/** A limit must be a non-negative number; anything else (NaN, "10", -1) falls back to the default. */
function saneLimits(limits: Partial<BudgetLimits>): BudgetLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof BudgetLimits)[]) {
    const v = limits[key];
    if (typeof v === 'number' && v >= 0 && !Number.isNaN(v)) out[key] = v;
  }
  return out;
}

/** Where a budget stands, as plain data: the extension reads a page in the page and finishes outside it. */
export interface BudgetState {
  limits: BudgetLimits;
  nodes: number;
  chars: number;
  spent: boolean;
  capped: boolean;
}

export class Budget {
  readonly limits: BudgetLimits;
  private nodes = 0;
  private chars = 0;
  private walksSpent = false;
  private capped = false;

  constructor(limits: Partial<BudgetLimits> = {}) {
    this.limits = saneLimits(limits);
  }

  /**
   * Set once any limit was reached: the report is `truncated`. A per-item cap (too many
   * JSON-LD blocks) sets it too, but does not stop the node and character walks —
   * a page with 60 JSON-LD blocks still gets its quotes read.
   */
  get exhausted(): boolean {
    return this.walksSpent || this.capped;
  }

  /** Kept settable for callers that mark truncation directly; same as `hit()`. */
  set exhausted(value: boolean) {
    if (value) this.capped = true;
  }

  /** True once the node or character budget is spent: every walk should stop. */
  get spent(): boolean {
    return this.walksSpent;
  }

  /** Charge `n` visited nodes; false when the budget is spent. */
  visit(n = 1): boolean {
    this.nodes += n;
    if (this.nodes > this.limits.nodes) this.walksSpent = true;
    return !this.walksSpent;
  }

  /** Charge `n` scanned characters; false when the budget is spent. */
  scan(n: number): boolean {
    this.chars += n;
    if (this.chars > this.limits.chars) this.walksSpent = true;
    return !this.walksSpent;
  }

  /** Characters that may still be scanned before the budget is spent. */
  get charsLeft(): number {
    return Math.max(0, this.limits.chars - this.chars);
  }

  /** Mark the budget as hit by a per-item cap (quotes kept, JSON-LD blocks …). */
  hit(): void {
    this.capped = true;
  }

  get used(): { nodes: number; chars: number } {
    return { nodes: this.nodes, chars: this.chars };
  }

  state(): BudgetState {
    return { limits: { ...this.limits }, nodes: this.nodes, chars: this.chars, spent: this.walksSpent, capped: this.capped };
  }

  /** A budget that goes on where `state` left off (limits re-checked: the state crossed a message boundary). */
  static resume(state: BudgetState): Budget {
    const budget = new Budget(state.limits);
    budget.nodes = Math.max(0, Number(state.nodes) || 0);
    budget.chars = Math.max(0, Number(state.chars) || 0);
    budget.walksSpent = state.spent === true;
    budget.capped = state.capped === true;
    return budget;
  }
}
