/** A copy of the answer: the server's, or the one kept in this browser's storage. */
export type DraftCopy = { draft: string; version: number };

/**
 * Which copy to offer after a reload: the local one when it is a later version than the
 * server's and says something different (a save or beacon that never arrived), else the server's.
 */
export function chooseDraft(server: DraftCopy, local: DraftCopy | null): 'server' | 'local' {
  if (!local) return 'server';
  return local.version > server.version && local.draft !== server.draft ? 'local' : 'server';
}
