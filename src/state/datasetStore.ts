import { create } from 'zustand';
import { DataLoadError, loadMnistSplit, type MnistSplit } from '../data/loadMnist';
import { t } from '../i18n/i18n';
import { DATA_URL } from './dataUrl';

export interface DatasetError {
  message: string;
  hint: string;
}

interface DatasetState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadedBytes: number;
  totalBytes: number;
  testSet: MnistSplit | null;
  error: DatasetError | null;
  loadTestSet: () => Promise<void>;
}

function describeFailure(error: unknown): DatasetError {
  if (error instanceof DataLoadError) return { message: error.message, hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  return { message: t('errors:page.digitsFailed', { message }), hint: t('errors:page.reloadHint') };
}

/**
 * The test split, loaded once on the main thread: the Explore panel draws and blends these digits
 * directly, without a round-trip to the training worker.
 */
export const useDatasetStore = create<DatasetState>()((set, get) => ({
  status: 'idle',
  loadedBytes: 0,
  totalBytes: 0,
  testSet: null,
  error: null,
  loadTestSet: async () => {
    if (get().status === 'loading' || get().status === 'ready') return;
    set({ status: 'loading', loadedBytes: 0, totalBytes: 0, error: null });
    try {
      const testSet = await loadMnistSplit('test', {
        baseUrl: DATA_URL,
        onProgress: (loadedBytes, totalBytes) => set({ loadedBytes, totalBytes }),
      });
      set({ status: 'ready', testSet });
    } catch (error) {
      set({ status: 'error', error: describeFailure(error) });
    }
  },
}));
