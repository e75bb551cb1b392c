import { Temporal } from 'temporal-polyfill';
import type { Account } from '../accounts/account.js';
import { findAccount, findUsageCalendar } from '../accounts/account-repository.js';
import type { Catalog } from '../billing/catalog.js';
import { addNote } from '../contacts/add-note.js';
import { defineProperty } from '../contacts/property-definitions.js';
import { createContact, updateContact } from '../contacts/save-contact.js';
import { listStatuses, updateStatus } from '../contacts/statuses.js';
import type { Actor } from '../domain/activity.js';
import type { UsageMonth } from '../domain/usage-month.js';
import type { Store } from '../store/store.js';
import { SeededRandom } from '../support/seeded-random.js';
import { openAccount } from '../use-cases/open-account.js';

export const demoAccountId = 'acc_demo';
const timeZone = 'Europe/Berlin';
const hour = 3600_000;
const day = 24 * hour;

/** How busy each past usage month is: contacts created, and older contacts worked on again. */
const pastMonths = [
  { created: 130, revisited: 0 },
  { created: 90, revisited: 75 },
  // The month over its allowance (Grow: 250): a busy month and a column rename.
  { created: 140, revisited: 150, renameQualified: true },
  { created: 80, revisited: 110 },
] as const;
/** The current month at its end; the demo plays the part of it that has passed. */
const currentMonth = { created: 120, revisited: 140 };

export interface DemoSeed {
  account: Account;
  /** False when the demo account existed already and was reused as it is. */
  seeded: boolean;
  contactsCreated: number;
}

/** One contact action at one instant; the seed plays them in time order. */
interface Step {
  at: number;
  run(): Promise<void>;
}

/**
 * The demo account "Demo GmbH" on Grow monthly, started four usage months ago, with a few
 * hundred contacts made the way a customer makes them: funnel leads, an import and people
 * creating contacts, moving them across the board, adding notes and setting properties,
 * and one column rename. Every step goes through the contact actions, so the activity
 * log, the active set and the board agree as they would in real use. The third month ends
 * over its allowance. Nothing is seeded when the account exists: a rerun reuses it.
 */
export async function seedDemoAccount(store: Store, catalog: Catalog, now: number): Promise<DemoSeed> {
  const existing = await findAccount(store.db, demoAccountId);
  if (existing) return { account: existing, seeded: false, contactsCreated: 0 };

  const anchor = Temporal.Instant.fromEpochMilliseconds(now)
    .toZonedDateTimeISO(timeZone)
    .with({ day: 1 })
    .startOfDay()
    .subtract({ months: pastMonths.length });
  const { account } = await openAccount(
    store,
    catalog,
    {
      id: demoAccountId,
      name: 'Demo GmbH',
      timeZone,
      configuration: { planId: 'grow', cycle: 'monthly', addonContacts: 0 },
      startsAt: anchor.epochMilliseconds,
    },
    anchor.epochMilliseconds,
  );
  const calendar = await findUsageCalendar(store, account.id);
  if (!calendar) throw new Error('the demo account has no usage calendar');
  const at = anchor.epochMilliseconds;
  await defineOrThrow(store, account.id, at, {
    key: 'source',
    label: 'Source',
    type: 'single_select',
    options: ['Website', 'Webinar', 'Referral', 'Trade fair'],
  });
  await defineOrThrow(store, account.id, at, { key: 'budget', label: 'Budget (€)', type: 'number' });
  const columns = new Map(
    (await listStatuses(store.db, account.id)).map((status) => [status.name, status.id]),
  );
  const column = (name: string) => columns.get(name) as string;

  const random = new SeededRandom(20_261_127);
  const contacts: string[] = [];
  let created = 0;
  const months = [...pastMonths, currentMonth];
  for (const [index, plan] of months.entries()) {
    const month: UsageMonth = calendar.month(index);
    // The current month is played only up to now, at its usual pace.
    const until = Math.min(month.end, now);
    const share = month.end - month.start === 0 ? 0 : (until - month.start) / (month.end - month.start);
    const toCreate = Math.round(plan.created * share);
    const toRevisit = Math.min(Math.round(plan.revisited * share), contacts.length);
    const sometime = () => month.start + random.below(Math.max(1, until - month.start - hour));
    const steps: Step[] = [];

    for (let lead = 0; lead < toCreate; lead++) {
      const person = personAt(created + lead);
      const createdAt = sometime();
      const actor: Actor = random.next() < 0.55 ? 'funnel' : random.next() < 0.5 ? 'import' : 'user';
      steps.push({
        at: createdAt,
        run: async () => {
          const outcome = await createContact(
            store,
            account.id,
            {
              name: person.name,
              email: person.email,
              ...(random.next() < 0.4 ? { phone: person.phone } : {}),
              statusId: column('New'),
              properties: {
                source: actor === 'import' ? 'Trade fair' : random.pick(['Website', 'Webinar', 'Referral']),
              },
            },
            actor,
            createdAt,
          );
          if (!outcome.ok) throw new Error(`demo contact refused: ${outcome.message}`);
          contacts.push(outcome.contact.id);
          // A new lead is usually contacted within days, and some get a note the same week.
          const contactedAt = Math.min(createdAt + random.below(4 * day) + hour, until - 1);
          if (random.next() < 0.6) {
            steps.push({
              at: contactedAt,
              run: () => move(outcome.contact.id, column('Contacted'), contactedAt),
            });
          }
          if (random.next() < 0.35) {
            const notedAt = Math.min(contactedAt + hour, until - 1);
            steps.push({
              at: notedAt,
              run: () => note(outcome.contact.id, random.pick(notes), notedAt),
            });
          }
        },
      });
    }
    // Older contacts the team works on again this month: each becomes active again.
    const revisited = new Set<string>();
    while (revisited.size < toRevisit) revisited.add(contacts[random.below(contacts.length)] as string);
    for (const contactId of revisited) {
      const touchedAt = sometime();
      const roll = random.next();
      steps.push({
        at: touchedAt,
        run: () =>
          roll < 0.45
            ? move(contactId, column(random.pick(['Qualified', 'Won', 'Lost', 'Contacted'])), touchedAt)
            : roll < 0.8
              ? note(contactId, random.pick(notes), touchedAt)
              : setBudget(contactId, 500 + random.below(40) * 250, touchedAt),
      });
    }
    if ('renameQualified' in plan) {
      const renamedAt = month.start + 18 * day + 10 * hour;
      steps.push({
        at: renamedAt,
        run: async () => {
          const renamed = await updateStatus(
            store,
            catalog,
            account.id,
            column('Qualified'),
            { name: 'Sales qualified' },
            'user',
            renamedAt,
            false,
          );
          if (!renamed.ok) throw new Error(`demo rename refused: ${renamed.message}`);
        },
      });
    }
    // Steps may add later steps (a lead's follow-up): play in time order until none is left.
    while (steps.length > 0) {
      steps.sort((a, b) => a.at - b.at);
      const step = steps.shift() as Step;
      await step.run();
    }
    created += toCreate;
  }
  return { account, seeded: true, contactsCreated: created };

  async function move(contactId: string, statusId: string, when: number) {
    const outcome = await updateContact(store, account.id, contactId, { statusId }, 'user', when);
    if (!outcome.ok) throw new Error(`demo move refused: ${outcome.message}`);
  }
  async function note(contactId: string, body: string, when: number) {
    const outcome = await addNote(store, account.id, contactId, body, 'user', when);
    if (!outcome.ok) throw new Error(`demo note refused: ${outcome.message}`);
  }
  async function setBudget(contactId: string, budget: number, when: number) {
    const outcome = await updateContact(
      store,
      account.id,
      contactId,
      { properties: { budget } },
      'user',
      when,
    );
    if (!outcome.ok) throw new Error(`demo property refused: ${outcome.message}`);
  }
}

async function defineOrThrow(
  store: Store,
  accountId: string,
  now: number,
  input: Parameters<typeof defineProperty>[2],
): Promise<void> {
  const outcome = await defineProperty(store, accountId, input, now);
  if (!outcome.ok) throw new Error(`demo property definition refused: ${outcome.message}`);
}

const firstNames = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Emma',
  'Felix',
  'Greta',
  'Hannah',
  'Jonas',
  'Klara',
  'Lukas',
  'Marie',
  'Noah',
  'Olivia',
  'Paul',
  'Sophie',
  'Tim',
  'Lea',
  'Max',
  'Nina',
  'Elias',
  'Mia',
  'Leon',
  'Ida',
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Hofmann',
  'Lange',
];
const notes = [
  'Called, interested in a demo next week.',
  'Sent the pricing overview.',
  'Asked for a reference customer.',
  'Follow up after the holidays.',
  'Decision maker is the CFO.',
  'Wants a yearly contract.',
];

/** A deterministic person for the n-th contact: names repeat, e-mail addresses never do. */
function personAt(index: number) {
  const first = firstNames[index % firstNames.length] as string;
  const last = lastNames[Math.floor(index / firstNames.length) % lastNames.length] as string;
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');
  return {
    name: `${first} ${last}`,
    email: `${local}${index >= firstNames.length * lastNames.length ? index : ''}@example.com`,
    phone: `+49 151 ${String(1_000_000 + index * 7919).slice(-7)}`,
  };
}
