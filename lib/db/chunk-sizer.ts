/**
 * How many records the next chunk of a long write takes (a pull's apply transaction, a batch of an import's
 * commit), so that it lasts about `targetMs`: a lookup or a log that arrives meanwhile waits about that long
 * for the store. Sized from the last chunk's measured time per record, kept within [min, max].
 */
export class ChunkSizer {
  private size: number;

  constructor(
    private readonly targetMs: number,
    first: number,
    private readonly min: number,
    private readonly max: number,
  ) {
    this.size = first;
  }

  next(): number {
    return this.size;
  }

  /** The chunk of `records` records took `ms`, from opening its transaction to its commit. */
  took(records: number, ms: number): void {
    const perRecord = Math.max(ms, 0.1) / Math.max(records, 1);
    // At most double at a time: one quick chunk (the disk had nothing else to do) says little.
    const wanted = Math.min(this.targetMs / perRecord, this.size * 2);
    this.size = Math.round(Math.min(this.max, Math.max(this.min, wanted)));
  }
}
