/** Tells a visitor who came from a join link that the invitation waits for them (null otherwise). */
export function InviteNotice({ callbackUrl, until }: { callbackUrl: string; until: string }) {
  if (!callbackUrl.startsWith('/join/')) return null;
  return (
    <p className="text-fg-muted" data-testid="invite-notice">
      You have been invited to a class: {until}, you come back to your class invitation.
    </p>
  );
}
