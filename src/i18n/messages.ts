/** A catalogue's shape with every message a string, so a translation is checked key by key against English. */
export type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
