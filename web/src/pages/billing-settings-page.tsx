import { useEffect, useMemo, useRef, useState } from 'react';
import { type ApiClient, ApiError } from '../api/client.js';
import type { BillingDetails } from '../api/types.js';
import {
  type BillingField,
  type BillingForm,
  bodyOf,
  emptyBillingForm,
  fieldErrorsOf,
  formOf,
} from '../billing-form.js';
import { NumberField } from '../components/number-field.js';
import { SettingsForm } from '../components/settings-form.js';
import { SettingsPage } from '../components/settings-page.js';
import { TextField } from '../components/text-field.js';
import { countryCodes } from '../countries.js';
import { useLocale } from '../i18n/locale-context.js';
import { parseDecimal } from '../i18n/parse-decimal.js';
import { errorText, fieldErrorText } from '../i18n/server-text.js';
import { useLoad } from '../use-load.js';

type Outcome = { kind: 'saved' } | { kind: 'refused'; other: string[] } | { kind: 'failed'; message: string };

const fieldOrder: BillingField[] = [
  'legalName',
  'street',
  'postalCode',
  'city',
  'country',
  'vatId',
  'email',
  'buyerReference',
  'vatRate',
  'reverseCharge',
];

/**
 * The buyer's billing details (decision 0042): loaded with GET, saved with PUT. What was typed
 * stays in the form whatever the server answers; the API's field errors appear beside their
 * inputs, and the first one takes the focus.
 */
export function BillingSettingsPage({ client }: { client: ApiClient }) {
  const { t, format, locale } = useLocale();
  const details = useLoad(() => client.json<BillingDetails>('/v1/billing-details'), [client]);
  const [loaded, setLoaded] = useState<BillingDetails>();
  const [form, setForm] = useState<BillingForm>();
  const [errors, setErrors] = useState<Partial<Record<BillingField, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);
  const formElement = useRef<HTMLFormElement>(null);

  // The form is filled once from the server; a later load must not overwrite what is typed.
  useEffect(() => {
    if (details.data && !loaded) {
      setLoaded(details.data);
      setForm(formOf(details.data, locale));
    }
  }, [details.data, loaded, locale]);

  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ code, name: format.country(code) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [format, locale],
  );

  const edit =
    <Field extends BillingField>(field: Field) =>
    (value: BillingForm[Field]) => {
      setForm((current) => ({ ...(current ?? emptyBillingForm), [field]: value }));
      setOutcome(undefined);
    };

  const save = async () => {
    if (!form) return;
    // The rate is read in the user's locale; a refusal is already shown beside the field.
    const vatRate = parseDecimal(form.vatRate.trim() === '' ? '0' : form.vatRate, locale, {
      nonNegative: true,
    });
    if (!vatRate.ok) {
      formElement.current?.querySelector<HTMLElement>('#billing-vatRate')?.focus();
      return;
    }
    setSaving(true);
    setOutcome(undefined);
    try {
      const saved = await client.json<BillingDetails>('/v1/billing-details', {
        method: 'PUT',
        body: bodyOf(form, vatRate.value, loaded),
      });
      setLoaded(saved);
      // The server's form of what was saved: the VAT ID compacted, the country upper-cased.
      setForm(formOf(saved, locale));
      setErrors({});
      setOutcome({ kind: 'saved' });
    } catch (caught) {
      if (caught instanceof ApiError && caught.errors.length > 0) {
        const mapped = fieldErrorsOf(caught.errors, (error) => fieldErrorText(t, error));
        setErrors(mapped.byField);
        setOutcome({ kind: 'refused', other: mapped.other });
        const first = fieldOrder.find((field) => mapped.byField[field] !== undefined);
        if (first) formElement.current?.querySelector<HTMLElement>(`#billing-${first}`)?.focus();
      } else {
        setErrors({});
        setOutcome({
          kind: 'failed',
          message: errorText(t, caught),
        });
      }
    } finally {
      setSaving(false);
    }
  };

  // Inputs stay enabled while saving: a disabled input could not take the focus of its error.
  const field = (name: Exclude<BillingField, 'reverseCharge'>) => ({
    id: `billing-${name}`,
    value: form?.[name] ?? '',
    error: errors[name],
    onValue: edit(name),
  });

  return (
    <SettingsPage heading={t.billing.heading} intro={t.billing.intro} loadError={details.error}>
      {!form && !details.error && <p className="muted">{t.app.loading}</p>}
      {form && (
        <SettingsForm
          formRef={formElement}
          submitLabel={saving ? t.billing.saving : t.billing.save}
          busy={saving}
          onSubmit={() => void save()}
          footer={<SaveOutcome outcome={outcome} />}
        >
          <TextField {...field('legalName')} label={t.billing.legalName} autoComplete="organization" />
          <fieldset>
            <legend>{t.billing.address}</legend>
            {typeof loaded?.address === 'string' && (
              <p className="muted small" data-testid="free-text-address">
                {t.billing.freeTextAddress(loaded.address)}
              </p>
            )}
            <div className="field-grid">
              <TextField {...field('street')} label={t.billing.street} autoComplete="street-address" />
              <TextField {...field('postalCode')} label={t.billing.postalCode} autoComplete="postal-code" />
              <TextField {...field('city')} label={t.billing.city} autoComplete="address-level2" />
              <TextField {...field('country')} label={t.billing.country}>
                {(described) => (
                  <select
                    {...described}
                    value={form.country}
                    autoComplete="country"
                    onChange={(event) => edit('country')(event.target.value)}
                  >
                    <option value="">{t.billing.noCountry}</option>
                    {countries.map((country) => (
                      <option key={country.code} value={country.code}>
                        {country.name}
                      </option>
                    ))}
                  </select>
                )}
              </TextField>
            </div>
          </fieldset>
          <TextField {...field('vatId')} label={t.billing.vatId} hint={t.billing.vatIdHint} />
          <TextField
            {...field('email')}
            type="email"
            label={t.billing.email}
            hint={t.billing.emailHint}
            autoComplete="email"
          />
          <TextField
            {...field('buyerReference')}
            label={t.billing.buyerReference}
            hint={t.billing.buyerReferenceHint}
          />
          <fieldset>
            <legend>{t.billing.vat}</legend>
            <NumberField
              id="billing-vatRate"
              label={t.billing.vatRate}
              text={form.vatRate}
              rules={{ nonNegative: true }}
              error={errors.vatRate}
              onText={edit('vatRate')}
            />
            <div className="field">
              <label>
                <input
                  id="billing-reverseCharge"
                  type="checkbox"
                  checked={form.reverseCharge}
                  aria-invalid={errors.reverseCharge ? true : undefined}
                  aria-describedby={
                    errors.reverseCharge ? 'billing-reverseCharge-error' : 'billing-reverseCharge-hint'
                  }
                  onChange={(event) => edit('reverseCharge')(event.target.checked)}
                />{' '}
                {t.billing.reverseCharge}
              </label>
              <p id="billing-reverseCharge-hint" className="muted small">
                {t.billing.reverseChargeHint}
              </p>
              {errors.reverseCharge && (
                <p id="billing-reverseCharge-error" className="error small">
                  {errors.reverseCharge}
                </p>
              )}
            </div>
          </fieldset>
        </SettingsForm>
      )}
    </SettingsPage>
  );
}

/** A refusal lists the API's messages that belong to no field; those beside a field stay there. */
function SaveOutcome({ outcome }: { outcome: Outcome | undefined }) {
  const { t } = useLocale();
  if (outcome?.kind === 'saved') {
    return (
      <p role="status" className="success" data-testid="billing-outcome">
        {t.billing.saved}
      </p>
    );
  }
  if (outcome?.kind === 'refused') {
    return (
      <div role="alert" className="error" data-testid="billing-outcome">
        <p>{t.billing.refused}</p>
        {outcome.other.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    );
  }
  if (outcome?.kind === 'failed') {
    return (
      <p role="alert" className="error" data-testid="billing-outcome">
        {t.billing.failed(outcome.message)}
      </p>
    );
  }
  return null;
}
