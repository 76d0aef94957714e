/** Messages of the runs namespace. */
export const runs = {} as const;
