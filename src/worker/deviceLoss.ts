import { t } from '../i18n/i18n';
import * as tf from '@tensorflow/tfjs';
import type { BackendName } from '../contract/protocol';

/** The part of TF.js's WebGPU backend we need: its GPUDevice's `lost` promise. */
interface WebGpuBackendLike {
  device?: { lost?: Promise<{ reason?: string; message?: string }> };
}

/**
 * A GPU device can be lost at any time (driver reset, another tab hogging memory, the OS reclaiming
 * it). TF.js does not surface that, so we watch the device ourselves and turn it into an error the
 * page can show.
 */
export function watchDeviceLoss(backend: BackendName, onLost: (message: string) => void): void {
  if (backend !== 'webgpu') return;
  const lost = (tf.backend() as unknown as WebGpuBackendLike).device?.lost;
  void lost?.then((info) => {
    if (info.reason === 'destroyed') return;
    onLost(
      info.message ? t('errors:worker.deviceLostWithReason', { reason: info.message }) : t('errors:worker.deviceLost'),
    );
  });
}
