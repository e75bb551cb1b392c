import { useEffect, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Cycle, Money, Plan, Quote, Subscription, SubscriptionChange, Usage } from '../api/types.js';
import { describeOption } from '../components/describe-option.js';
import { LinesTable } from '../components/lines-table.js';
import { formatCount, formatDate, formatMoney } from '../format.js';
import { useLoad } from '../use-load.js';

interface Choice {
  plan: string;
  cycle: Cycle;
  addonContacts: number;
}

/**
 * The plan configurator: pick plan, cycle and add-on contacts and see the price; the base
 * plan that covers the expected contacts most cheaply is highlighted, the advisor lists the
 * options from today's plan, and a change shows its charges and credits before it is made.
 */
export function PlanPage({ client }: { client: ApiClient }) {
  const ids = { cycle: useId(), addons: useId(), expected: useId() };
  const subscription = useLoad(() => client.json<Subscription>('/v1/subscription'), [client]);
  const catalog = useLoad(
    () => client.json<{ data: Plan[]; overusagePerContact: Money }>('/v1/plans'),
    [client],
  );
  const usage = useLoad(() => client.json<Usage>('/v1/usage'), [client]);
  const [choice, setChoice] = useState<Choice>();
  const [expected, setExpected] = useState<number>();
  const [change, setChange] = useState<SubscriptionChange>();
  const [applied, setApplied] = useState<SubscriptionChange>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const current = subscription.data;
    if (!choice && current?.plan && current.cycle) {
      setChoice({ plan: current.plan, cycle: current.cycle, addonContacts: current.addonContacts ?? 0 });
    }
  }, [subscription.data, choice]);
  useEffect(() => {
    if (expected === undefined && usage.data) {
      setExpected(Math.max(usage.data.forecast?.activeContacts ?? 0, usage.data.activeContacts));
    }
  }, [usage.data, expected]);

  const plans = catalog.data?.data.filter((plan) => !plan.legacy) ?? [];
  const chosenPlan = plans.find((plan) => plan.id === choice?.plan);
  const offersAddons = Boolean(chosenPlan?.addonPerContact);
  const lowest = plans.reduce<Plan | undefined>(
    (low, plan) => (!low || (plan.includedContacts ?? 0) < (low.includedContacts ?? 0) ? plan : low),
    undefined,
  );

  const price = useLoad(async () => {
    if (!choice) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: { ...choice, addonContacts: offersAddons ? choice.addonContacts : 0 },
    });
  }, [client, choice?.plan, choice?.cycle, choice?.addonContacts, offersAddons]);
  // From the smallest plan the advisor weighs every plan: its cheapest option names the base
  // plan to highlight for the expected contacts.
  const recommendation = useLoad(async () => {
    if (!choice || !lowest || expected === undefined) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: { plan: lowest.id, cycle: choice.cycle, addonContacts: 0, expectedActiveContacts: expected },
    });
  }, [client, lowest?.id, choice?.cycle, expected]);
  const current = subscription.data;
  const advice = useLoad(async () => {
    if (!current?.plan || !current.cycle || expected === undefined) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: {
        plan: current.plan,
        cycle: current.cycle,
        addonContacts: current.addonContacts ?? 0,
        expectedActiveContacts: expected,
      },
    });
  }, [client, current?.plan, current?.cycle, current?.addonContacts, expected]);

  const update = (next: Partial<Choice>) => {
    if (!choice) return;
    setChoice({ ...choice, ...next });
    setChange(undefined);
    setApplied(undefined);
    setError(undefined);
  };

  const unchanged =
    choice !== undefined &&
    current?.plan === choice.plan &&
    current.cycle === choice.cycle &&
    (current.addonContacts ?? 0) === (offersAddons ? choice.addonContacts : 0);

  const submitChange = async (preview: boolean) => {
    if (!choice) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await client.json<SubscriptionChange>('/v1/subscription/changes', {
        method: 'POST',
        body: {
          plan: choice.plan,
          cycle: choice.cycle,
          addonContacts: offersAddons ? choice.addonContacts : 0,
          preview,
        },
      });
      if (preview) setChange(answer);
      else {
        setChange(undefined);
        setApplied(answer);
        await subscription.reload();
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const recommended = recommendation.data?.recommendedPlan;
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Plan</h1>
      </div>
      {current && (
        <section className="card" aria-labelledby="current-plan-heading">
          <h2 id="current-plan-heading">Your plan</h2>
          <p data-testid="current-plan">
            <strong>{current.planName ?? current.plan ?? 'No plan'}</strong>
            {current.cycle && `, billed ${current.cycle}`}
            {current.addonContacts ? `, ${formatCount(current.addonContacts)} add-on contacts` : ''}
            {current.allowance !== null && ` — ${formatCount(current.allowance)} active contacts a month`}
          </p>
          {current.scheduledChanges.map((scheduled) => (
            <p key={scheduled.effectiveAt} className="muted">
              From {formatDate(scheduled.effectiveAt)}:{' '}
              {scheduled.cancel
                ? 'cancelled'
                : `${scheduled.planName ?? scheduled.plan}, ${scheduled.cycle}, ${formatCount(scheduled.addonContacts ?? 0)} add-on contacts`}
            </p>
          ))}
        </section>
      )}
      {choice && (
        <section className="card" aria-labelledby="configure-heading">
          <h2 id="configure-heading">Configure</h2>
          <div className="field">
            <label htmlFor={ids.expected}>Expected active contacts a month</label>
            <input
              id={ids.expected}
              type="number"
              min={0}
              max={10_000_000}
              step={1}
              inputMode="numeric"
              value={expected ?? ''}
              onChange={(event) => {
                const value = Number(event.target.value);
                if (Number.isInteger(value) && value >= 0) setExpected(value);
              }}
            />
          </div>
          <fieldset className="plan-options">
            <legend>Base plan</legend>
            {plans.map((plan) => (
              <label
                key={plan.id}
                className={`plan-option${choice.plan === plan.id ? ' selected' : ''}${recommended === plan.id ? ' recommended' : ''}`}
                data-plan={plan.id}
              >
                <input
                  type="radio"
                  name="plan"
                  value={plan.id}
                  checked={choice.plan === plan.id}
                  onChange={() => update({ plan: plan.id })}
                />
                <span className="plan-name">{plan.name}</span>
                <span>{formatCount(plan.includedContacts ?? 0)} contacts included</span>
                <span>
                  {formatMoney(plan.fees[choice.cycle])} / {choice.cycle === 'monthly' ? 'month' : 'year'}
                </span>
                <span className="muted small">
                  {plan.addonPerContact
                    ? `add-on ${formatMoney(plan.addonPerContact[choice.cycle])} per contact and month`
                    : 'no add-on contacts'}
                </span>
                {recommended === plan.id && (
                  <span className="badge recommended-badge">
                    Best value for {formatCount(expected ?? 0)} contacts
                  </span>
                )}
                {current?.plan === plan.id && <span className="badge">Current</span>}
              </label>
            ))}
          </fieldset>
          <div className="field-grid">
            <fieldset className="inline">
              <legend>Billing cycle</legend>
              {(['monthly', 'yearly'] as const).map((cycle) => (
                <label key={cycle}>
                  <input
                    type="radio"
                    name={ids.cycle}
                    checked={choice.cycle === cycle}
                    onChange={() => update({ cycle })}
                  />{' '}
                  {cycle === 'monthly' ? 'Monthly' : 'Yearly'}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={ids.addons}>Add-on contacts</label>
              <input
                id={ids.addons}
                type="number"
                min={0}
                max={1_000_000}
                step={1}
                inputMode="numeric"
                disabled={!offersAddons}
                value={offersAddons ? choice.addonContacts : 0}
                onChange={(event) => {
                  const value = Number(event.target.value);
                  if (Number.isInteger(value) && value >= 0) update({ addonContacts: value });
                }}
              />
              {!offersAddons && <p className="muted small">{chosenPlan?.name} offers no add-on contacts.</p>}
            </div>
          </div>
          {price.data && (
            <div className="price" data-testid="price">
              <p>
                <strong>{formatMoney(price.data.monthlyCost)}</strong> a month
                {choice.cycle === 'yearly'
                  ? ` (${formatMoney(price.data.upfront.total)} a year, billed upfront)`
                  : ''}
                {' — '}
                {formatCount(price.data.configuration.allowance ?? 0)} active contacts a month, then{' '}
                {catalog.data ? formatMoney(catalog.data.overusagePerContact) : ''} per contact over.
              </p>
            </div>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" disabled={busy || unchanged} onClick={() => void submitChange(true)}>
              Review change
            </button>
          </div>
          {change && (
            <section className="change-preview" data-testid="change-preview" aria-label="Charges and credits">
              <h3>Charges and credits</h3>
              {change.immediate && <p>Takes effect now ({formatDate(change.immediate.effectiveAt)}).</p>}
              {change.scheduled && (
                <p>
                  Scheduled for the end of the billing cycle ({formatDate(change.scheduled.effectiveAt)}).
                </p>
              )}
              <LinesTable lines={change.lines} total={change.total} />
              <div className="dialog-actions">
                <button type="button" onClick={() => setChange(undefined)}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => void submitChange(false)}
                >
                  Confirm change
                </button>
              </div>
            </section>
          )}
          {applied && (
            <p role="status" className="success">
              {applied.immediate ? 'Your plan has changed.' : 'The change is scheduled.'}{' '}
              {applied.lines.length > 0 ? `Invoiced: ${formatMoney(applied.total)}.` : ''}
            </p>
          )}
        </section>
      )}
      {advice.data?.options && (
        <section className="card" aria-labelledby="advisor-heading">
          <h2 id="advisor-heading">
            Options for {formatCount(advice.data.expectedActiveContacts ?? 0)} contacts
          </h2>
          <p className="muted small">From your plan today, cheapest first (over a year, shown per month).</p>
          <ol className="advisor">
            {advice.data.options.map((option) => (
              <li
                key={`${option.kind}-${option.plan}-${option.addonContacts}`}
                className={option.recommended ? 'recommended' : undefined}
              >
                <span>
                  {describeOption(option.kind, option.planName ?? option.plan, option.addonContacts)}
                  {option.overusage > 0 ? ` (${formatCount(option.overusage)} over)` : ''}
                </span>
                <strong>{formatMoney(option.monthlyCost)} / month</strong>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
