import type { FastifyPluginAsync } from 'fastify';
import { importContacts, maxImportRows } from '../../contacts/import-contacts.js';
import type { AppContext } from '../app-context.js';
import { requireAccount } from '../authenticate.js';
import { Problem } from '../problem.js';

export const importRoutes =
  (context: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: 16 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );

    app.post<{ Body: string }>(
      '/v1/imports',
      {
        schema: {
          tags: ['contacts'],
          summary: `Import contacts from CSV (Content-Type: text/csv; name, email, phone, status and properties; up to ${maxImportRows} rows)`,
        },
        config: { access: 'account' },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string') {
          throw new Problem('unsupported_media_type', 'send the CSV as text/csv');
        }
        try {
          const report = await importContacts(
            context.store,
            requireAccount(request.caller),
            request.body,
            context.clock.now(),
          );
          return reply.code(201).send(report);
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
