/**
 * Draws one arm's picture on a canvas: the probability field, the slice's line, the training points
 * (mistakes crossed out) and, for the mixup arm, the mixed pairs of its latest batch.
 */
import type { Point, ToyDatasetSpec } from '../../toy/datasets';
import { GRID_SIZE, type MixedPair } from '../../toy/run';
import { blend, classColour, paintField, rgbText } from './classColours';

export interface BoundaryDrawing {
  spec: ToyDatasetSpec;
  /** GRID_SIZE² cells × K probabilities, or null before any training: the points alone. */
  grid: Float32Array | null;
  x: Float32Array;
  labels: Uint8Array;
  /** The arm's class for each training point, when it belongs to these points. */
  predicted: Uint8Array | null;
  pairs: readonly MixedPair[];
}

/** Reused between frames: the field is drawn at GRID_SIZE² and scaled up by the canvas. */
let field: HTMLCanvasElement | null = null;

function fieldCanvas(grid: Float32Array, numClasses: number): HTMLCanvasElement {
  field ??= Object.assign(document.createElement('canvas'), { width: GRID_SIZE, height: GRID_SIZE });
  const context = field.getContext('2d');
  if (!context) return field;
  const image = context.createImageData(GRID_SIZE, GRID_SIZE);
  paintField(grid, numClasses, image.data);
  context.putImageData(image, 0, 0);
  return field;
}

/**
 * A training point's outline: a circle, a square or a triangle by class, so a point reads as its class
 * on a field of its own colour, and without telling colours apart.
 */
function tracePoint(context: CanvasRenderingContext2D, label: number, x: number, y: number, radius: number): void {
  context.beginPath();
  if (label === 0) {
    context.arc(x, y, radius, 0, 2 * Math.PI);
  } else if (label === 1) {
    const half = radius * 0.9;
    context.rect(x - half, y - half, 2 * half, 2 * half);
  } else {
    const r = radius * 1.25;
    context.moveTo(x, y - r);
    context.lineTo(x + r * 0.866, y + r / 2);
    context.lineTo(x - r * 0.866, y + r / 2);
    context.closePath();
  }
}

export function drawBoundary(canvas: HTMLCanvasElement, drawing: BoundaryDrawing): void {
  const size = canvas.clientWidth;
  const scale = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(size * scale)) {
    canvas.width = Math.round(size * scale);
    canvas.height = Math.round(size * scale);
  }
  const context = canvas.getContext('2d');
  if (!context || size === 0) return;
  context.setTransform(scale, 0, 0, scale, 0, 0);
  const { extent, numClasses, slice } = drawing.spec;
  const toScreen = ([x, y]: Point): Point => [
    ((x + extent) / (2 * extent)) * size,
    ((extent - y) / (2 * extent)) * size,
  ];

  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  if (drawing.grid) {
    context.imageSmoothingEnabled = true;
    context.drawImage(fieldCanvas(drawing.grid, numClasses), 0, 0, size, size);
  }

  // The slice plot's line, over the same span as the plot (half the class distance past each end).
  const along = (t: number): Point =>
    toScreen([slice.from[0] + t * (slice.to[0] - slice.from[0]), slice.from[1] + t * (slice.to[1] - slice.from[1])]);
  context.setLineDash([4, 4]);
  context.strokeStyle = 'rgba(15, 23, 42, 0.55)';
  context.lineWidth = 1.5;
  context.beginPath();
  context.moveTo(...along(-0.5));
  context.lineTo(...along(1.5));
  context.stroke();
  context.setLineDash([]);

  const radius = Math.max(3, size / 90);
  for (let i = 0; i < drawing.labels.length; i++) {
    const [sx, sy] = toScreen([drawing.x[2 * i] ?? 0, drawing.x[2 * i + 1] ?? 0]);
    const label = drawing.labels[i] ?? 0;
    tracePoint(context, label, sx, sy, radius);
    context.fillStyle = rgbText(classColour(label));
    context.fill();
    // Dark rim inside a white halo: a point stays visible on a field of its own colour.
    context.lineWidth = 3;
    context.strokeStyle = '#ffffff';
    context.stroke();
    context.lineWidth = 1.25;
    context.strokeStyle = '#0f172a';
    context.stroke();
    if (drawing.predicted && drawing.predicted[i] !== label) {
      const arm = radius + 3;
      context.strokeStyle = '#0f172a';
      context.lineWidth = 2;
      context.beginPath();
      context.moveTo(sx - arm, sy - arm);
      context.lineTo(sx + arm, sy + arm);
      context.moveTo(sx + arm, sy - arm);
      context.lineTo(sx - arm, sy + arm);
      context.stroke();
    }
  }

  for (const pair of drawing.pairs) {
    const from = toScreen(pair.from);
    const to = toScreen(pair.to);
    context.strokeStyle = 'rgba(15, 23, 42, 0.7)';
    context.lineWidth = 1.25;
    context.beginPath();
    context.moveTo(...from);
    context.lineTo(...to);
    context.stroke();
    const mx = pair.lambda * from[0] + (1 - pair.lambda) * to[0];
    const my = pair.lambda * from[1] + (1 - pair.lambda) * to[1];
    const colour = blend(classColour(pair.fromLabel), classColour(pair.toLabel), pair.lambda);
    const half = radius + 1.5;
    context.beginPath();
    context.moveTo(mx, my - half);
    context.lineTo(mx + half, my);
    context.lineTo(mx, my + half);
    context.lineTo(mx - half, my);
    context.closePath();
    context.fillStyle = rgbText(colour);
    context.fill();
    context.strokeStyle = '#0f172a';
    context.lineWidth = 1.25;
    context.stroke();
  }
}
