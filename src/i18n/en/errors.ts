/** Messages of the errors namespace. */
export const errors = {} as const;
