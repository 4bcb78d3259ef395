/**
 * provenance-lens analyze PAGE.html [PAGE2.html …] [--url URL] [--summary] [--validate] [--force]
 *
 * One page: the report as one JSON object. Several: one JSON line per page (JSON Lines).
 * Bad input gives one line on stderr and a non-zero exit; a batch goes on past it.
 */
import { analyzePage } from '../engine';
import { englishMessages } from '../present/messages';
import { provenanceLine, sourcingLine } from '../present/summary';
import { validateReport } from './validate';
import { InputError, loadPage } from './load';
import type { Report } from '../report';

const USAGE = `usage: provenance-lens analyze PAGE.html|ARTICLE.txt [MORE …] [--url URL] [--summary] [--validate] [--force]

  --url URL    the page's address (publisher and registry checks use it); default: the canonical link
  --summary    a short human-readable card instead of JSON
  --validate   check each report against the report schema; exit 1 if one does not conform
  --force      analyse fully even pages that do not look like articles`;

interface Options {
  paths: string[];
  url?: string;
  summary: boolean;
  validate: boolean;
  force: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') return USAGE;
  if (command !== 'analyze') return `unknown command ${JSON.stringify(command ?? '')}\n${USAGE}`;
  const o: Options = { paths: [], summary: false, validate: false, force: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--url') {
      const v = rest[++i];
      if (!v) return '--url needs a value';
      o.url = v;
    } else if (a === '--summary') o.summary = true;
    else if (a === '--validate') o.validate = true;
    else if (a === '--force') o.force = true;
    else if (a.startsWith('--')) return `unknown option ${a}\n${USAGE}`;
    else o.paths.push(a);
  }
  if (!o.paths.length) return `no page given\n${USAGE}`;
  return o;
}

export function summaryCard(r: Report): string {
  const t = englishMessages;
  const lines = [
    r.title ?? '(untitled)',
    r.isArticle ? provenanceLine(r, t) : "This page doesn't look like a news article.",
  ];
  if (r.bylines.length) lines.push(`By ${r.bylines.join(', ')}`);
  if (r.published) lines.push(`Published ${r.published}${r.modified && r.modified !== r.published ? ` · updated ${r.modified}` : ''}`);
  for (const b of r.badges) lines.push(`Badge: ${b.name} — ${t(`badgeStatus_${b.status.replace(/-/g, '_')}`, [b.asOf ?? '?'])}`);
  if (r.isArticle) lines.push(sourcingLine(r, t));
  for (const p of r.people.slice(0, 8)) {
    const desc = [p.roles[0], p.orgs[0]].filter(Boolean).join(', ');
    lines.push(`  ${p.name}${desc ? ` (${desc})` : ''}: ${p.quoteIds.length} quote${p.quoteIds.length === 1 ? '' : 's'}`);
  }
  if (r.truncated) lines.push('(analysis stopped at its work budget: partial results)');
  return lines.join('\n');
}

/**
 * jsdom tears a page down recursively, so a page nested thousands deep overflows the stack in
 * `close()` after the analysis succeeded: the finished report must not be thrown away for it.
 */
function closeQuietly(dom: { window: { close(): void } }): void {
  try {
    dom.window.close();
  } catch {
    /* the window goes with the process */
  }
}

export function main(argv: string[]): number {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    (parsed === USAGE ? process.stdout : process.stderr).write(parsed + '\n');
    return parsed === USAGE ? 0 : 2;
  }
  let failures = 0;
  const several = parsed.paths.length > 1;
  parsed.paths.forEach((path, i) => {
    try {
      const { dom, kind } = loadPage(path, parsed.url);
      // A .txt file is an article by declaration: there is no page structure to judge it by.
      const report = analyzePage(dom.window.document, parsed.url ?? null, { force: parsed.force || kind === 'text' });
      closeQuietly(dom);
      if (parsed.validate) {
        const problems = validateReport(report);
        if (problems.length) {
          failures++;
          process.stderr.write(`${path}: report does not match the schema: ${problems.slice(0, 3).join('; ')}\n`);
        }
      }
      if (parsed.summary) process.stdout.write((i ? '\n' : '') + summaryCard(report) + '\n');
      else process.stdout.write(JSON.stringify(report, null, several ? undefined : 2) + '\n');
    } catch (e) {
      failures++;
      const message = e instanceof InputError ? e.message : `${path}: analysis failed: ${e instanceof Error ? e.message : String(e)}`;
      process.stderr.write(`provenance-lens: ${message.split('\n')[0]}\n`);
    }
  });
  return failures ? 1 : 0;
}
