/** A symbol with a subscript, as the formulas write it: x_i, y_j. */
export function Sym({ base, sub }: { base: string; sub: string }) {
  return (
    <>
      {base}
      <sub>{sub}</sub>
    </>
  );
}
