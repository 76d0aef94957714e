/** A `.tex` file's formulas, typeset by KaTeX at build time (scripts/vite/katexAtBuildTime.ts). */
declare module '*.tex?katex' {
  const html: readonly string[];
  export default html;
}
