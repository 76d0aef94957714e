import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ARMS } from '../../contract/protocol';
import type { MetricsPoint } from '../../contract/reports';
import { downsample } from '../../views/downsample';
import { configDifferences } from '../../views/runsList';
import { DECIMAL, PERCENT } from '../../views/runSummary';
import { formatNumber } from '../../i18n/i18n';
import type { SavedRun } from '../../storage/savedRun';
import { exportFileName } from '../../export/fileName';
import { PngButton } from '../common/PngButton';
import { ArmLegend } from '../train/ArmLegend';
import { ARM_LABELS, ARM_LEGEND } from '../train/armColours';
import { armLine, CHART_MARGIN, curveTop, epochAxis, GRID_COLOUR, valueAxis } from '../train/chartAxes';
import { CURVES, type CurveSpec } from '../train/curveSpecs';

/** Run A solid, run B dashed; the arms keep their colours. */
const DASHES = ['', '6 4'] as const;
const MAX_POINTS = 300;
const LETTERS = ['A', 'B'] as const;

function CompareChart({ curve, runs }: { curve: CurveSpec; runs: readonly (readonly MetricsPoint[])[] }) {
  const epochs = Math.max(1, ...runs.flatMap((points) => points.map((p) => Math.ceil(p.epoch))));
  const yMax = curveTop(curve, runs);
  const figure = useRef<HTMLElement>(null);
  const { t } = useTranslation('runs');
  return (
    <figure ref={figure} className="curve" data-testid={`compare-${curve.id}`}>
      <figcaption>
        <span className="curve-title">{curve.title}</span>
        {curve.note && <span className="curve-note"> · {curve.note}</span>}
        <PngButton
          figure={figure}
          label={curve.title}
          legend={[...ARM_LEGEND, { label: t('compare.solidDashed'), colour: '#334155', dashed: true }]}
          fileName={() => exportFileName(null, `compare-${curve.id}`, 'png')}
        />
      </figcaption>
      <ResponsiveContainer width="100%" height={190}>
        <LineChart margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke={GRID_COLOUR} />
          <XAxis {...epochAxis(epochs)} />
          <YAxis {...valueAxis(yMax, curve.formatTick)} />
          {runs.flatMap((points, r) =>
            ARMS.map((arm) => (
              <Line
                key={`${r}-${arm}`}
                data={points as MetricsPoint[]}
                strokeDasharray={DASHES[r]}
                {...armLine(curve, arm)}
              />
            )),
          )}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

const FINAL_ROWS = [
  { label: 'compare.testAccuracy', metric: 'accuracy', show: PERCENT.show },
  { label: 'compare.testLoss', metric: 'nll', show: DECIMAL.show },
  { label: 'compare.ece', metric: 'ece', show: (x: number) => formatNumber(x, 4) },
] as const;

/** Two saved runs on the same charts, the settings they differ in, and their final figures side by side. */
export function CompareRuns({ runs }: { runs: readonly SavedRun[] }) {
  const { t } = useTranslation('runs');
  const points = useMemo(() => runs.map((run) => downsample(run.points, MAX_POINTS)), [runs]);
  const [a, b] = runs;
  if (!a || !b) {
    return <p className="section-note">{t('compare.tickTwo')}</p>;
  }
  const differences = configDifferences(a.config, b.config);
  return (
    <div data-testid="compare">
      <div className="section-head">
        <ul className="arm-legend compare-legend" aria-label={t('compare.runs')}>
          {runs.map((run, r) => (
            <li key={run.id}>
              <span className={`arm-swatch compare-swatch-${LETTERS[r]}`} aria-hidden="true" />
              {LETTERS[r]}: {run.name}
            </li>
          ))}
        </ul>
        <ArmLegend />
      </div>
      <p className="section-note" data-testid="compare-differences">
        {differences.length
          ? t('compare.differIn', {
              differences: differences
                .map((d) => t('compare.difference', { label: d.label, a: d.a, b: d.b }))
                .join(t('compare.separator')),
            })
          : t('compare.same')}
      </p>
      <div className="curve-grid">
        {CURVES.map((curve) => (
          <CompareChart key={curve.id} curve={curve} runs={points} />
        ))}
      </div>
      <div className="table-scroll">
        <table className="results-table compare-table">
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.metric')}</th>
              {runs.flatMap((_, r) =>
                ARMS.map((arm) => (
                  <th key={`${r}-${arm}`} scope="col" className={`arm-${arm}`}>
                    {LETTERS[r]} · {ARM_LABELS[arm]}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {FINAL_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{t(row.label)}</th>
                {runs.flatMap((run, r) =>
                  ARMS.map((arm) => {
                    const value = run.result?.final?.[arm][row.metric];
                    return <td key={`${r}-${arm}`}>{value === undefined ? '—' : row.show(value)}</td>;
                  }),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
