import type { Plugin } from 'vite';

/**
 * tfjs-backend-wasm starts its threads by sending each one the source of its Emscripten factory
 * (`factory.toString()`), so that function must not use anything declared outside it. It reads
 * `_scriptDir`, declared one scope up; a minifier renames that variable and rewrites
 * `typeof _scriptDir` to a plain comparison, and every thread then dies with "e is not defined".
 * This moves the declaration into the factory, where it means the same thing and survives renaming.
 */
const OUTER = `var WasmBackendModuleThreadedSimd = (() => {
  var _scriptDir = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : undefined;
  if (typeof __filename !== 'undefined') _scriptDir = _scriptDir || __filename;
  return (
function(WasmBackendModuleThreadedSimd) {`;

const INNER = `var WasmBackendModuleThreadedSimd = (() => {
  return (
function(WasmBackendModuleThreadedSimd) {
  var _scriptDir = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : undefined;
  if (typeof __filename !== 'undefined') _scriptDir = _scriptDir || __filename;`;

export function selfContainedWasmThreadFactory(): Plugin {
  return {
    name: 'self-contained-wasm-thread-factory',
    transform(code, id) {
      if (!/tfjs-backend-wasm-threaded-simd\.js$/.test(id.split('?')[0] ?? '')) return null;
      if (!code.includes(OUTER)) {
        this.error(
          'tfjs-backend-wasm changed its threaded factory: update scripts/vite/wasmThreadFactory.ts, or its threads break when minified',
        );
      }
      return { code: code.replace(OUTER, INNER), map: null };
    },
  };
}
