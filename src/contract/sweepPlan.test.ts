import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, validateConfig } from './config';
import { DEFAULT_SWEEP_ALPHAS, MAX_SWEEP_ALPHAS, parseAlphaList, planSweep, SweepListError } from './sweepPlan';

const config = validateConfig({ ...DEFAULT_CONFIG, seed: 7 });

describe('parseAlphaList', () => {
  it('reads numbers separated by commas, spaces and 0 allowed, in the order given', () => {
    expect(parseAlphaList('0, 0.2,1 ,4', config)).toEqual([0, 0.2, 1, 4]);
    expect(parseAlphaList(DEFAULT_SWEEP_ALPHAS.join(', '), config)).toEqual([...DEFAULT_SWEEP_ALPHAS]);
    expect(parseAlphaList('8,0.1', config)).toEqual([8, 0.1]);
  });

  it('names the entry at fault', () => {
    expect(() => parseAlphaList('0.2, x', config)).toThrow("got 'x' in '0.2, x'");
    expect(() => parseAlphaList('0.2,', config)).toThrow("got '' in '0.2,'");
    expect(() => parseAlphaList('  ', config)).toThrow('the α list is empty');
    expect(() => parseAlphaList('1, 500', config)).toThrow(
      /^α = 500 is refused: alpha must be 0 \(no mixing\) or a number from/,
    );
    expect(() => parseAlphaList('-1', config)).toThrow('α = -1 is refused');
    expect(() => parseAlphaList('1, 0.5, 1.0', config)).toThrow('α = 1 is listed twice');
    const tooMany = Array.from({ length: MAX_SWEEP_ALPHAS + 1 }, (_, i) => (i + 1) / 10).join(',');
    expect(() => parseAlphaList(tooMany, config)).toThrow(SweepListError);
  });
});

describe('planSweep', () => {
  it("orders the runs α by α, each α's seeds together, from the config's seed up", () => {
    const runs = planSweep(config, [0.5, 1], 3);
    expect(runs.map(({ alpha, seed }) => [alpha, seed])).toEqual([
      [0.5, 7],
      [0.5, 8],
      [0.5, 9],
      [1, 7],
      [1, 8],
      [1, 9],
    ]);
  });

  it("trains each seed's baseline once, in the seed's first run, and never trains α = 0", () => {
    const runs = planSweep(config, [0, 0.2, 1, 4], 2);
    expect(runs.map(({ alpha, seed, trainsBaseline }) => [alpha, seed, trainsBaseline])).toEqual([
      [0.2, 7, true],
      [0.2, 8, true],
      [1, 7, false],
      [1, 8, false],
      [4, 7, false],
      [4, 8, false],
    ]);
    // 3 α × 1 seed with 0 listed: one baseline, two mixup arms, where a plain plan trained three of each.
    expect(planSweep(config, [0, 1, 4], 1).filter((run) => run.trainsBaseline)).toHaveLength(1);
  });

  it('refuses a list of α = 0 alone, which has nothing to sweep', () => {
    expect(() => planSweep(config, [0], 2)).toThrow('the α list holds only α = 0, the baseline');
  });

  it('changes nothing but α and the seed', () => {
    const [run] = planSweep({ ...config, trainSize: 500, labelNoise: 0.2 }, [2], 1);
    expect(run?.config).toEqual(validateConfig({ ...config, trainSize: 500, labelNoise: 0.2, alpha: 2 }));
  });

  it('refuses a seed count outside 1…10', () => {
    expect(() => planSweep(config, [1], 0)).toThrow('from 1 to 10, got 0');
    expect(() => planSweep(config, [1], 1.5)).toThrow(SweepListError);
  });
});
