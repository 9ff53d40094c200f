export function nextStartArgs(port: number | string): string[];
