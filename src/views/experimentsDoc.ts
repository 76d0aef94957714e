/**
 * Reads docs/EXPERIMENTS.md, the record of every preset's three-seed measurement, into sections the
 * page can show beside each preset: the command that reproduces it, its configuration, its tables and
 * the paragraph saying what they mean. The page shows the record itself, so its words and numbers
 * cannot drift from what was measured. Pure, no React.
 */

export interface DocTable {
  /** The line introducing the table, or a description of the summary table. */
  caption: string;
  header: string[];
  rows: string[][];
}

export interface ExperimentSection {
  id: string;
  title: string;
  /** The command that reproduces the section's numbers. */
  command: string;
  /** The configuration line's fields, e.g. trainSize → "1000". */
  configuration: Record<string, string>;
  tables: DocTable[];
  /** The section's closing paragraph: what the numbers mean, which the page shows as what to watch. */
  note: string;
}

const SUMMARY_CAPTION = 'Final test metrics over the seeds (mean ± std)';

const cells = (line: string): string[] =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());

function parseConfiguration(line: string): Record<string, string> {
  // A closing remark in brackets, e.g. "(α as in each row)", is not a field.
  const fields = line
    .replace(/^Configuration:\s*/, '')
    .replace(/\s*\([^)]*\)\.?$|\.$/, '')
    .split(', ');
  return Object.fromEntries(
    fields.map((field) => {
      const match = /^(\w+)(?: = | )(.+)$/.exec(field.trim());
      return match ? [match[1], match[2]] : [field, ''];
    }),
  );
}

function parseSection(text: string): ExperimentSection | null {
  const lines = text.split('\n');
  const heading = /^(\S+) — (.+)$/.exec(lines[0] ?? '');
  if (!heading?.[1] || !heading[2]) return null;
  const command = lines.map((line) => /^`(npm run experiment[^`]*)`$/.exec(line.trim())?.[1]).find(Boolean) ?? '';
  const configLine = lines.find((line) => line.startsWith('Configuration:'));
  const tables: DocTable[] = [];
  let lastProse = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.startsWith('|')) {
      if (line.trim()) lastProse = line.trim();
      continue;
    }
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').startsWith('|')) block.push(lines[i++] ?? '');
    const [head, , ...body] = block;
    tables.push({
      caption: lastProse.endsWith(':') ? lastProse.slice(0, -1) : SUMMARY_CAPTION,
      header: cells(head ?? ''),
      rows: body.map(cells),
    });
    lastProse = '';
  }
  const last = [...lines].reverse().find((line) => line.trim() !== '');
  const note =
    last && !last.startsWith('|') && !last.startsWith('`') && !last.startsWith('Configuration:') ? last.trim() : '';
  return {
    id: heading[1],
    title: heading[2],
    command,
    configuration: configLine ? parseConfiguration(configLine) : {},
    tables,
    note,
  };
}

/** Every "## id — Title" section of the document, by id. */
export function parseExperiments(markdown: string): Map<string, ExperimentSection> {
  const sections = markdown
    .split(/^## /m)
    .slice(1)
    .map(parseSection)
    .filter((section): section is ExperimentSection => section !== null);
  return new Map(sections.map((section) => [section.id, section]));
}

/** A row of a table by its first cell, e.g. the "mixup" row of the summary table. */
export function rowOf(table: DocTable | undefined, first: string): string[] | null {
  return table?.rows.find((row) => row[0] === first) ?? null;
}
