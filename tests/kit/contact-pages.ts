/**
 * The size every `getAll` of the contacts store asked for while recording (undefined: the whole store):
 * a list drawn from the whole book should read it a page at a time.
 */
export function recordContactPages(): { sizes: (number | undefined)[]; stop(): void } {
  const getAll = IDBObjectStore.prototype.getAll;
  const sizes: (number | undefined)[] = [];
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    if (this.name === 'contacts') sizes.push(args[1]);
    return getAll.apply(this, args);
  };
  return {
    sizes,
    stop: () => {
      IDBObjectStore.prototype.getAll = getAll;
    },
  };
}

/** Whether every read of a recording was a page of at most `size`, and there were at least `atLeast`. */
export const readInPages = (sizes: readonly (number | undefined)[], atLeast: number, size = 500) =>
  sizes.length >= atLeast && sizes.every((n) => n !== undefined && n <= size);
