/** Messages of the train namespace. */
export const train = {} as const;
