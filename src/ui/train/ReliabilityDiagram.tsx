import { useTranslation } from 'react-i18next';
import type { ArmName } from '../../contract/protocol';
import type { ReliabilityBin } from '../../mixup/metrics';
import { DECIMAL, PERCENT } from '../../views/runSummary';
import { useRef } from 'react';
import { formatNumber, t } from '../../i18n/i18n';
import { exportFileName } from '../../export/fileName';
import { runOnScreen } from '../../state/onScreen';
import { PngButton } from '../common/PngButton';
import { ARM_COLOURS, ARM_LABELS } from './armColours';

interface ReliabilityDiagramProps {
  arm: ArmName;
  bins: readonly ReliabilityBin[];
  ece: number;
}

const WIDTH = 300;
const HEIGHT = 240;
const PLOT = { left: 44, right: 10, top: 10, bottom: 40 };
const PLOT_WIDTH = WIDTH - PLOT.left - PLOT.right;
const PLOT_HEIGHT = HEIGHT - PLOT.top - PLOT.bottom;
const TICKS = [0, 0.5, 1];

const x = (confidence: number) => PLOT.left + confidence * PLOT_WIDTH;
const y = (accuracy: number) => PLOT.top + (1 - accuracy) * PLOT_HEIGHT;

function describeBin(bin: ReliabilityBin): string {
  return t('train:reliability.bin', {
    lower: PERCENT.show(bin.lower),
    upper: PERCENT.show(bin.upper),
    digits: formatNumber(bin.count),
    accuracy: PERCENT.show(bin.accuracy),
  });
}

/**
 * Accuracy per confidence bin against the diagonal of perfect calibration: bars below it are
 * overconfident, bars above it underconfident. Hand-drawn SVG: fifteen bars need no chart library,
 * and bins without predictions are simply left out, which draws them as gaps.
 */
export function ReliabilityDiagram({ arm, bins, ece }: ReliabilityDiagramProps) {
  const { t } = useTranslation('train');
  const title = `${ARM_LABELS[arm]} · ECE ${DECIMAL.show(ece)}`;
  const figure = useRef<HTMLElement>(null);
  return (
    <figure ref={figure} className="reliability" data-testid={`reliability-${arm}`}>
      <figcaption className={`arm-${arm}`}>
        {title}
        <PngButton
          figure={figure}
          label={t('reliability.png', { arm: ARM_LABELS[arm].toLowerCase() })}
          fileName={() => exportFileName(runOnScreen(), `reliability-${arm}`, 'png')}
        />
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('reliability.aria', { arm: ARM_LABELS[arm].toLowerCase(), ece: DECIMAL.show(ece) })}
      >
        {TICKS.map((tick) => (
          <g key={tick} className="reliability-grid">
            <line x1={x(0)} x2={x(1)} y1={y(tick)} y2={y(tick)} />
            <line x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(1)} />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
            <text x={x(tick)} y={y(0) + 16} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {bins
          .filter((bin) => bin.count > 0)
          .map((bin) => (
            <rect
              key={bin.lower}
              x={x(bin.lower) + 1}
              width={Math.max(0, x(bin.upper) - x(bin.lower) - 2)}
              y={y(bin.accuracy)}
              height={y(0) - y(bin.accuracy)}
              fill={ARM_COLOURS[arm]}
              fillOpacity={0.8}
            >
              <title>{describeBin(bin)}</title>
            </rect>
          ))}
        <line className="reliability-ideal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
        <text className="reliability-axis" x={x(0.5)} y={HEIGHT - 4} textAnchor="middle">
          {t('reliability.confidence')}
        </text>
        <text className="reliability-axis" transform={`translate(12 ${y(0.5)}) rotate(-90)`} textAnchor="middle">
          {t('reliability.accuracy')}
        </text>
      </svg>
    </figure>
  );
}
