export const root: string;
export function run(command: string, args: string[], env?: NodeJS.ProcessEnv, options?: { toStderr?: boolean }): void;
export function databaseProvider(url: string | undefined): 'sqlite' | 'postgresql';
export function decideDemoData(env: NodeJS.ProcessEnv): { enabled: boolean; notice: string | null };
export function prepareDatabase(env: NodeJS.ProcessEnv, options?: { fresh?: boolean; toStderr?: boolean }): void;
export function ensureBuild(env: NodeJS.ProcessEnv, options?: { toStderr?: boolean }): void;
