import 'server-only';

/** A download: the body as a file the browser saves under `filename`, never cached. */
export function attachment(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': `${contentType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
