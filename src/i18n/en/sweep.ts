/** Messages of the sweep namespace. */
export const sweep = {} as const;
