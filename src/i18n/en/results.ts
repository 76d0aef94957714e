/** Messages of the results namespace. */
export const results = {} as const;
