/**
 * A chart as a PNG: its SVG drawn on a canvas at twice its size, on white, under its caption. An SVG
 * drawn as an image sees none of the page's CSS, so the styles CSS gives its elements are copied onto
 * them first.
 */
import { t } from '../../i18n/i18n';

const SCALE = 2;
const STYLED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
] as const;

function inlineStyles(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  const style = STYLED.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
  copy.setAttribute('style', `${style};${copy.getAttribute('style') ?? ''}`);
  for (let i = 0; i < original.children.length; i++) {
    const from = original.children[i];
    const to = copy.children[i];
    if (from && to) inlineStyles(from, to);
  }
}

/** The caption's words, without the chart's own buttons and messages. */
function captionOf(figure: HTMLElement): string {
  const caption = figure.querySelector('figcaption')?.cloneNode(true);
  if (!(caption instanceof HTMLElement)) return '';
  caption.querySelectorAll('button, [role="alert"]').forEach((element) => element.remove());
  return caption.textContent?.trim() ?? '';
}
const CAPTION_HEIGHT = 28;
const PADDING = 12;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(t('png.notAnImage')));
    image.src = url;
  });
}

export interface LegendEntry {
  label: string;
  colour: string;
  dashed?: boolean;
}

/** Draws the legend right-aligned on the caption's line: a short line in each entry's colour, then its label. */
function drawLegend(context: CanvasRenderingContext2D, legend: readonly LegendEntry[], right: number, y: number): void {
  context.font = '600 12px system-ui, sans-serif';
  let x = right;
  for (const entry of [...legend].reverse()) {
    x -= context.measureText(entry.label).width;
    context.fillStyle = '#334155';
    context.fillText(entry.label, x, y);
    x -= 26;
    context.strokeStyle = entry.colour;
    context.lineWidth = 3;
    context.setLineDash(entry.dashed ? [5, 3] : []);
    context.beginPath();
    context.moveTo(x, y - 4);
    context.lineTo(x + 20, y - 4);
    context.stroke();
    x -= 14;
  }
  context.setLineDash([]);
}

/** The figure's picture: a canvas as it is, or an SVG chart drawn as an image with its styles inlined. */
async function pictureOf(figure: HTMLElement): Promise<{ image: CanvasImageSource; width: number; height: number }> {
  const canvas = figure.querySelector('canvas');
  if (canvas) {
    const { width, height } = canvas.getBoundingClientRect();
    return { image: canvas, width, height };
  }
  const svg = figure.querySelector('svg');
  if (!svg) throw new Error(t('png.nothingDrawn'));
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const source = new XMLSerializer().serializeToString(copy);
  return { image: await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`), width, height };
}

/** The chart in `figure` as PNG bytes, with its caption and, where the chart needs one, its legend. */
export async function chartToPng(figure: HTMLElement, legend: readonly LegendEntry[] = []): Promise<Blob> {
  const { image, width, height } = await pictureOf(figure);

  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil((width + 2 * PADDING) * SCALE);
  canvas.height = Math.ceil((height + CAPTION_HEIGHT + 2 * PADDING) * SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('png.noCanvas'));
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#0f172a';
  context.font = '600 14px system-ui, sans-serif';
  context.fillText(captionOf(figure), PADDING, PADDING + 14);
  drawLegend(context, legend, width + PADDING, PADDING + 14);
  context.drawImage(image, PADDING, PADDING + CAPTION_HEIGHT, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('png.notEncoded')))), 'image/png'),
  );
}
