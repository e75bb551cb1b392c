import type { Money, Notification } from '../api/types.js';
import type { Formatter } from '../i18n/formatter.js';
import type { Messages } from '../i18n/messages-en.js';
import { planNameText } from '../i18n/server-text.js';
import { describeOption } from './describe-option.js';

/** What a usage.threshold_reached notice carries in `data` (its figures, not its sentence). */
interface ThresholdData {
  percent: number;
  activeContacts: number;
  allowance: number;
  overusage: number;
  overusageCost: Money;
  forecast: { activeContacts: number };
  cheapestOption?: { kind: string; plan: string; addonContacts: number; monthlyCost: Money };
}

function isThresholdData(data: unknown): data is ThresholdData {
  if (typeof data !== 'object' || data === null) return false;
  const figures = data as Partial<ThresholdData>;
  return (
    typeof figures.percent === 'number' &&
    typeof figures.activeContacts === 'number' &&
    typeof figures.allowance === 'number' &&
    typeof figures.overusage === 'number' &&
    typeof figures.overusageCost?.amount === 'string' &&
    typeof figures.forecast?.activeContacts === 'number'
  );
}

/**
 * A notice in the user's language, written from its figures: the server's title and message
 * are English, so they are shown only for a kind of notice this dashboard does not know.
 */
export function noticeText(
  t: Messages,
  format: Formatter,
  notification: Notification,
): { title: string; message: string } {
  const data = notification.data;
  if (notification.type !== 'usage.threshold_reached' || !isThresholdData(data))
    return { title: notification.title, message: notification.message };
  const parts = [
    t.notices.thresholdMessage(
      format.count(data.activeContacts),
      format.count(data.allowance),
      format.count(data.forecast.activeContacts),
    ),
  ];
  if (data.overusage > 0)
    parts.push(t.notices.thresholdOver(format.count(data.overusage), format.money(data.overusageCost)));
  const option = data.cheapestOption;
  if (option && typeof option.monthlyCost?.amount === 'string')
    parts.push(
      t.notices.thresholdCheapest(
        describeOption(t, format, option.kind, planNameText(t, option.plan), option.addonContacts),
        format.money(option.monthlyCost),
      ),
    );
  return { title: t.notices.thresholdTitle(format.count(data.percent)), message: parts.join(' ') };
}
