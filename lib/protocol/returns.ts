declare const OUTPUT: unique symbol;

/** The declared answer of a verb: a type only, nothing is checked at run time (the background is trusted). */
export interface Returns<T> {
  readonly [OUTPUT]?: T;
}

/** `output: returns<ContactCard>()` declares what a verb answers; its handler must return exactly that type. */
export const returns = <T>(): Returns<T> => ({});

export type Returned<R> = R extends Returns<infer T> ? T : never;
