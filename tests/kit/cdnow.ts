// Loaders for the CDNOW files in the shared data folder beside the repo (never copied into it).
// Tests skip themselves when the folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// This file sits in tests/kit/, three levels below the folder that holds the repo and shared/.
const cdnowFile = (name: string) => fileURLToPath(new URL(`../../../shared/data/cdnow/${name}`, import.meta.url));

export const CDNOW_SUMMARY = cdnowFile('cdnow_customers_summary.csv');
export const CDNOW_SUMMARY_WITH_SPEND = cdnowFile('cdnow_customers_summary_with_transactions.csv');
export const CDNOW_TRANSACTIONS = cdnowFile('CDNOW_sample.txt');
export const hasCdnow = (path: string) => existsSync(path);

function csvRows(path: string): number[][] {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((line) => line.split(',').map(Number));
}

/** cdnow_customers_summary.csv: ID, frequency, recency, T (weeks). */
export function readCdnowSummary(): { id: number; x: number; tx: number; T: number }[] {
  return csvRows(CDNOW_SUMMARY).map(([id = 0, x = 0, tx = 0, T = 0]) => ({ id, x, tx, T }));
}

/** cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar. */
export function readCdnowSummaryWithSpend(): { id: number; x: number; tx: number; T: number; mx: number }[] {
  return csvRows(CDNOW_SUMMARY_WITH_SPEND).map(([id = 0, x = 0, tx = 0, T = 0, mx = 0]) => ({ id, x, tx, T, mx }));
}

/** CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars; dates as UTC midnight. */
export function readCdnowTransactions(): { customerId: string; at: number; amount: number }[] {
  const lines = readFileSync(CDNOW_TRANSACTIONS, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [, sampleId = '', date = '', , dollars = ''] = line.trim().split(/\s+/);
    const at = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8)));
    return { customerId: String(Number(sampleId)), at, amount: Number(dollars) };
  });
}
