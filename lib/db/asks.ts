/**
 * How many times something has asked for the database. The background's database accessor counts every ask;
 * a long write (an import's commit) ends its transaction at its next batch once the count moves, so whoever
 * asked goes next instead of waiting for the whole transaction.
 */
let asks = 0;

export function askForDatabase(): void {
  asks++;
}

export function databaseAsks(): number {
  return asks;
}
