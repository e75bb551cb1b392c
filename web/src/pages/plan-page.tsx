import { useEffect, useId, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import type { Cycle, Money, Plan, Quote, Subscription, SubscriptionChange, Usage } from '../api/types.js';
import { describeOption } from '../components/describe-option.js';
import { LinesTable } from '../components/lines-table.js';
import { NumberField } from '../components/number-field.js';
import { VatTotals } from '../components/vat-totals.js';
import { useLocale } from '../i18n/locale-context.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import { errorText, planNameText } from '../i18n/server-text.js';
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
  const { t, format, locale } = useLocale();
  const subscription = useLoad(() => client.json<Subscription>('/v1/subscription'), [client]);
  const catalog = useLoad(
    () => client.json<{ data: Plan[]; overusagePerContact: Money }>('/v1/plans'),
    [client],
  );
  const usage = useLoad(() => client.json<Usage>('/v1/usage'), [client]);
  const [choice, setChoice] = useState<Choice>();
  const [expected, setExpected] = useState<number>();
  // What the person typed; the figures above change only when it reads as a count.
  const [expectedText, setExpectedText] = useState('');
  const [addonText, setAddonText] = useState('');
  const [change, setChange] = useState<SubscriptionChange>();
  const [applied, setApplied] = useState<SubscriptionChange>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const current = subscription.data;
    if (!choice && current?.plan && current.cycle) {
      setChoice({ plan: current.plan, cycle: current.cycle, addonContacts: current.addonContacts ?? 0 });
      setAddonText(String(current.addonContacts ?? 0));
    }
  }, [subscription.data, choice]);
  useEffect(() => {
    if (expected === undefined && usage.data) {
      const initial = Math.max(usage.data.forecast?.activeContacts ?? 0, usage.data.activeContacts);
      setExpected(initial);
      setExpectedText(String(initial));
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
  // A subscription without a plan (ended, or legacy) has no cycle or add-ons to advise on.
  const planned = current && 'cycle' in current ? current : undefined;
  const advice = useLoad(async () => {
    if (!planned || expected === undefined) return undefined;
    return client.json<Quote>('/v1/quotes', {
      method: 'POST',
      body: {
        plan: planned.plan,
        cycle: planned.cycle,
        addonContacts: planned.addonContacts,
        expectedActiveContacts: expected,
      },
    });
  }, [client, planned?.plan, planned?.cycle, planned?.addonContacts, expected]);

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
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };

  /** A whole, non-negative count from a number field, or undefined while it cannot be read. */
  const countOf = (text: string, max: number): number | undefined => {
    const parsed = parseDecimal(text, locale, { whole: true, nonNegative: true });
    if (!parsed.ok) return undefined;
    const value = Number(parsed.value);
    return value <= max ? value : undefined;
  };

  const recommended = recommendation.data?.recommendedPlan;
  return (
    <div className="page">
      <div className="page-heading">
        <h1>{t.plan.heading}</h1>
      </div>
      {current && (
        <section className="card" aria-labelledby="current-plan-heading">
          <h2 id="current-plan-heading">{t.plan.yourPlan}</h2>
          <p data-testid="current-plan">
            <strong>{planned ? planNameText(t, planned.plan, planned.planName) : t.plan.noPlan}</strong>
            {planned && t.plan.billed(t.plan.cycleWord(planned.cycle))}
            {planned?.addonContacts ? t.plan.addons(format.count(planned.addonContacts)) : ''}
            {current.allowance !== null && t.plan.allowance(format.count(current.allowance))}
          </p>
          {current.scheduledChanges.map((scheduled) => (
            <p key={scheduled.effectiveAt} className="muted">
              {t.plan.from(format.date(scheduled.effectiveAt))}
              {'cancel' in scheduled
                ? t.plan.cancelled
                : t.plan.scheduled(
                    planNameText(t, scheduled.plan, scheduled.planName),
                    t.plan.cycleWord(scheduled.cycle),
                    format.count(scheduled.addonContacts),
                  )}
            </p>
          ))}
        </section>
      )}
      {choice && (
        <section className="card" aria-labelledby="configure-heading">
          <h2 id="configure-heading">{t.plan.configure}</h2>
          <NumberField
            id={ids.expected}
            label={t.plan.expected}
            text={expectedText}
            rules={{ whole: true, nonNegative: true }}
            onText={(text) => {
              setExpectedText(text);
              const value = countOf(text, 10_000_000);
              if (value !== undefined) setExpected(value);
            }}
          />
          <fieldset className="plan-options">
            <legend>{t.plan.basePlan}</legend>
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
                <span className="plan-name">{planNameText(t, plan.id, plan.name)}</span>
                <span>{t.plan.included(format.count(plan.includedContacts ?? 0))}</span>
                <span>{t.plan.perCycle(format.money(plan.fees[choice.cycle]), choice.cycle)}</span>
                <span className="muted small">
                  {plan.addonPerContact
                    ? t.plan.addonPrice(format.money(plan.addonPerContact[choice.cycle]))
                    : t.plan.noAddons}
                </span>
                {recommended === plan.id && (
                  <span className="badge recommended-badge">
                    {t.plan.bestValue(format.count(expected ?? 0))}
                  </span>
                )}
                {current?.plan === plan.id && <span className="badge">{t.plan.current}</span>}
              </label>
            ))}
          </fieldset>
          <div className="field-grid">
            <fieldset className="inline">
              <legend>{t.plan.cycle}</legend>
              {(['monthly', 'yearly'] as const).map((cycle) => (
                <label key={cycle}>
                  <input
                    type="radio"
                    name={ids.cycle}
                    checked={choice.cycle === cycle}
                    onChange={() => update({ cycle })}
                  />{' '}
                  {cycle === 'monthly' ? t.plan.monthly : t.plan.yearly}
                </label>
              ))}
            </fieldset>
            <div>
              <NumberField
                id={ids.addons}
                label={t.plan.addonContacts}
                text={offersAddons ? addonText : '0'}
                rules={{ whole: true, nonNegative: true }}
                disabled={!offersAddons}
                onText={(text) => {
                  setAddonText(text);
                  const value = countOf(text, 1_000_000);
                  if (value !== undefined) update({ addonContacts: value });
                }}
              />
              {!offersAddons && (
                <p className="muted small">
                  {t.plan.offersNoAddons(planNameText(t, chosenPlan?.id, chosenPlan?.name))}
                </p>
              )}
            </div>
          </div>
          {price.data && (
            <div className="price" data-testid="price">
              <p>
                <strong>{format.money(price.data.monthlyCost)}</strong>
                {t.plan.aMonth}
                {choice.cycle === 'yearly'
                  ? t.plan.yearlyUpfront(format.money(price.data.upfront.total))
                  : ''}
                {t.plan.allowanceThenOverusage(
                  format.count(price.data.configuration.allowance ?? 0),
                  catalog.data ? format.money(catalog.data.overusagePerContact) : '',
                )}
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
              {t.plan.review}
            </button>
          </div>
          {change && (
            <section
              className="change-preview"
              data-testid="change-preview"
              aria-label={t.plan.chargesAndCredits}
            >
              <h3>{t.plan.chargesAndCredits}</h3>
              {change.immediate && <p>{t.plan.takesEffectNow(format.date(change.immediate.effectiveAt))}</p>}
              {change.scheduled && <p>{t.plan.scheduledForEnd(format.date(change.scheduled.effectiveAt))}</p>}
              <LinesTable lines={change.lines} total={change.net} totalLabel={t.lines.net} />
              {change.lines.length > 0 && <VatTotals amounts={change} testId="change-preview-vat" />}
              <div className="dialog-actions">
                <button type="button" onClick={() => setChange(undefined)}>
                  {t.dialog.cancel}
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  onClick={() => void submitChange(false)}
                >
                  {t.plan.confirm}
                </button>
              </div>
            </section>
          )}
          {applied && (
            <p role="status" className="success">
              {applied.immediate ? t.plan.changed : t.plan.changeScheduled}{' '}
              {applied.lines.length > 0 ? t.plan.invoiced(format.money(applied.gross)) : ''}
            </p>
          )}
        </section>
      )}
      {advice.data?.options && (
        <section className="card" aria-labelledby="advisor-heading">
          <h2 id="advisor-heading">
            {t.plan.optionsFor(format.count(advice.data.expectedActiveContacts ?? 0))}
          </h2>
          <p className="muted small">{t.plan.optionsHint}</p>
          <ol className="advisor">
            {advice.data.options.map((option) => (
              <li
                key={`${option.kind}-${option.plan}-${option.addonContacts}`}
                className={option.recommended ? 'recommended' : undefined}
              >
                <span>
                  {describeOption(
                    t,
                    format,
                    option.kind,
                    planNameText(t, option.plan, option.planName),
                    option.addonContacts,
                  )}
                  {option.overusage > 0 ? t.plan.over(format.count(option.overusage)) : ''}
                </span>
                <strong>{t.plan.perMonth(format.money(option.monthlyCost))}</strong>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
