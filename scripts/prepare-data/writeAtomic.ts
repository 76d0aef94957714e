import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_NAME = /^\..+\.\d+\.tmp$/;

/** Writes under a temporary name and renames, so an interrupted run never leaves a partial file under the real name. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Temporary files left by a run that was killed; Vite would otherwise copy them into the built site. */
export async function removeTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir);
  await Promise.all(names.filter((name) => TEMP_NAME.test(name)).map((name) => rm(join(dir, name), { force: true })));
}
