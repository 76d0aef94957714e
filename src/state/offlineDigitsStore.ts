import { create } from 'zustand';

/**
 * Whether the digits are saved for offline use. Once the service worker controls the page, any file it has
 * not saved yet (the test set loaded before it took over, the training set a run has not fetched yet) is
 * fetched once through it, so a page opened once can reload and train with the network gone
 * (pwa/offlineDigits.ts follows it and writes here).
 */
export type OfflineDigits = 'unsupported' | 'waiting' | 'saving' | 'saved' | 'failed';

export const useOfflineDigits = create<{ state: OfflineDigits }>(() => ({ state: 'unsupported' }));
