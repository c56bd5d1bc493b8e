/**
 * The shape of a message table. English (`en/`) is the model: every other
 * edition's table has the same keys, a string where English has a string and
 * a function with the same parameters where English has a function (a
 * sentence with figures, counts or plural forms is one function, written as a
 * whole sentence in each language).
 */
/** A translation of the English table T: same keys, same kinds. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Translation<T[K]>;
};
