/** Messages of the presets namespace. */
export const presets = {} as const;
