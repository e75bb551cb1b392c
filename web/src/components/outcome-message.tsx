/** What the last action did: a success announced politely, a failure as an alert. */
export type Outcome = { ok: true; text: string } | { ok: false; text: string; detail?: string };

export function OutcomeMessage({ outcome, testId }: { outcome: Outcome | undefined; testId: string }) {
  if (!outcome) return null;
  if (outcome.ok) {
    return (
      <p role="status" className="success" data-testid={testId}>
        {outcome.text}
      </p>
    );
  }
  return (
    <div role="alert" className="error" data-testid={testId}>
      <p>{outcome.text}</p>
      {outcome.detail && (
        // Server messages are in the API's English.
        <p lang="en" className="mono small">
          {outcome.detail}
        </p>
      )}
    </div>
  );
}
