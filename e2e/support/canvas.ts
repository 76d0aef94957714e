import type { Locator } from '@playwright/test';

/** Reads a digit canvas back as one grey value per pixel (the red channel). */
export async function canvasPixels(canvas: Locator): Promise<number[]> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context) throw new Error('canvas has no 2d context');
    const { data } = context.getImageData(0, 0, element.width, element.height);
    return Array.from({ length: data.length / 4 }, (_, i) => data[4 * i] ?? -1);
  });
}
