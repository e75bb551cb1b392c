/**
 * What a process hears about API keys revoked by any process sharing its database
 * (decision 0047). A cache of verified keys may be used only while the feed is live: a
 * revocation announced while it was not would go unheard.
 */
export interface RevocationListener {
  /** A key was revoked (by this process or another); drop it. */
  revoked(keyId: string): void;
  /** Announcements no longer arrive: forget everything and stop trusting what is remembered. */
  lost(error: unknown): void;
  /** Announcements arrive again: every revocation from now on will be heard. */
  live(): void;
}

export interface RevocationFeed {
  /** Whether announcements currently arrive. */
  readonly isLive: boolean;
  /** Starts listening on the first subscriber; returns how to stop. */
  subscribe(listener: RevocationListener): () => void;
  close(): Promise<void>;
}
