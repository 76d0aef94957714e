/** The page's tabs, in order. Plain data, so the URL schema can list them without loading a store. */
export const PANEL_NAMES = ['explore', 'train', 'sweep', 'runs', 'toy'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];
