import { spawnSync } from 'node:child_process';

/** Debian's interpreter, where python3-torch installs; the `python3` on PATH may be another one. */
export const PYTHON = '/usr/bin/python3';

/** Why the interpreter cannot run the exported script at all, or null when it can. */
export function torchProblem(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  return (
    `${PYTHON} cannot import torch and numpy (${probe.error?.message ?? probe.stderr.trim()}); ` +
    "install Debian's python3-torch: apt-get install python3-torch"
  );
}
