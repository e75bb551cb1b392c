import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { importContacts, maxImportRows } from '../../contacts/import-contacts.js';
import { performContactAction } from '../../use-cases/contact-action.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { contactActionServices } from '../contact-action-services.js';
import { Problem } from '../problem.js';
import { PreviewQuery } from '../schemas/impact-schemas.js';
import { ImportBody, ImportReport } from '../schemas/import-schemas.js';
import { json, problems } from '../schemas/responses.js';
import { textBodyOrThrow } from '../unicode-input.js';
import { impactView } from '../views/impact-view.js';

export const importRoutes =
  (context: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
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
  };
