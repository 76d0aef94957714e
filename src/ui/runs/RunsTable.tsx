import { useState } from 'react';
import { displayStatus, type SavedSummary } from '../../storage/savedRun';
import { accuracyText, STATUS_LABELS, whenText } from '../../state/runsList';
import { useRunsStore } from '../../state/runsStore';

interface RowProps {
  summary: SavedSummary;
  now: number;
  busy: boolean;
  onOpen: (id: string) => void;
}

/** One saved item: its name (renamed in place), what it is, how it ended, and what can be done with it. */
function RunRow({ summary, now, busy, onOpen }: RowProps) {
  const liveIds = useRunsStore((s) => s.liveIds);
  const compared = useRunsStore((s) => s.compareIds.includes(summary.id));
  const { rename, remove, toggleCompare } = useRunsStore.getState();
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(summary.name);
  const status = displayStatus(summary, liveIds, now);
  const saveName = () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== summary.name) void rename(summary.id, trimmed);
    setMode('view');
  };
  return (
    <tr data-testid="saved-item" data-kind={summary.kind} data-status={status}>
      <td>
        {summary.kind === 'run' ? (
          <input
            type="checkbox"
            aria-label={`Compare ${summary.name}`}
            checked={compared}
            onChange={() => void toggleCompare(summary.id)}
          />
        ) : null}
      </td>
      <th scope="row">
        {mode === 'rename' ? (
          <form
            className="rename-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveName();
            }}
          >
            <input
              aria-label="New name"
              value={name}
              maxLength={120}
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit">Save</button>
          </form>
        ) : (
          <span className="saved-name">{summary.name}</span>
        )}
        <span className="saved-meta">
          {summary.kind === 'sweep' ? 'α sweep' : 'run'} · {whenText(summary.createdAt)}
          {summary.backendName ? ` · ${summary.backendName}` : ''}
        </span>
      </th>
      <td>
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
        {status === 'interrupted' && (
          <span className="saved-meta">
            {summary.pointCount} {summary.kind === 'sweep' ? 'runs' : 'points'} kept
          </span>
        )}
      </td>
      <td className="saved-accuracy">{accuracyText(summary)}</td>
      <td>
        <div className="saved-actions">
          {mode === 'delete' ? (
            <>
              <button type="button" className="danger" onClick={() => void remove(summary.id)}>
                Delete for good
              </button>
              <button type="button" onClick={() => setMode('view')}>
                Keep
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => onOpen(summary.id)} disabled={busy || status === 'running'}>
                Open
              </button>
              <button type="button" onClick={() => setMode('rename')}>
                Rename
              </button>
              <button type="button" onClick={() => setMode('delete')} disabled={status === 'running'}>
                Delete
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}

export function RunsTable({ busy, onOpen }: { busy: boolean; onOpen: (id: string) => void }) {
  const summaries = useRunsStore((s) => s.summaries);
  const now = useRunsStore((s) => s.checkedAt);
  if (!summaries.length)
    return <p className="section-note">No saved runs yet: every run and sweep you start is kept here.</p>;
  return (
    <div className="table-scroll">
      <table className="results-table runs-table" data-testid="runs-table">
        <caption>Newest first. Tick two runs to compare them.</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Compare</span>
            </th>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Final test accuracy</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <RunRow key={summary.id} summary={summary} now={now} busy={busy} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
