export declare const CHECKPOINT_EVERY_MS: number;
export declare const AUTOCHECKPOINT_PAGES_WITH_THREAD: number;
export declare function parseSqliteCheckpointer(env: Record<string, string | undefined>): 'thread' | 'off';
export declare function startWalCheckpointer(options: {
  file: string;
  everyMs?: number;
  onError?: (error: Error) => void;
}): { stop: () => Promise<number> };
