/**
 * The method in three lines, in MathML: Chromium, Firefox and Safari render it natively, so the
 * formulas are real typeset maths with no extra script to download.
 */
export function MixupFormulas() {
  return (
    <div className="formulas" aria-label="The mixup formulas">
      <BlendFormula symbol="x" />
      <BlendFormula symbol="y" />
      <math display="block">
        <mrow>
          <mi>λ</mi>
          <mo>∼</mo>
          <mi>Beta</mi>
          <mo stretchy="false">(</mo>
          <mi>α</mi>
          <mo separator="true">,</mo>
          <mi>α</mi>
          <mo stretchy="false">)</mo>
        </mrow>
      </math>
    </div>
  );
}

/** s̃ = λ·s_i + (1 − λ)·s_j: the same blend for the images (x) and the labels (y). */
function BlendFormula({ symbol }: { symbol: string }) {
  return (
    <math display="block">
      <mrow>
        <mover accent="true">
          <mi>{symbol}</mi>
          <mo>~</mo>
        </mover>
        <mo>=</mo>
        <mi>λ</mi>
        <mo>·</mo>
        <msub>
          <mi>{symbol}</mi>
          <mi>i</mi>
        </msub>
        <mo>+</mo>
        <mo stretchy="false">(</mo>
        <mn>1</mn>
        <mo>−</mo>
        <mi>λ</mi>
        <mo stretchy="false">)</mo>
        <mo>·</mo>
        <msub>
          <mi>{symbol}</mi>
          <mi>j</mi>
        </msub>
      </mrow>
    </math>
  );
}
