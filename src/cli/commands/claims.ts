/**
 * `contrapeso claims FILE… [--json | --format claimreview] [--lang es|en] [--date D]`: finds the
 * procedural and numeric claims in articles and judges them against the rules and the record.
 * `-` reads stdin. A folder or several files run as a corpus: a progress bar on stderr and a summary
 * table.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { checkArticle, type ArticleReport, VERDICTS } from '../../claims/index.js';
import { MAX_INPUT_BYTES, type ArticleLang } from '../../claims/input.js';
import { loadClaimsRecord } from '../../claims/record.js';
import { renderReport, toClaimReview, toJson } from '../../claims/report.js';
import { InputError, issue } from '../../lib/issues.js';
import { table, type Io } from '../io.js';

interface ClaimsOpts {
  json?: boolean;
  format?: string;
  lang?: string;
  date?: string;
  record?: string;
}

const ARTICLE_EXT = /\.(txt|md|markdown|html?|xhtml)$/i;

async function expand(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      throw new InputError([
        issue(
          'invalid_value',
          `cannot read ${p}: ${(e as Error).message}`,
          `no se puede leer ${p}: ${(e as Error).message}`,
          { file: p },
        ),
      ]);
    }
    if (st.isDirectory()) {
      for (const f of (await readdir(p)).sort())
        if (ARTICLE_EXT.test(f) && !/^readme\./i.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

async function readArticle(io: Io, file: string): Promise<string | Uint8Array> {
  if (file === '-') return io.readStdin();
  const st = await stat(file);
  if (st.size > MAX_INPUT_BYTES)
    throw new InputError([
      issue(
        'invalid_value',
        `${file} is ${st.size} bytes, more than the limit of ${MAX_INPUT_BYTES}`,
        `${file} tiene ${st.size} bytes, más que el límite de ${MAX_INPUT_BYTES}`,
        { file, field: 'input.size' },
      ),
    ]);
  return new Uint8Array(await readFile(file));
}

export function register(program: Command, io: Io): void {
  program
    .command('claims')
    .description(
      'find the procedural and numeric claims in articles (text, HTML, Markdown; es/en) and judge them',
    )
    .argument('[files...]', 'article files or folders, or - for stdin', ['-'])
    .option('--json', 'machine-readable output')
    .option('--format <format>', 'output format: text, json or claimreview (schema.org JSON-LD)')
    .option('--lang <lang>', 'language of the article and the report: es or en (default: detected)')
    .option('--date <date>', "the article's date, YYYY-MM-DD (default: detected from the text)")
    .option(
      '--record <dir>',
      'judge against a record folder laid out as data/peru (default: the embedded record)',
    )
    .action(async (files: string[], opts: ClaimsOpts) => {
      const format = opts.json ? 'json' : (opts.format ?? 'text');
      if (!['text', 'json', 'claimreview'].includes(format))
        throw new InputError([
          issue(
            'invalid_value',
            `--format must be text, json or claimreview, got ${format}`,
            `--format debe ser text, json o claimreview, se recibió ${format}`,
            { field: 'format' },
          ),
        ]);
      if (opts.lang !== undefined && opts.lang !== 'es' && opts.lang !== 'en')
        throw new InputError([
          issue(
            'invalid_value',
            `--lang must be es or en, got ${opts.lang}`,
            `--lang debe ser es o en, se recibió ${opts.lang}`,
            { field: 'lang' },
          ),
        ]);
      const lang = opts.lang as ArticleLang | undefined;
      const record = opts.record ? loadClaimsRecord(opts.record) : undefined;
      const list = await expand(files.length ? files : ['-']);
      const corpus = list.length > 1;
      const reports: { file: string; report?: ArticleReport; error?: string }[] = [];
      const bar = corpus
        ? new cliProgress.SingleBar(
            {
              stream: process.stderr,
              noTTYOutput: true,
              notTTYSchedule: 2000,
              format: 'claims {bar} {value}/{total} {file}',
              hideCursor: false,
            },
            cliProgress.Presets.shades_classic,
          )
        : null;
      bar?.start(list.length, 0, { file: '' });
      for (const file of list) {
        try {
          const input = await readArticle(io, file);
          reports.push({
            file,
            report: checkArticle(input, {
              lang,
              date: opts.date,
              record,
              name: file === '-' ? '<stdin>' : file,
            }),
          });
        } catch (e) {
          if (!corpus || !(e instanceof InputError)) {
            bar?.stop();
            throw e;
          }
          reports.push({ file, error: e.format(lang ?? 'en') });
        }
        bar?.increment(1, { file });
      }
      bar?.stop();
      const ok = reports.filter((r) => r.report) as { file: string; report: ArticleReport }[];
      if (format === 'json')
        io.out(JSON.stringify(corpus ? ok.map((r) => toJson(r.report)) : toJson(ok[0]!.report), null, 2));
      else if (format === 'claimreview')
        io.out(
          JSON.stringify(
            corpus
              ? ok.map((r) => toClaimReview(r.report, { lang }))
              : toClaimReview(ok[0]!.report, { lang }),
            null,
            2,
          ),
        );
      else {
        const out = ok.map((r) => renderReport(r.report, lang ?? r.report.article.lang));
        io.out(out.join('\n\n'));
      }
      if (corpus) {
        const rows = reports.map((r) =>
          r.report
            ? [
                r.file,
                r.report.article.date ?? '?',
                r.report.article.lang,
                r.report.claims.length,
                ...VERDICTS.map((v) => r.report!.summary[v]),
              ]
            : [r.file, 'error', '', '', r.error ?? '', '', '', ''],
        );
        io.err(table(rows, ['file', 'date', 'lang', 'claims', ...VERDICTS]));
      }
    });
}
