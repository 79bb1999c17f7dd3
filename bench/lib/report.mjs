// bench/results/latest.json and the Markdown table printed at the end of a run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const show = (n) => (n === null || n === undefined ? '—' : String(n));

export function writeResults(file, results) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export function markdownTable(results) {
  const rows = Object.entries(results.metrics).map(([name, m]) => {
    const budget = m.budget === null ? 'report' : String(m.budget);
    const ratio = m.ratio === null ? '—' : `${m.ratio}×`;
    const verdict = m.pass ? 'pass' : '**MISS**';
    return `| ${name} | ${show(m.value)} | ${m.unit} | ${budget} | ${show(m.baseline)} | ${ratio} | ${verdict} | ${m.note ?? ''} |`;
  });
  return [
    `Chromium ${results.chromium} · ${results.date} · ${results.scale.contacts.toLocaleString('en')} contacts, ${results.scale.interactions.toLocaleString('en')} interactions`,
    '',
    '| metric | value | unit | budget | baseline | ratio | result | note |',
    '|---|---:|---|---|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}
