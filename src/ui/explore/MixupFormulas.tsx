import 'katex/dist/katex.min.css';
import { useTranslation } from 'react-i18next';
import formulas from './mixupFormulas.tex?katex';

/**
 * The mixup formulas, typeset by KaTeX when the page is built: the HTML carries both the visible layout
 * and a MathML copy, so screen readers read the maths rather than the layout spans. The sources are
 * constants in mixupFormulas.tex, never user input, so the markup is trusted.
 */
export function MixupFormulas() {
  const { t } = useTranslation('explore');
  return (
    <div className="formulas" aria-label={t('formulas.label')}>
      {formulas.map((html) => (
        <div key={html} className="tex" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
  );
}
