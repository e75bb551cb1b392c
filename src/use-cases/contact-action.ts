import type { ContactRefusal } from '../contacts/contact.js';
import { acceptedOrThrow } from '../contacts/contact-refused-error.js';
import { checkThresholdsAfterWrite, type ThresholdCheckServices } from './check-thresholds-after-write.js';

export interface ContactActionServices extends ThresholdCheckServices {
  now(): number;
}

/**
 * One contact action of an account — a contact saved, deleted, noted or messaged, a column
 * renamed or removed, an import: the contacts module commits the change together with the
 * qualifying activities it causes (metering), then the month is checked against the usage
 * thresholds (notify), so the notice exists before the caller hears back. A refusal is
 * thrown as `ContactRefusedError` and checks nothing.
 */
export async function performContactAction<Accepted extends { ok: true }>(
  services: ContactActionServices,
  accountId: string,
  action: (now: number) => Promise<Accepted | ContactRefusal>,
): Promise<Accepted> {
  const accepted = acceptedOrThrow(await action(services.now()));
  await checkThresholdsAfterWrite(services, accountId, services.now());
  return accepted;
}
