import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { importContacts, maxImportRows } from '../../contacts/import-contacts.js';
import { findImportJob, type ImportJob, startImportJob } from '../../contacts/import-jobs.js';
import { performContactAction } from '../../use-cases/contact-action.js';
import { accountTimeZone } from '../account-time-zone.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { contactActionServices } from '../contact-action-services.js';
import { formatInstantIn } from '../instants.js';
import { Problem } from '../problem.js';
import { PreviewQuery } from '../schemas/impact-schemas.js';
import { ImportJobParams, ImportJobView } from '../schemas/import-job-schemas.js';
import { ImportBody, ImportReport } from '../schemas/import-schemas.js';
import { json, problems } from '../schemas/responses.js';
import { textBodyOrThrow } from '../unicode-input.js';
import { impactView } from '../views/impact-view.js';

export const importRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    /** The imports this server runs in the background. */
    const running = new Set<Promise<void>>();
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'buffer', bodyLimit: 16 * 1024 * 1024 },
      (_request, body, done) => {
        // Bytes a database cannot keep (a NUL, invalid UTF-8) are refused like in JSON bodies.
        try {
          done(null, textBodyOrThrow(body as Buffer));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );

    app.post(
      '/v1/imports',
      {
        schema: {
          operationId: 'importContacts',
          tags: ['imports'],
          summary: `Import contacts from CSV (Content-Type: text/csv; name, email, phone, status and properties; up to ${maxImportRows} rows); ?preview=true answers the report and impact only`,
          querystring: PreviewQuery,
          body: ImportBody,
          response: {
            200: json('The preview: what the import would do and its impact; nothing written', ImportReport),
            201: json('The import’s report: rows imported, updated, unchanged and rejected', ImportReport),
            ...problems('month_closed'),
          },
        },
        config: { access: 'account', checksThresholds: true },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') {
          throw new Problem('unsupported_media_type', 'send the CSV as text/csv');
        }
        const csv = request.body;
        const accountId = requireAccount(request.caller);
        const preview = request.query.preview === 'true';
        const { report } = await performContactAction(
          contactActionServices(context, request),
          accountId,
          async (now) => ({
            ok: true as const,
            report: await importContacts(context.store, context.catalog, accountId, csv, now, { preview }),
          }),
        );
        const { impact, ...counts } = report;
        return reply
          .code(preview ? 200 : 201)
          .send({ preview, ...counts, ...(impact ? { impact: impactView(impact) } : {}) });
      },
    );

    app.post<{ Body: string }>(
      '/v1/import-jobs',
      {
        schema: {
          operationId: 'startImportJob',
          tags: ['imports'],
          summary:
            'Start an import of contacts from CSV (as POST /v1/imports) in the background; poll the job for its progress',
          consumes: ['text/csv'],
          response: {
            202: json('The job, running', ImportJobView),
            ...problems('unsupported_media_type', 'payload_too_large', 'validation_failed'),
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') {
          throw new Problem('unsupported_media_type', 'send the CSV as text/csv');
        }
        const accountId = requireAccount(request.caller);
        const job = await startImportJob(
          context.store,
          context.catalog,
          accountId,
          request.body,
          context.clock.now(),
          {
            onSettled: (run) => {
              running.add(run);
              void run.finally(() => running.delete(run));
            },
          },
        );
        return reply.code(202).send(viewOf(job, await accountTimeZone(context, accountId)));
      },
    );

    app.get<{ Params: { jobId: string } }>(
      '/v1/import-jobs/:jobId',
      {
        schema: {
          operationId: 'getImportJob',
          tags: ['imports'],
          summary: 'An import job: running with the rows done so far, then its report',
          params: ImportJobParams,
          response: { 200: json('The job', ImportJobView), ...problems('not_found') },
        },
        config: { access: 'account' },
      },
      async (request) => {
        const accountId = requireAccount(request.caller);
        const job = await findImportJob(context.store.db, accountId, request.params.jobId);
        if (!job) throw new Problem('not_found', `no import job ${request.params.jobId}`);
        return viewOf(job, await accountTimeZone(context, accountId));
      },
    );

    // A server closing waits for its imports, so no batch is cut off by the store closing.
    app.addHook('onClose', async () => {
      await Promise.allSettled([...running]);
    });
  };

function viewOf(job: ImportJob, zone: string) {
  return {
    id: job.id,
    status: job.status,
    rowsTotal: job.rowsTotal,
    rowsDone: job.rowsDone,
    report: job.report ?? null,
    error: job.error ?? null,
    createdAt: formatInstantIn(job.createdAt, zone),
    finishedAt: job.finishedAt === undefined ? null : formatInstantIn(job.finishedAt, zone),
  };
}
