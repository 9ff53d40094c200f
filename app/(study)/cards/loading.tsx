/** While the card browser reads the learner's cards. */
export default function CardsLoading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Cards</h1>
      <p role="status" className="text-fg-muted">
        Loading your cards…
      </p>
    </div>
  );
}
