/**
 * The method in three lines, in MathML: Chromium, Firefox and Safari render it natively, so the
 * formulas are real typeset maths with no extra script to download.
 */
export function MixupFormulas() {
  return (
    <div className="formulas" aria-label="The mixup formulas">
      <math display="block">
        <mrow>
          <mover accent="true">
            <mi>x</mi>
            <mo>~</mo>
          </mover>
          <mo>=</mo>
          <mi>λ</mi>
          <mo>·</mo>
          <msub>
            <mi>x</mi>
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
            <mi>x</mi>
            <mi>j</mi>
          </msub>
        </mrow>
      </math>
      <math display="block">
        <mrow>
          <mover accent="true">
            <mi>y</mi>
            <mo>~</mo>
          </mover>
          <mo>=</mo>
          <mi>λ</mi>
          <mo>·</mo>
          <msub>
            <mi>y</mi>
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
            <mi>y</mi>
            <mi>j</mi>
          </msub>
        </mrow>
      </math>
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
