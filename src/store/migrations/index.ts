import type { Migration } from '../migration.js';
import { meteringMigration } from './0001-metering.js';
import { apiMigration } from './0002-api.js';
import { closedMonthsMigration } from './0003-closed-months.js';
import { subscriptionTermsMigration } from './0004-subscription-terms.js';
import { billingMigration } from './0005-billing.js';
import { contactsMigration } from './0006-contacts.js';
import { funnelsMigration } from './0007-funnels.js';
import { messagesMigration } from './0008-messages.js';
import { notificationsMigration } from './0009-notifications.js';
import { ledgerByKeyMigration } from './0010-ledger-by-key.js';
import { sparseMonthRowsMigration } from './0011-sparse-month-rows.js';
import { structuredBillingDetailsMigration } from './0012-structured-billing-details.js';
import { invoicePaymentsMigration } from './0013-invoice-payments.js';
import { ledgerByMonthMigration } from './0014-ledger-by-month.js';
import { dailyActivationCountersMigration } from './0015-daily-activation-counters.js';
import { settingsPagesMigration } from './0016-settings-pages.js';
import { boardAtSizeMigration } from './0017-board-at-size.js';
import { nameOrderKeyMigration } from './0018-name-order-key.js';

/** Every migration, in version order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  meteringMigration,
  apiMigration,
  closedMonthsMigration,
  subscriptionTermsMigration,
  billingMigration,
  contactsMigration,
  funnelsMigration,
  messagesMigration,
  notificationsMigration,
  ledgerByKeyMigration,
  sparseMonthRowsMigration,
  structuredBillingDetailsMigration,
  invoicePaymentsMigration,
  ledgerByMonthMigration,
  dailyActivationCountersMigration,
  settingsPagesMigration,
  boardAtSizeMigration,
  nameOrderKeyMigration,
];
