import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName } from '../../export/fileName';
import { rawRecordsToJson } from '../../export/json';
import type { UnreadableItem } from '../../storage/savedRecord';
import { displayStatus, type SavedSummary } from '../../storage/savedRun';
import { accuracyText, statusLabel, unreadableLabel, whenText } from '../../views/runsList';
import { useRunsStore } from '../../state/runsStore';
import { downloadText } from '../common/download';

/** A row's buttons, and Delete, which asks once more before it deletes for good. */
function RowActions({ id, canDelete, children }: { id: string; canDelete: boolean; children: ReactNode }) {
  const { t } = useTranslation('runs');
  const [confirming, setConfirming] = useState(false);
  const { remove } = useRunsStore.getState();
  return (
    <div className="saved-actions">
      {confirming ? (
        <>
          <button type="button" className="danger" onClick={() => void remove(id)}>
            {t('table.deleteForGood')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('table.keep')}
          </button>
        </>
      ) : (
        <>
          {children}
          <button type="button" onClick={() => setConfirming(true)} disabled={!canDelete}>
            {t('table.delete')}
          </button>
        </>
      )}
    </div>
  );
}

interface RowProps {
  summary: SavedSummary;
  now: number;
  busy: boolean;
  onOpen: (id: string) => void;
}

/** One saved item: its name (renamed in place), what it is, how it ended, and what can be done with it. */
function RunRow({ summary, now, busy, onOpen }: RowProps) {
  const { t } = useTranslation('runs');
  const liveIds = useRunsStore((s) => s.liveIds);
  const compared = useRunsStore((s) => s.compareIds.includes(summary.id));
  const { rename, toggleCompare } = useRunsStore.getState();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(summary.name);
  const status = displayStatus(summary, liveIds, now);
  const saveName = () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== summary.name) void rename(summary.id, trimmed);
    setRenaming(false);
  };
  return (
    <tr data-testid="saved-item" data-kind={summary.kind} data-status={status}>
      <td>
        {summary.kind === 'run' ? (
          <input
            type="checkbox"
            aria-label={t('table.compareRun', { name: summary.name })}
            checked={compared}
            onChange={() => void toggleCompare(summary.id)}
          />
        ) : null}
      </td>
      <th scope="row">
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(event) => {
              event.preventDefault();
              saveName();
            }}
          >
            <input
              aria-label={t('table.newName')}
              value={name}
              maxLength={120}
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit">{t('table.save')}</button>
          </form>
        ) : (
          <span className="saved-name">{summary.name}</span>
        )}
        <span className="saved-meta">
          {summary.kind === 'sweep' ? t('table.sweep') : t('table.run')} · {whenText(summary.createdAt)}
          {summary.backendName ? ` · ${summary.backendName}` : ''}
        </span>
      </th>
      <td>
        <span className={`status status-${status}`}>{statusLabel(status)}</span>
        {status === 'interrupted' && (
          <span className="saved-meta">
            {summary.kind === 'sweep'
              ? t('table.runsKept', { count: summary.pointCount })
              : t('table.pointsKept', { count: summary.pointCount })}
          </span>
        )}
      </td>
      <td className="saved-accuracy">{accuracyText(summary)}</td>
      <td>
        <RowActions id={summary.id} canDelete={status !== 'running'}>
          <button type="button" onClick={() => onOpen(summary.id)} disabled={busy || status === 'running'}>
            {t('table.open')}
          </button>
          <button type="button" onClick={() => setRenaming(true)}>
            {t('table.rename')}
          </button>
        </RowActions>
      </td>
    </tr>
  );
}

/** A saved item whose records the page cannot read: what is wrong, and what can still be done with it. */
function UnreadableRow({ item }: { item: UnreadableItem }) {
  const { t } = useTranslation('runs');
  const exportRaw = async () => {
    const records = await useRunsStore.getState().loadRaw(item.id);
    if (records) {
      const fileName = exportFileName(null, `unreadable ${item.id}`, 'json');
      downloadText(fileName, rawRecordsToJson(item.id, records), 'application/json');
    }
  };
  return (
    <tr data-testid="saved-item" data-kind="unreadable" data-status={item.problem}>
      <td />
      <th scope="row">
        <span className="saved-name">{item.problem === 'newer' ? t('table.newerName') : t('table.damagedName')}</span>
        <span className="saved-reason" data-testid="unreadable-reason">
          {item.problem === 'newer' ? item.reason : t('table.cannotBeRead', { reason: item.reason })}{' '}
          {t('table.keepOrDelete')}
        </span>
        <span className="saved-meta">
          {t('table.id', { id: item.id })}
          {item.updatedAt === null ? '' : t('table.savedAt', { when: whenText(item.updatedAt) })}
        </span>
      </th>
      <td>
        <span className={`status status-${item.problem}`}>{unreadableLabel(item.problem)}</span>
      </td>
      <td className="saved-accuracy">—</td>
      <td>
        <RowActions id={item.id} canDelete>
          <button type="button" onClick={() => void exportRaw()}>
            {t('table.exportRaw')}
          </button>
        </RowActions>
      </td>
    </tr>
  );
}

export function RunsTable({ busy, onOpen }: { busy: boolean; onOpen: (id: string) => void }) {
  const { t } = useTranslation('runs');
  const listed = useRunsStore((s) => s.listed);
  const now = useRunsStore((s) => s.checkedAt);
  if (!listed.length) return <p className="section-note">{t('table.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="results-table runs-table" data-testid="runs-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('table.compare')}</span>
            </th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col">{t('table.finalAccuracy')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {listed.map((item) =>
            item.kind === 'unreadable' ? (
              <UnreadableRow key={item.id} item={item} />
            ) : (
              <RunRow key={item.id} summary={item} now={now} busy={busy} onOpen={onOpen} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
