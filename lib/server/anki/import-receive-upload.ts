import 'server-only';
import { open } from 'node:fs/promises';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { fail, type Failure } from '@/lib/core/errors/error-code';

const TOO_LARGE = `The package must be at most ${ANKI_IMPORT_LIMITS.maxUploadBytes / (1024 * 1024)} MB. Nothing was imported.`;

/**
 * Streams a request's body to `path` (ADR 030), never holding more than one chunk: refused by its
 * `Content-Length` before anything is read, and again — the stream cancelled — the moment the bytes
 * received pass the cap (a missing or false length). Answers the number of bytes written.
 */
export async function receiveAnkiUpload(
  request: Request,
  path: string,
): Promise<{ ok: true; data: number } | Failure<'payload_too_large' | 'invalid_input'>> {
  const max = ANKI_IMPORT_LIMITS.maxUploadBytes;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return fail('payload_too_large', TOO_LARGE);
  if (!request.body) return fail('invalid_input', 'Send the .apkg file as the request body.');
  const file = await open(path, 'w', 0o600);
  let bytes = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > max) {
        await reader.cancel();
        return fail('payload_too_large', TOO_LARGE);
      }
      await file.write(value);
    }
  } finally {
    await file.close();
  }
  if (bytes === 0) return fail('invalid_input', 'Send the .apkg file as the request body.');
  return { ok: true, data: bytes };
}
