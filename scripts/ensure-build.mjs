// Builds the app when its sources changed since the last build (the check `npm start` makes), and
// only then: `npm test` runs it beside Vitest so the end-to-end tests find the build ready.
import { ensureBuild } from './lib/prepare.mjs';

ensureBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' });
