// @ts-check

// Pages get a nonce-based Content-Security-Policy (and HSTS on https) from proxy.ts, per response
// (ADR 026). The JSON API sends no HTML: it gets a policy that allows nothing.
const apiContentSecurityPolicy = "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Next's body limit for server actions: SERVER_ACTION_BODY_LIMIT_BYTES (lib/core/security), 4 MB. */
const serverActionBodyLimit = '4mb';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addons and the pg pool: load them from node_modules at run time (the FSRS optimizer is
  // optional, ADR 032; Prisma and the fast path share one pg pool, ADR 029).
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    'pg',
    '@prisma/adapter-pg',
    '@open-spaced-repetition/binding-linux-x64-gnu',
  ],
  experimental: { serverActions: { bodySizeLimit: serverActionBodyLimit } },
  // CI runs `tsc --noEmit` itself before the tests; checking the same types again inside `next build`
  // only costs CI time (ADR 008). Everywhere else the build still checks them.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

module.exports = nextConfig;
