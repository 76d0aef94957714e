import { BACKEND_NAMES, type BackendChoice } from '../engine/protocol';

export interface BackendParam {
  choice: BackendChoice;
  /** Set when the URL asked for something we cannot honour; says what was ignored. */
  problem: string | null;
}

/** Reads `?backend=webgpu|wasm|webgl|cpu|auto`; anything else falls back to auto with a message. */
export function backendFromSearch(search: string): BackendParam {
  const raw = new URLSearchParams(search).get('backend');
  if (raw === null || raw === '' || raw === 'auto') return { choice: 'auto', problem: null };
  if ((BACKEND_NAMES as readonly string[]).includes(raw)) return { choice: raw as BackendChoice, problem: null };
  return {
    choice: 'auto',
    problem: `The URL asks for backend '${raw}', which does not exist; use one of ${BACKEND_NAMES.join(', ')}. Choosing automatically instead.`,
  };
}
