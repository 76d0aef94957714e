/** A symbol with a subscript, as the formulas write it: x_i, y_j. */
export function Sym({ base, sub }: { base: string; sub: string }) {
  return (
    <>
      {base}
      <sub>{sub}</sub>
    </>
  );
}

/** The symbols a message may name, as <Trans> components: "<xi/>" in a message is x with subscript i. */
export const SYMBOLS = {
  xi: <Sym base="x" sub="i" />,
  xj: <Sym base="x" sub="j" />,
  yi: <Sym base="y" sub="i" />,
  yj: <Sym base="y" sub="j" />,
};
