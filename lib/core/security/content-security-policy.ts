/**
 * The pages' Content-Security-Policy (ADR 026): scripts only with this response's nonce (Next puts
 * it on its own inline and bundle scripts) or loaded by them ('strict-dynamic'); no 'unsafe-inline'
 * for scripts. Styles keep 'unsafe-inline': React's style attributes and the charts need it, and a
 * style can't run code. Development adds 'unsafe-eval' for React Refresh.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** HSTS for two years, only when the app's public URL is https (never on a plain-http local run). */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith('https://') ? 'max-age=63072000' : null;
}
