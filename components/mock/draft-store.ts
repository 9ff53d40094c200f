/**
 * The copy of a mock answer kept in this browser (localStorage), so nothing typed is lost when
 * the network or the server is down, or a tab closes before its last save arrives.
 */
export type LocalDraft = { draft: string; version: number; at: number };

const key = (attemptId: string) => `delight.mock.${attemptId}`;

export function readLocalDraft(attemptId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(attemptId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    if (typeof value.draft !== 'string' || typeof value.version !== 'number' || typeof value.at !== 'number') return null;
    return { draft: value.draft, version: value.version, at: value.at };
  } catch {
    return null;
  }
}

/** False when the browser refused (private mode, storage full): the server copy is then the only one. */
export function writeLocalDraft(attemptId: string, copy: LocalDraft): boolean {
  try {
    window.localStorage.setItem(key(attemptId), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function clearLocalDraft(attemptId: string): void {
  try {
    window.localStorage.removeItem(key(attemptId));
  } catch {
    // nothing kept, nothing to clear
  }
}
