import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * One display formula typeset by KaTeX. Its output carries both the visible HTML and a MathML copy,
 * so screen readers read the maths rather than the layout spans. The sources are constants written
 * here, never user input, so the markup is trusted.
 */
export function Tex({ source }: { source: string }) {
  const html = katex.renderToString(source, { displayMode: true, output: 'htmlAndMathml', throwOnError: true });
  return <div className="tex" dangerouslySetInnerHTML={{ __html: html }} />;
}
