/**
 * The import graph of src/: no circles, and every arrow points down the layers. Read from the source
 * with TypeScript's own pre-processor (comments and strings are not imports); test files are left out,
 * since a Node test may load TF.js to check what the page only receives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * The layers, top to bottom, one folder each: a file imports only its own layer and the layers after it.
 * The page runs `ui`, `pwa` (the service worker and what the page knows of its caches), `state` (stores),
 * `views` (what the panels show, derived from what the stores hold: plain functions, no store, no React),
 * `client` (the page's handles on its workers), `export` and `storage`; `contract` is what the page and the
 * training worker share (settings, protocol, reports, presets, sweep plan: no TF.js); `toy` the 2-D panel's
 * pure data, MLP, paired run and plain-JS worker. `worker`, the training worker (TF.js and our kernels), stands
 * beside the page: it imports `contract` and what lies below it, and nothing outside it imports it.
 */
const LAYERS = [
  'ui',
  'pwa',
  'state',
  'views',
  'client',
  'export',
  'storage',
  'contract',
  'toy',
  'data',
  'mixup',
  'i18n',
] as const;
type Layer = (typeof LAYERS)[number] | 'worker';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  return (
    [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (path) => /\.tsx?$/.test(path) && existsSync(path),
    ) ?? null
  );
}

const files = sourceFiles(SRC);
const name = (path: string): string => relative(SRC, path);
const specifiers = new Map(
  files.map((file) => [
    file,
    ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName),
  ]),
);
const edges = new Map(
  files.map((file) => [file, (specifiers.get(file) ?? []).flatMap((s) => resolveImport(file, s) ?? [])]),
);

/** Files that load TF.js, themselves or through what they import. */
const loadsTfjs = new Set<string>();
for (let grew = true; grew;) {
  grew = false;
  for (const file of files) {
    if (loadsTfjs.has(file)) continue;
    const direct = (specifiers.get(file) ?? []).some((s) => s.startsWith('@tensorflow/'));
    if (direct || (edges.get(file) ?? []).some((to) => loadsTfjs.has(to))) {
      loadsTfjs.add(file);
      grew = true;
    }
  }
}

function layerOf(file: string): Layer {
  const top = name(file).split('/')[0] ?? '';
  if (top === 'main.tsx') return 'ui';
  if (top === 'worker') return 'worker';
  if ((LAYERS as readonly string[]).includes(top)) return top as Layer;
  throw new Error(`${name(file)} is in no layer; add its folder to LAYERS`);
}

const rank = (layer: Exclude<Layer, 'worker'>): number => LAYERS.indexOf(layer);

function mayImport(from: Layer, to: Layer): boolean {
  if (from === to) return true;
  if (to === 'worker') return false;
  if (from === 'worker') return rank(to) >= rank('contract');
  return rank(to) > rank(from);
}

describe('the import graph of src/', () => {
  it('reads every file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(loadsTfjs.has(join(SRC, 'worker/trainer.ts'))).toBe(true);
  });

  it('loads TF.js in the worker folder only', () => {
    expect(files.filter((file) => loadsTfjs.has(file) && layerOf(file) !== 'worker').map(name)).toEqual([]);
  });

  it('has every arrow pointing down the layers', () => {
    const upward = files.flatMap((file) =>
      (edges.get(file) ?? [])
        .filter((to) => !mayImport(layerOf(file), layerOf(to)))
        .map((to) => `${name(file)} (${layerOf(file)}) -> ${name(to)} (${layerOf(to)})`),
    );
    expect(upward).toEqual([]);
  });

  it('has no circle', () => {
    const circles: string[] = [];
    const done = new Set<string>();
    const path: string[] = [];
    const visit = (file: string): void => {
      const at = path.indexOf(file);
      if (at >= 0) {
        circles.push([...path.slice(at), file].map(name).join(' -> '));
        return;
      }
      if (done.has(file)) return;
      path.push(file);
      for (const to of edges.get(file) ?? []) visit(to);
      path.pop();
      done.add(file);
    };
    files.forEach(visit);
    expect(circles).toEqual([]);
  });
});
