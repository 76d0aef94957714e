import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExploreStore, type PanelName } from '../../state/exploreStore';
import { PANEL_NAMES } from '../../state/panels';

export const tabId = (panel: PanelName): string => `tab-${panel}`;
export const panelId = (panel: PanelName): string => `panel-${panel}`;

/** The WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; only the active one is in the tab order. */
export function PanelTabs() {
  const { t } = useTranslation();
  const panel = useExploreStore((s) => s.panel);
  const showPanel = useExploreStore((s) => s.showPanel);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = PANEL_NAMES.indexOf(panel);
    const last = PANEL_NAMES.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (current + 1) % PANEL_NAMES.length
        : event.key === 'ArrowLeft'
          ? (current + last) % PANEL_NAMES.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const next = target === null ? undefined : PANEL_NAMES[target];
    if (!next) return;
    event.preventDefault();
    showPanel(next);
    buttons.current[target ?? 0]?.focus();
  };

  return (
    <div className="panel-tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {PANEL_NAMES.map((name, index) => (
        <button
          key={name}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabId(name)}
          aria-controls={panelId(name)}
          aria-selected={panel === name}
          tabIndex={panel === name ? 0 : -1}
          onClick={() => showPanel(name)}
        >
          {t(`tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
