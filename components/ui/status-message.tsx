/** A polite live region under a form: the failure in red, else the success in green, else nothing. */
export function StatusMessage({ error, success }: { error: string | null; success: string | null }) {
  return (
    <p aria-live="polite" className="text-sm">
      {error ? (
        <span className="text-danger">{error}</span>
      ) : success ? (
        <span className="text-success">{success}</span>
      ) : null}
    </p>
  );
}
