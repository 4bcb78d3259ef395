/** Abstain rather than mislead (issue #14): below the threshold chosen on dev, no speaker is shown. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import weights from '../../../src/data/attribution-weights.json';
import { analyze } from '../../../src/extract/index';

function quotes(...paragraphs: string[]) {
  const html = `<!doctype html><html><head><title>t</title></head><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const dom = new JSDOM(html, { url: 'https://example.com/a' });
  return analyze(dom.window.document, 'https://example.com/a', { force: true }).quotes;
}

describe('the display threshold', () => {
  it('is the one chosen on dev and shipped with the weights', () => {
    expect(weights.threshold).toBeGreaterThan(0);
  });

  it('shows a speaker named at the quote, with a confidence at or above the threshold', () => {
    const [q] = quotes('“We will stay the course,” Jane Smith said on Tuesday.');
    expect(q!.speaker).toBe('Jane Smith');
    expect(q!.confidence).toBeGreaterThanOrEqual(weights.threshold);
  });

  it('shows no speaker where the model is less sure than the threshold, and says so', () => {
    const all = quotes(
      'Dann kam Bernhard Suttner zu Wort. Nachdem er gefragt wurde, was seine Partei von den GRÜNEN unterscheide, entgegnete Suttner empört: „Wollen Sie das so stehen lassen?“',
      'The report was long. Officials and critics met. “Nothing changes,” one line of it read.',
    );
    const unsure = all.filter((q) => q.confidence < weights.threshold);
    expect(unsure.length).toBeGreaterThan(0);
    for (const q of unsure) {
      expect(q.speaker).toBeNull();
      expect(q.attribution).toBe('none');
    }
  });
});
