// Builds public/data/iss-tle-history.txt: the ISS's own element sets through the story, one a day where the
// reference has them (1998-11 … 2004-12, 2021-01 … 2022-03, 2024-12 … 2025-07) plus the real sets near the
// other tour instants (2007, 2009, 2020, 2022–2025). Reads ../shared/reference/tle-history at BUILD time only
// (a developer runs it; the output is committed); the app loads the output lazily, when the simulated
// instant is far from every bundled set (src/app/loadData.ts).
//
// Usage: node scripts/build-tle-history.mjs [sharedReferenceDir]
// Each set is checked (line length, checksums, fields) by the app's own parser; duplicates are dropped; the
// output is two element lines per set, sorted by epoch, under a header naming the sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const REF = process.argv[2] ?? '../shared/reference/tle-history';
const OUT = 'public/data/iss-tle-history.txt';
const { module: tleModule } = await runnerImport('./src/astro/tle.ts');
const { parseTle } = tleModule;

const daily = readFileSync(join(REF, 'iss-daily.txt'), 'utf8');
const header = daily.split('\n').filter((l) => l.startsWith('#'));
const lines = daily.split('\n').map((l) => l.trimEnd()).filter((l) => l && !l.startsWith('#'));
const sets = [];
for (let i = 0; i < lines.length; i++) {
  if (!lines[i].startsWith('1 ')) continue;
  sets.push({ line1: lines[i], line2: lines[i + 1], source: 'iss-daily.txt' });
}
const near = JSON.parse(readFileSync(join(REF, 'near-tour-instants.json'), 'utf8'));
for (const e of near.entries) {
  if (e.noradId === 25544 && e.checksumOk) sets.push({ line1: e.line1, line2: e.line2, source: e.source });
}

const seen = new Set();
const good = [];
for (const s of sets) {
  const parsed = parseTle(`${s.line1}\n${s.line2}`);
  if (!parsed.ok) throw new Error(`${s.source}: ${s.line1}: ${parsed.error}`);
  if (Number(parsed.tle.catalogNumber) !== 25544 || seen.has(s.line1)) continue;
  seen.add(s.line1);
  good.push(parsed.tle);
}
good.sort((a, b) => a.epochMs - b.epochMs);
const nearSources = [...new Set(near.entries.filter((e) => e.noradId === 25544 && e.checksumOk).map((e) => e.source))];
const text = [
  '# The ISS (NORAD 25544) element history, real sets only, sorted by epoch (built by scripts/build-tle-history.mjs).',
  `# ${good.length} sets from ${new Date(good[0].epochMs).toISOString().slice(0, 10)} to ${new Date(good.at(-1).epochMs).toISOString().slice(0, 10)}; gaps are real gaps in the sources.`,
  '# From the project reference tle-history/iss-daily.txt, whose header says:',
  ...header.map((l) => `#   ${l.replace(/^#\s?/, '')}`),
  '# and tle-history/near-tour-instants.json (each set checked with python-sgp4 near its instant), sources:',
  ...nearSources.map((s) => `#   ${s}`),
  ...good.flatMap((t) => [t.line1, t.line2]),
  '',
].join('\n');
writeFileSync(OUT, text);
console.log(`${OUT}: ${good.length} sets, ${text.length} bytes`);
