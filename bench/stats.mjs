// Small helpers shared by the benchmark sections: medians, number formats, markdown tables.

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const now = () => performance.now();

/** Milliseconds with a precision that suits their size. */
export function ms(x) {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
}

export function ratio(x) {
  return Number.isFinite(x) ? x.toFixed(x < 0.1 ? 3 : 2) : 'n/a';
}

export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function mb(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function int(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';
}

/** A verdict word for a target line: the benchmark reports, it never fails the suite. */
export function verdict(ok) {
  return ok === null || ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED';
}

/** A markdown table whose columns line up in a terminal too. Numeric-looking cells align right. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = (c) => /^[\d.,\s%×x≤<>~-]*$|^n\/a$/.test(c);
  const right = headers.map((_, i) => rows.some((r) => String(r[i] ?? '') !== '') && rows.every((r) => numeric(String(r[i] ?? ''))));
  const line = (r) => `| ${r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Frees what can be freed before a timed run, so a collection of the last run's garbage does not land in it. */
export function collect() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}
