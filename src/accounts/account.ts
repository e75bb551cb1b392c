/** An account as the domain sees it. Instants are epoch milliseconds. */
export interface Account {
  id: string;
  name: string;
  timeZone: string;
  /** The instant the subscription started; usage months are anchored here and it never moves. */
  billingAnchor: number;
  createdAt: number;
}

export const defaultTimeZone = 'Europe/Berlin';
