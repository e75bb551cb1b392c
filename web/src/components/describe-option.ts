import type { Formatter } from '../i18n/formatter.js';
import type { Messages } from '../i18n/messages-en.js';

/** The advisor's option kinds, in words. */
export function describeOption(
  t: Messages,
  format: Formatter,
  kind: string,
  planName: string,
  addonContacts: number,
): string {
  switch (kind) {
    case 'stay':
      return t.options.stay(planName);
    case 'add_addons':
      return t.options.addAddons(format.count(addonContacts), planName);
    case 'upgrade_with_addons':
      return t.options.upgradeWithAddons(planName, format.count(addonContacts));
    default:
      return t.options.move(planName);
  }
}
