import { describe, expect, it } from 'vitest';
import { runNodeCli } from './node/nodeCli';
import { parseBatches, parseInteger, parseList } from './options';

describe('bench flags', () => {
  it('reads a list of allowed values, all of them when absent, and names a stranger', () => {
    expect(parseList('32,256', ['32', '64', '256'], 'batches')).toEqual(['32', '256']);
    expect(parseList(undefined, ['a', 'b'], 'x')).toEqual(['a', 'b']);
    expect(() => parseList('32,48', ['32', '64'], 'batches')).toThrow("--batches: '48' is not one of 32, 64");
  });

  it('reads --batches as numbers, all three when absent, the same list for both runtimes', () => {
    expect(parseBatches('32,64')).toEqual([32, 64]);
    expect(parseBatches(undefined)).toEqual([32, 64, 256]);
    expect(() => parseBatches('128')).toThrow("--batches: '128' is not one of 32, 64, 256");
  });

  it('reads an integer in range, null when absent', () => {
    expect(parseInteger('3', 'steps', 1, 10)).toBe(3);
    expect(parseInteger(undefined, 'steps', 1, 10)).toBeNull();
    expect(() => parseInteger('0', 'steps', 1, 10)).toThrow('--steps must be an integer from 1 to 10');
    expect(() => parseInteger('2.5', 'steps', 1, 10)).toThrow(/got '2.5'/);
  });

  it('the Node runtime refuses backends other than webgpu before starting one', async () => {
    await expect(runNodeCli(['--backends', 'webgpu,wasm'])).rejects.toThrow(/measures webgpu only/);
  });
});
