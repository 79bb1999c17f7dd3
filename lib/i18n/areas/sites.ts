/** Messages of one area of the product; English is the reference, Chinese must have every key. */
export const sitesEn = {} as const;

export const sitesZh: Record<keyof typeof sitesEn, string> = {};
