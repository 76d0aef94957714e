import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/**
 * React renders MathML elements natively, but its JSX types do not list them yet; these are the ones
 * the formulas use.
 */
type MathElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
  display?: 'block' | 'inline';
  accent?: 'true' | 'false';
  stretchy?: 'true' | 'false';
  separator?: 'true' | 'false';
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      math: MathElement;
      mrow: MathElement;
      mi: MathElement;
      mn: MathElement;
      mo: MathElement;
      msub: MathElement;
      mover: MathElement;
    }
  }
}
