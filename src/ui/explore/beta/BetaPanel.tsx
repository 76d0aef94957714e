export function BetaPanel() {
  return <section aria-labelledby="beta-title"><h2 id="beta-title">How λ is drawn</h2></section>;
}
