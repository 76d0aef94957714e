import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemsToJson } from '../../export/json';
import { exportFileName } from '../../export/fileName';
import { useRunsStore } from '../../state/runsStore';
import { downloadText } from '../common/download';

/** Export all: one JSON file of every saved run and sweep. Import: such a file, or one item's export. */
export function ExportImport() {
  const { t } = useTranslation('runs');
  const inputId = useId();
  const imported = useRunsStore((s) => s.imported);
  const [exported, setExported] = useState<string | null>(null);

  const exportAll = async () => {
    const all = await useRunsStore.getState().loadAll();
    if (!all) return;
    downloadText(exportFileName(null, 'all runs', 'json'), itemsToJson(all.items), 'application/json');
    setExported(
      all.unreadable
        ? t('transfer.exportedSomeUnreadable', { count: all.items.length, unreadable: all.unreadable })
        : t('transfer.exported', { count: all.items.length }),
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setExported(null);
    await useRunsStore.getState().importJson(await file.text());
  };

  return (
    <div className="runs-transfer">
      <button type="button" onClick={() => void exportAll()}>
        {t('transfer.exportAll')}
      </button>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        data-testid="import-file"
        onChange={(event) => {
          const input = event.currentTarget;
          void importFile(input.files?.[0]).finally(() => (input.value = ''));
        }}
      />
      <label htmlFor={inputId} className="runs-import">
        {t('transfer.import')}
      </label>
      <span
        role="status"
        className={imported && !imported.ok ? 'runs-transfer-error' : 'muted'}
        data-testid="transfer-status"
      >
        {imported?.message ?? exported ?? ''}
      </span>
    </div>
  );
}
