/** Messages of the explore namespace. */
export const explore = {} as const;
