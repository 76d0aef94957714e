import { useRef, type KeyboardEvent } from 'react';
import { useExploreStore, type PanelName } from '../../state/exploreStore';

const PANELS: readonly { name: PanelName; label: string }[] = [
  { name: 'explore', label: 'Explore' },
  { name: 'train', label: 'Train' },
  { name: 'sweep', label: 'α sweep' },
  { name: 'runs', label: 'Runs' },
  { name: 'toy', label: '2-D' },
];

export const tabId = (panel: PanelName): string => `tab-${panel}`;
export const panelId = (panel: PanelName): string => `panel-${panel}`;

/** The WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; only the active one is in the tab order. */
export function PanelTabs() {
  const panel = useExploreStore((s) => s.panel);
  const showPanel = useExploreStore((s) => s.showPanel);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = PANELS.findIndex((entry) => entry.name === panel);
    const last = PANELS.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (current + 1) % PANELS.length
        : event.key === 'ArrowLeft'
          ? (current + last) % PANELS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const next = target === null ? undefined : PANELS[target];
    if (!next) return;
    event.preventDefault();
    showPanel(next.name);
    buttons.current[target ?? 0]?.focus();
  };

  return (
    <div className="panel-tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
      {PANELS.map((entry, index) => (
        <button
          key={entry.name}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabId(entry.name)}
          aria-controls={panelId(entry.name)}
          aria-selected={panel === entry.name}
          tabIndex={panel === entry.name ? 0 : -1}
          onClick={() => showPanel(entry.name)}
        >
          {entry.label}
        </button>
      ))}
    </div>
  );
}
