/** A failure the person running the script can fix; its message names the file, the problem and the remedy. */
export class PrepareDataError extends Error {
  override name = 'PrepareDataError';
}

export const REINSTALL = 'Reinstall the dependencies with `npm ci`, then run `npm run prepare-data` again.';
