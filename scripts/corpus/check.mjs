#!/usr/bin/env node
// Validates corpus labels (test/corpus/LABELS.md) without running the engine:
// every field present with its type and vocabulary, and what a label quotes from the page
// (quote texts, bylines, the dateline) printed in the page's text.
//
//   node scripts/corpus/check.mjs [--text DIR] [DIR ...]     (default: test/corpus)
//
// DIR is a corpus folder (holding <id>/gold.json + source.html) or one page folder.
// --text DIR reads <id>.txt rendered by render.mjs as the visible text; otherwise the text
// is the HTML's text content (jsdom), which also holds hidden text, so it checks less.
// Exit 1 with one line per problem.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { checkGold } from './gold-rules.mjs';

const args = process.argv.slice(2);
const textAt = args.indexOf('--text');
const textDir = textAt >= 0 ? args[textAt + 1] : null;
const roots = args.filter((a, i) => i !== textAt && i !== textAt + 1);
if (!roots.length) roots.push('test/corpus');

const pageDirs = roots.flatMap((root) =>
  fs.existsSync(path.join(root, 'gold.json'))
    ? [root]
    : fs
        .readdirSync(root)
        .map((d) => path.join(root, d))
        .filter((d) => fs.existsSync(path.join(d, 'gold.json'))),
);

function pageText(dir, id) {
  const rendered = textDir && path.join(textDir, `${id}.txt`);
  if (rendered && fs.existsSync(rendered)) return fs.readFileSync(rendered, 'utf8');
  const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
  // jsdom's CSS parser throws on some stylesheets a browser ignores; the text does not need them
  const parse = (h) => new JSDOM(h, { virtualConsole: new VirtualConsole() });
  let dom;
  try {
    dom = parse(html);
  } catch {
    dom = parse(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/giu, '').replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/giu, ''));
  }
  const doc = dom.window.document;
  const alts = [...doc.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt')).join('\n');
  const text = `${doc.title}\n${doc.body?.textContent ?? ''}\n${alts}`;
  dom.window.close();
  return text;
}

let problems = 0;
for (const dir of pageDirs.sort()) {
  const id = path.basename(dir);
  let gold;
  try {
    gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  } catch (e) {
    console.log(`${id}: gold.json does not parse: ${e.message}`);
    problems++;
    continue;
  }
  for (const p of checkGold(gold, id, pageText(dir, id))) {
    console.log(`${id}: ${p}`);
    problems++;
  }
}
console.log(`${pageDirs.length} pages checked, ${problems} problem${problems === 1 ? '' : 's'}`);
process.exit(problems ? 1 : 0);
