/** Messages of one area of the product; English is the reference, Chinese must have every key. */
export const ioEn = {} as const;

export const ioZh: Record<keyof typeof ioEn, string> = {};
