/** Messages of the toy namespace. */
export const toy = {} as const;
