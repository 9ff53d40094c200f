/**
 * `npm start`'s demo-data decision (DESIGN §2), by the server's own rule: validates the environment
 * (lib/server/env-schema.ts, which applies decideDemoData) and prints one JSON line,
 * `{"enabled":boolean,"notice":string|null}`. A bad variable: exit 1 with the schema's message.
 * Run with `tsx --conditions=react-server scripts/demo-data.ts`.
 */
import { parseEnv } from '@/lib/server/env-schema';

try {
  const env = parseEnv(process.env);
  console.log(JSON.stringify({ enabled: env.DEMO_DATA, notice: env.DEMO_DATA_NOTICE }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
