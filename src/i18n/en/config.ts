/** Messages of the config namespace. */
export const config = {} as const;
