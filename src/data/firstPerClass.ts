/**
 * Indices of the first `perClass` examples of each class, grouped by class (all 0s, then all 1s, …).
 * A fixed, recognisable selection: the same digits every time the page opens.
 */
export function firstPerClass(labels: Uint8Array, perClass: number, numClasses = 10): Int32Array {
  if (!Number.isInteger(perClass) || perClass < 1) {
    throw new Error(`perClass must be a positive integer, got ${perClass}`);
  }
  const byClass: number[][] = Array.from({ length: numClasses }, () => []);
  for (let i = 0; i < labels.length; i++) {
    const bucket = byClass[labels[i] ?? -1];
    if (bucket && bucket.length < perClass) bucket.push(i);
  }
  const short = byClass.findIndex((bucket) => bucket.length < perClass);
  if (short !== -1) {
    throw new Error(`class ${short} has only ${byClass[short]?.length ?? 0} examples, ${perClass} were asked for`);
  }
  return Int32Array.from(byClass.flat());
}
