export function parseWebConcurrency(value: string | undefined, cores: number, fallback?: number): number;
