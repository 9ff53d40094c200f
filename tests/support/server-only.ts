// 'server-only' throws outside React Server Components; in Vitest it is a no-op.
export {};
