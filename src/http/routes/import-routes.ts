import type { FastifyPluginAsync } from 'fastify';
import { importContacts, maxImportRows } from '../../contacts/import-contacts.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';
import { textBodyOrThrow } from '../unicode-input.js';
import { impactView } from '../views/impact-view.js';

export const importRoutes =
  (context: AppContext): FastifyPluginAsync =>
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

    app.post<{ Body: string; Querystring: { preview?: string } }>(
      '/v1/imports',
      {
        schema: {
          tags: ['contacts'],
          summary: `Import contacts from CSV (Content-Type: text/csv; name, email, phone, status and properties; up to ${maxImportRows} rows); ?preview=true answers the report and impact only`,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { preview: { type: 'string', enum: ['true', 'false'] } },
          },
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') {
          throw new Problem('unsupported_media_type', 'send the CSV as text/csv');
        }
        try {
          const preview = request.query.preview === 'true';
          const report = await importContacts(
            context.store,
            context.catalog,
            requireAccount(request.caller),
            request.body,
            context.clock.now(),
            { preview },
          );
          const { impact, ...counts } = report;
          return reply
            .code(preview ? 200 : 201)
            .send({ preview, ...counts, ...(impact ? { impact: impactView(impact) } : {}) });
        } catch (error) {
          if (
            error instanceof Error &&
            'code' in error &&
            String((error as { code: unknown }).code).startsWith('CSV_')
          ) {
            throw new Problem('validation_failed', `the CSV cannot be read: ${error.message}`, [
              { field: '/', code: 'csv', message: error.message },
            ]);
          }
          throw error;
        }
      },
    );
  };
