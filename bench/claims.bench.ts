/**
 * Claim checker throughput on a generated corpus (es/en articles built from templates with seeded
 * random figures, names and filler prose), in MB/s on one core, and as a ratio to a plain scan of the
 * same bytes that only counts digits and a few keywords. Goal (issue 6): ≥ 2 MB/s per core.
 * Run: `npm run bench -- claims`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticle } from '../src/claims/index.js';
import { loadClaimsRecord } from '../src/claims/record.js';
import { median, ratio, rng, time } from './harness.js';

const EN = [
  'Congress voted {n} in favour, {m} against and {k} abstentions to remove {p}.',
  'The motion was rejected by {n} votes to {m} on {date}.',
  'Removing the president needs two-thirds of Congress, or 87 votes, under Article 113.',
  'Over {n} protesters have died and hundreds more have been injured since {date}.',
  'Critics called it a coup, and {p} an usurper leading an illegitimate regime.',
  'The government declared a state of emergency in {n} regions this week.',
  '{p} won the second round by {n},000 votes.',
  'Analysts said the political climate remained tense as parties negotiated in the capital.',
  'Markets were calm, and most shops in the city centre opened as usual on Monday morning.',
  'In just {n} weeks after taking office, the minister resigned.',
];
const ES = [
  'El Congreso aprobó la vacancia con {n} votos a favor, {m} en contra y {k} abstenciones.',
  'La moción fue rechazada por {n} votos contra {m} el {dd} de diciembre de 2022.',
  'Para vacar al presidente se necesitan 87 votos, dos tercios del número legal.',
  'Hubo más de {n} muertos y cientos de heridos en las protestas.',
  'Sus opositores la llaman usurpadora y denuncian un golpe de Estado y una dictadura.',
  'El Gobierno declaró el estado de emergencia en {n} regiones esta semana.',
  'Los analistas dijeron que el clima político seguía tenso mientras las bancadas negociaban.',
  'Los mercados estuvieron tranquilos y la mayoría de tiendas del centro abrieron con normalidad.',
];
const PEOPLE = ['Pedro Castillo', 'Dina Boluarte', 'Keiko Fujimori', 'Guido Bellido'];

function corpus(bytes: number, seed = 7): string[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const es = r() < 0.5;
    const lines: string[] = [es ? 'Lima, 9 de diciembre de 2022' : 'Lima, December 9, 2022'];
    for (let i = 0; i < 40; i++) {
      lines.push(
        pick(es ? ES : EN)
          .replace('{n}', String(1 + Math.floor(r() * 120)))
          .replace('{m}', String(Math.floor(r() * 60)))
          .replace('{k}', String(Math.floor(r() * 20)))
          .replace('{dd}', String(1 + Math.floor(r() * 28)))
          .replace('{date}', es ? '7 de diciembre' : 'December 7')
          .replace('{p}', pick(PEOPLE)),
      );
    }
    const a = lines.join(r() < 0.3 ? '\n\n' : ' ');
    out.push(a);
    size += Buffer.byteLength(a);
  }
  return out;
}

const KEYWORDS = /coup|golpe|votes|votos|against|contra|majority|mayoría|died|muertos/g;
function plainScan(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits + (text.match(KEYWORDS)?.length ?? 0);
}

export default async function run(): Promise<string[]> {
  const record = loadClaimsRecord(join(import.meta.dirname, '..', 'test', 'claims', 'fixtures', 'record'));
  const articles = corpus(8 * 1024 * 1024);
  const mb = articles.reduce((s, a) => s + Buffer.byteLength(a), 0) / (1024 * 1024);
  let claims = 0;
  const check = () => {
    claims = 0;
    for (const a of articles) claims += checkArticle(a, { record }).claims.length;
  };
  const scan = () => {
    for (const a of articles) plainScan(a);
  };
  check(); // warm up
  const tCheck = median([time(check), time(check), time(check)]);
  const tScan = median([time(scan), time(scan), time(scan)]);
  const rate = mb / (tCheck / 1000);
  // Real articles (../shared/articles, when present) repeated to 4 MB: real prose is far less dense in
  // claims than the generated corpus, where nearly every sentence holds one.
  const realDir = join(import.meta.dirname, '..', '..', 'shared', 'articles');
  const real: string[] = [];
  if (existsSync(realDir)) {
    const texts = readdirSync(realDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(realDir, f), 'utf8'));
    let size = 0;
    while (texts.length && size < 4 * 1024 * 1024)
      for (const t of texts) {
        real.push(t);
        size += Buffer.byteLength(t);
      }
  }
  const realMb = real.reduce((s, a) => s + Buffer.byteLength(a), 0) / (1024 * 1024);
  const checkReal = () => {
    for (const a of real) checkArticle(a, { record });
  };
  const tReal = real.length ? median([time(checkReal), time(checkReal), time(checkReal)]) : 0;
  return [
    `corpus: ${articles.length} generated articles, ${mb.toFixed(1)} MB, ${claims} claims`,
    `claims checker: ${tCheck.toFixed(0)} ms, ${rate.toFixed(2)} MB/s per core (goal ≥ 2) ${rate >= 2 ? 'OK' : 'BELOW GOAL'}`,
    `plain scan (digits + keywords): ${tScan.toFixed(0)} ms, ${(mb / (tScan / 1000)).toFixed(1)} MB/s`,
    `checker / plain scan time: ${ratio(tCheck, tScan)}`,
    ...(real.length
      ? [
          `real articles ×${real.length} (${realMb.toFixed(1)} MB): ${(realMb / (tReal / 1000)).toFixed(2)} MB/s per core`,
        ]
      : []),
  ];
}
