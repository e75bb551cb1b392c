import { useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client.js';
import type { ImportJobView, ImportPreview, ImportReportCounts } from '../../api/types.js';
import { type Outcome, OutcomeMessage } from '../../components/outcome-message.js';
import { SettingsForm } from '../../components/settings-form.js';
import { SettingsPage } from '../../components/settings-page.js';
import { useLocale } from '../../i18n/locale-context.js';
import { errorText, importRejectionText, lookup } from '../../i18n/server-text.js';

/** How often a running import is asked for its progress. */
const pollMs = 500;
/** Rejected rows listed on the page; the count says how many there are in all. */
const rejectedShown = 100;

type Step =
  | { kind: 'choose' }
  | { kind: 'preview'; csv: string; preview: ImportPreview }
  | { kind: 'running'; job: ImportJobView }
  | { kind: 'done'; job: ImportJobView };

/**
 * CSV import in three steps: the file is checked first (a preview: how many contacts are new,
 * updated or rejected, how many become active this month and the overusage that costs), then
 * imported as a background job whose progress is polled (decision 0052), then its report.
 */
export function ImportPage({ client }: { client: ApiClient }) {
  const { t } = useLocale();
  const [file, setFile] = useState<File>();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setOutcome(undefined);
    if (!file) {
      setOutcome({ ok: false, text: t.imports.chooseFile });
      return;
    }
    setBusy(true);
    try {
      const csv = await file.text();
      const preview = await client.json<ImportPreview>('/v1/imports?preview=true', {
        method: 'POST',
        raw: { contentType: 'text/csv', text: csv },
      });
      setStep({ kind: 'preview', csv, preview });
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    } finally {
      setBusy(false);
    }
  };

  const start = async (csv: string) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const job = await client.json<ImportJobView>('/v1/import-jobs', {
        method: 'POST',
        raw: { contentType: 'text/csv', text: csv },
      });
      setStep({ kind: 'running', job });
    } catch (error) {
      setOutcome({ ok: false, text: t.settings.failed(errorText(t, error)) });
    } finally {
      setBusy(false);
    }
  };

  const runningJob = step.kind === 'running' ? step.job : undefined;
  useEffect(() => {
    if (!runningJob) return;
    const timer = setTimeout(() => {
      client
        .json<ImportJobView>(`/v1/import-jobs/${encodeURIComponent(runningJob.id)}`)
        .then((job) => setStep(job.status === 'running' ? { kind: 'running', job } : { kind: 'done', job }))
        // A failed poll is tried again: the import runs on regardless.
        .catch(() => setStep({ kind: 'running', job: { ...runningJob } }));
    }, pollMs);
    return () => clearTimeout(timer);
  }, [client, runningJob]);

  return (
    <SettingsPage heading={t.imports.heading} intro={t.imports.intro}>
      {step.kind === 'choose' && (
        <SettingsForm
          submitLabel={busy ? t.imports.checking : t.imports.check}
          busy={busy}
          onSubmit={() => void check()}
        >
          <div className="field">
            <label htmlFor="import-file">{t.imports.file}</label>
            <input
              id="import-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => setFile(event.target.files?.[0])}
            />
          </div>
        </SettingsForm>
      )}
      {step.kind === 'preview' && (
        <section className="card stack" aria-labelledby="import-preview-heading" data-testid="import-preview">
          <h2 id="import-preview-heading">{t.imports.previewHeading}</h2>
          <Counts report={step.preview} />
          <ImpactText preview={step.preview} />
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void start(step.csv)}>
              {t.imports.confirm}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'choose' })}>
              {t.imports.cancel}
            </button>
          </div>
          <Rejected report={step.preview} />
        </section>
      )}
      {step.kind === 'running' && <Progress job={step.job} />}
      {step.kind === 'done' && (
        <section className="card stack" aria-labelledby="import-done-heading" data-testid="import-done">
          <h2 id="import-done-heading">
            {step.job.status === 'succeeded'
              ? t.imports.finished
              : step.job.status === 'interrupted'
                ? t.imports.interrupted
                : t.imports.failed(step.job.error ?? '')}
          </h2>
          {step.job.report && <Counts report={step.job.report} />}
          {step.job.report && <Rejected report={step.job.report} />}
          <div>
            <button type="button" onClick={() => setStep({ kind: 'choose' })}>
              {t.imports.another}
            </button>
          </div>
        </section>
      )}
      <OutcomeMessage outcome={outcome} testId="import-outcome" />
    </SettingsPage>
  );
}

function Counts({ report }: { report: ImportReportCounts }) {
  const { t, format } = useLocale();
  return (
    <ul className="import-counts" data-testid="import-counts">
      <li>{t.imports.rows(format.count(report.rows))}</li>
      <li>{t.imports.imported(format.count(report.imported))}</li>
      <li>{t.imports.updated(format.count(report.updated))}</li>
      <li>{t.imports.unchanged(format.count(report.unchanged))}</li>
      <li>{t.imports.rejected(format.count(report.rejected.length))}</li>
    </ul>
  );
}

function ImpactText({ preview }: { preview: ImportPreview }) {
  const { t, format } = useLocale();
  const impact = preview.impact;
  if (!impact) return null;
  const after = impact.activeContacts + impact.newlyActive;
  return (
    <div
      className={impact.extraOverusage > 0 ? 'impact impact-costly' : 'impact'}
      data-testid="import-impact"
    >
      <p>
        {impact.allowance === null
          ? t.imports.newlyActiveUnlimited(format.count(impact.newlyActive), format.count(after))
          : t.imports.newlyActive(
              format.count(impact.newlyActive),
              format.count(after),
              format.count(impact.allowance),
            )}
      </p>
      <p>
        {impact.extraOverusage > 0
          ? t.imports.overusage(format.count(impact.extraOverusage), format.money(impact.extraOverusageCost))
          : t.imports.noOverusage}
      </p>
    </div>
  );
}

function Rejected({ report }: { report: ImportReportCounts }) {
  const { t, format } = useLocale();
  if (report.rejected.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t.imports.rejectedCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t.imports.row}
            </th>
            <th scope="col">{t.imports.reason}</th>
          </tr>
        </thead>
        <tbody>
          {report.rejected.slice(0, rejectedShown).map((rejection) => (
            <tr key={rejection.row}>
              <td className="number">{format.count(rejection.row)}</td>
              <td lang={rejection.code && lookup(t.importRejections, rejection.code) ? undefined : 'en'}>
                {importRejectionText(t, rejection)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Progress({ job }: { job: ImportJobView }) {
  const { t, format } = useLocale();
  return (
    <section className="card stack" aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading">{t.imports.progressLabel}</h2>
      <progress
        aria-labelledby="import-progress-heading"
        max={Math.max(job.rowsTotal, 1)}
        value={job.rowsDone}
        data-testid="import-progress"
      />
      <p role="status" data-testid="import-progress-text">
        {t.imports.progress(format.count(job.rowsDone), format.count(job.rowsTotal))}
      </p>
    </section>
  );
}
