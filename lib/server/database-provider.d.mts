/** The two databases Delight runs on (ADR 005): chosen by the scheme of DATABASE_URL. */
export type DatabaseProvider = 'sqlite' | 'postgresql';
export declare const DEFAULT_DATABASE_URL: string;
export declare function isPostgresUrl(url: string | undefined): boolean;
export declare function databaseProviderOf(url: string | undefined): DatabaseProvider | undefined;
export declare function sqliteFilePath(url: string | undefined, base?: string): string;
