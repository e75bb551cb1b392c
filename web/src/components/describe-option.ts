import { formatCount } from '../format.js';

/** The advisor's option kinds, in words. */
export function describeOption(kind: string, planName: string, addonContacts: number): string {
  switch (kind) {
    case 'stay':
      return `stay on ${planName}`;
    case 'add_addons':
      return `${formatCount(addonContacts)} add-on contacts on ${planName}`;
    case 'upgrade_with_addons':
      return `move to ${planName} with ${formatCount(addonContacts)} add-on contacts`;
    default:
      return `move to ${planName}`;
  }
}
