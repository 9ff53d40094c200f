/** Next calls this once per server process at start (ADR 032): the background jobs run in Node only. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startScheduledJobs } = await import('./lib/server/jobs/start-scheduled-jobs');
    startScheduledJobs();
  }
}
