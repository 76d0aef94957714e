import { useTranslation } from 'react-i18next';
import type { DocTable, ExperimentSection } from '../../views/experimentsDoc';

function MeasuredTable({ table }: { table: DocTable }) {
  return (
    <div className="table-scroll">
      <table className="results-table measured-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A section of docs/EXPERIMENTS.md behind a disclosure: the command that reproduces it and its tables. */
export function MeasuredDetails({ section, summary }: { section: ExperimentSection; summary: string }) {
  const { t } = useTranslation();
  return (
    <details className="measured">
      <summary>{summary}</summary>
      <p className="section-note">
        {t('measured.source')} <code>{section.command}</code>
      </p>
      {section.tables.map((table) => (
        <MeasuredTable key={table.caption} table={table} />
      ))}
    </details>
  );
}
