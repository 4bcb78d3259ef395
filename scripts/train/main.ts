/**
 * npm run train [-- --l2 X --epochs N --dry-run]
 *
 * Fits the attribution scorer on the train splits only (PolNeAR train, German Wikinews train,
 * the page corpus's train split) and writes src/data/attribution-weights.json, naming the
 * corpora, their sizes and the commit it was fitted at. Deterministic: the same data and code
 * give the same file. Dev and test are never read here; thresholds are chosen on dev
 * afterwards (`npm run eval`), by hand, and written back with --threshold.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../../src/cli/load';
import { readPage } from '../../src/extract/read';
import { corpusPages, ROOT } from '../eval/corpus';
import { quoteMatches } from '../eval/score-pages';
import { appositive, countRoleHeads } from './role-heads';
import { DEFAULT_FIT, fit, loss, type Example } from './fit';
import { pageExamples, textExamples, type ExampleStats, type GoldSource, type TextDocument } from './examples';
import { gunzipSync } from 'node:zlib';

const WEIGHTS_FILE = join(ROOT, 'src/data/attribution-weights.json');

interface Spans {
  spans: [number, number][];
  text: string;
}

function polnearDocuments(): TextDocument[] {
  const lines = gunzipSync(readFileSync(join(ROOT, 'test/quotes-gold/polnear/polnear_train.jsonl.gz'))).toString('utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as { text: string; attributions: { content_has_quote_marks?: boolean; content: Spans[]; source: Spans[] }[] };
      return {
        text: d.text,
        quotations: d.attributions
          .filter((a) => a.content_has_quote_marks)
          .map((a) => ({
            content: a.content.flatMap((c) => c.spans),
            source: { spans: a.source.flatMap((s) => s.spans), text: a.source.map((s) => s.text).join(' ') } satisfies GoldSource,
          })),
      };
    });
}

function wikinewsDocuments(): TextDocument[] {
  const lines = gunzipSync(readFileSync(join(ROOT, 'test/quotes-gold/wikinews_de/wikinews_de_train.jsonl.gz'))).toString('utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as { text: string; annotations: { quote: Spans; speaker: Spans }[] };
      return {
        text: d.text,
        quotations: d.annotations.filter((a) => a.quote.spans.length).map((a) => ({ content: a.quote.spans, source: { spans: a.speaker.spans, text: a.speaker.text } })),
      };
    });
}

function pageTrainingExamples(weight: number, stats: ExampleStats): Example[] {
  const examples: Example[] = [];
  for (const page of corpusPages('train')) {
    if (!page.gold.isNewsArticle || !page.gold.quotesLabelled || !page.gold.quotes.length) continue;
    const { dom } = loadPage(join(page.dir, 'source.html'), page.gold.url ?? undefined);
    try {
      const reading = readPage(dom.window.document, page.gold.url, { force: true });
      if (!reading.quoteText) continue;
      examples.push(...pageExamples(reading.quoteText.paragraphs, page.gold.quotes, quoteMatches, weight, stats));
    } finally {
      dom.window.close();
    }
  }
  return examples;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const polnear = polnearDocuments();

// 1. Role heads counted on the train splits (the role reader uses them, so the weights are fitted
// in a second run of this script, which loads the file just written).
if (!process.argv.includes('--weights-only')) {
  const descriptions = [
    ...corpusPages('train').flatMap((p) => (p.gold.quotesLabelled ? p.gold.quotes.flatMap((q) => (q.role ? [q.role] : [])) : [])),
    ...polnear.flatMap((d) => d.quotations.flatMap((q) => appositive(q.source.text) ?? [])),
  ];
  // nouns the lexicon already knows as organisations or documents head an institution's
  // description ("the company", "a statement"), not a person's
  const lexicon = JSON.parse(readFileSync(join(ROOT, 'src/data/quote-lexicon.json'), 'utf8')) as { orgWords: string[]; documentNouns: { en: string[] } };
  const notPersonHeads = new Set([...lexicon.orgWords, ...lexicon.documentNouns.en].map((w) => w.toLowerCase()));
  const heads = countRoleHeads(descriptions, 2).filter((h) => !notPersonHeads.has(h));
  const file = join(ROOT, 'src/data/role-heads.json');
  writeFileSync(file, JSON.stringify({ source: 'Counted by `npm run train` (scripts/train/role-heads.ts) on the train splits: the head noun of every labelled role in test/corpus train and of every "Name, description," appositive in PolNeAR train source spans, kept when seen at least twice and not an organisation or document noun of quote-lexicon.json. Single nouns only; no text of the corpora.', date: new Date().toISOString().slice(0, 10), heads }, null, 1) + '\n');
  console.log(`wrote ${file} (${heads.length} role heads)`);
  const second = spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), 'scripts/train/main.ts', '--weights-only', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exit(second.status ?? 1);
}

// 2. The scorer's weights.
const options = { ...DEFAULT_FIT, l2: Number(arg('--l2') ?? DEFAULT_FIT.l2), epochs: Number(arg('--epochs') ?? DEFAULT_FIT.epochs) };
const corpusWeights = { polnear: 1, wikinews: 2, pages: 3 };
const sets: { name: string; examples: Example[]; stats: ExampleStats }[] = [];
const run = (name: string, make: (s: ExampleStats) => Example[]) => {
  const stats = { quotes: 0, matched: 0, reachable: 0 };
  sets.push({ name, examples: make(stats), stats });
};
const t0 = performance.now();
run('polnear train', (s) => polnear.flatMap((d) => textExamples(d, corpusWeights.polnear, s)));
run('wikinews_de train', (s) => wikinewsDocuments().flatMap((d) => textExamples(d, corpusWeights.wikinews, s)));
run('pages train', (s) => pageTrainingExamples(corpusWeights.pages, s));
for (const s of sets)
  console.log(`${s.name}: ${s.stats.quotes} quotes found, ${s.stats.matched} in a gold quotation, ${s.stats.reachable} with a candidate standing for the gold source (${s.examples.length} examples)`);
const all = sets.flatMap((s) => s.examples);
const weights = fit(all, options);
console.log(`fitted ${weights.size} features on ${all.length} examples in ${((performance.now() - t0) / 1000).toFixed(1)} s; training loss ${loss(all, weights).toFixed(3)}`);

if (!process.argv.includes('--dry-run')) {
  const previous = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as { threshold?: number };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  const rounded = Object.fromEntries([...weights].filter(([, v]) => Math.abs(v) >= 0.005).map(([f, v]) => [f, Math.round(v * 1000) / 1000]));
  const out = {
    source:
      'Fitted by `npm run train` (scripts/train/) on the train splits only: PolNeAR train (networkdynamics/PolNeAR @ c3eee83, research corpus, texts © publishers), German Wikinews train (uhh-lt/german-news-quotation-attribution-2024 @ 74e7bd6, CC BY-NC-SA 4.0: these numbers are derived from it and carry its licence and attribution) and the train split of test/corpus. No text from them is in this file.',
    fittedAt: commit,
    date: new Date().toISOString().slice(0, 10),
    examples: Object.fromEntries(sets.map((s) => [s.name, s.examples.length])),
    corpusWeights,
    fit: options,
    threshold: Number(arg('--threshold') ?? previous.threshold ?? 0),
    weights: rounded,
  };
  writeFileSync(WEIGHTS_FILE, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${WEIGHTS_FILE} (${Object.keys(rounded).length} weights)`);
}
