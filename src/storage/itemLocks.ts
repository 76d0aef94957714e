/**
 * A Web Lock per saved item that a page is still writing, so every page (this one after a reload
 * too) can tell an item still training from one cut off by a reload or a crash.
 */
const LOCK_PREFIX = 'mixup-playground-item-';

const hasLocks = (): boolean => typeof navigator !== 'undefined' && Boolean(navigator.locks);

/** The locks this page holds, each until it is released. */
export class ItemLocks {
  private readonly releases = new Map<string, () => void>();

  hold(id: string): void {
    if (!hasLocks()) return;
    void navigator.locks.request(
      LOCK_PREFIX + id,
      () => new Promise<void>((release) => this.releases.set(id, release)),
    );
  }

  release(id: string): void {
    this.releases.get(id)?.();
    this.releases.delete(id);
  }
}

/** Ids of the items some page is still saving, from the browser's lock list; null where it has none. */
export async function heldItemLocks(): Promise<ReadonlySet<string> | null> {
  if (!hasLocks()) return null;
  const { held = [] } = await navigator.locks.query();
  return new Set(
    held.flatMap((lock) => (lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [])),
  );
}
