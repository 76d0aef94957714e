import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstPerClass } from '../../data/firstPerClass';
import type { MnistSplit } from '../../data/loadMnist';
import { formatNumber } from '../../i18n/i18n';
import { DigitCanvas } from './DigitCanvas';

const PER_CLASS = 4;
const CLASSES = Array.from({ length: 10 }, (_, digit) => digit);

/** The first few test digits of each class, one column per class. */
export function DigitGrid({ split }: { split: MnistSplit }) {
  const { t } = useTranslation('explore');
  const indices = useMemo(() => firstPerClass(split.labels, PER_CLASS), [split]);
  const pixelsPerImage = split.width * split.height;

  return (
    <figure className="digit-grid-figure">
      <div className="digit-grid" role="list" aria-label={t('digits.label')}>
        {CLASSES.map((digit) => (
          <div className="digit-column" role="listitem" key={digit}>
            <span className="digit-class" aria-hidden="true">
              {digit}
            </span>
            {Array.from(indices.subarray(digit * PER_CLASS, (digit + 1) * PER_CLASS), (index) => (
              <DigitCanvas
                key={index}
                pixels={split.images.subarray(index * pixelsPerImage, (index + 1) * pixelsPerImage)}
                width={split.width}
                height={split.height}
                label={t('digits.image', { index, digit })}
                testId={`digit-${index}`}
              />
            ))}
          </div>
        ))}
      </div>
      <figcaption>{t('digits.caption', { perClass: PER_CLASS, total: formatNumber(split.count) })}</figcaption>
    </figure>
  );
}
