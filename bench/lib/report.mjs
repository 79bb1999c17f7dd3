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
    const budget =
      m.budget === null ? 'report' : `${m.budget}${m.floor_factor ? ` or ≤ ${m.floor_factor}× floor` : ''}`;
    const ratio = m.ratio === null ? '—' : `${m.ratio}×`;
    const verdict = m.pass === null ? 'n/a' : m.pass ? 'pass' : '**MISS**';
    const value = m.pass === null && m.value === null ? 'n/a' : show(m.value);
    return `| ${name} | ${value} | ${m.unit} | ${budget} | ${show(m.baseline)} | ${ratio} | ${verdict} | ${m.note ?? ''} |`;
  });
  return [
    `Chromium ${results.chromium} · ${results.date} · ${results.scale.contacts.toLocaleString('en')} contacts, ${results.scale.interactions.toLocaleString('en')} interactions`,
    '',
    // floor: the bare operation the metric rests on, measured in the same run (see bench/README.md).
    '| metric | value | unit | budget | floor | ratio to floor | result | note |',
    '|---|---:|---|---|---:|---:|---|---|',
    ...rows,
  ].join('\n');
}
