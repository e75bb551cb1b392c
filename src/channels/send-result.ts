/** What a provider said about one message: accepted (with its id), or not (with why). */
export type SendResult = { accepted: true; providerMessageId: string } | { accepted: false; error: string };
