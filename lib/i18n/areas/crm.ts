/** Messages of one area of the product; English is the reference, Chinese must have every key. */
export const crmEn = {} as const;

export const crmZh: Record<keyof typeof crmEn, string> = {};
