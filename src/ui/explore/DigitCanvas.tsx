import { useEffect, useRef } from 'react';
import { putGrey } from './greyPixels';

interface DigitCanvasProps {
  /** One image, row-major, 0 = background and 255 = full ink (MNIST's convention). */
  pixels: Uint8Array;
  width: number;
  height: number;
  label: string;
  testId?: string;
}

/**
 * Draws a digit at its true resolution, one canvas pixel per image pixel; CSS scales it up with
 * `image-rendering: pixelated`, so what you see is exactly the data the network sees.
 */
export function DigitCanvas({ pixels, width, height, label, testId }: DigitCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    putGrey(image, pixels, width, height);
    context.putImageData(image, 0, 0);
  }, [pixels, width, height]);

  return (
    <canvas
      ref={canvasRef}
      className="digit"
      width={width}
      height={height}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
