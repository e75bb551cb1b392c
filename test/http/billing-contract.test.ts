import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, operatorKey, startHarness } from '../support/http-harness.js';

interface Operation {
  operationId?: string;
  tags?: string[];
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}

/**
 * The invoice, billing and subscription operations as the served document declares them:
 * what an integrator's generator sees (every answer the tests receive is checked against
 * this document by the shared contract hook; this pins what the document promises).
 */
describe('the document declares the invoice, billing and subscription operations', () => {
  let api: Harness;
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    api = await startHarness('sqlite');
    paths = (await api.request('GET', '/v1/openapi.json')).body.paths;
  });
  afterAll(() => api.dispose());

  const operation = (method: string, path: string): Operation => {
    const found = paths[path]?.[method];
    if (!found) throw new Error(`${method} ${path} is not in the document`);
    return found;
  };

  it.each([
    ['get', '/v1/invoices', 'listInvoices', ['200']],
    ['get', '/v1/invoices/{id}', 'getInvoice', ['200', '404']],
    ['get', '/v1/invoices/{id}/pdf', 'getInvoicePdf', ['200', '404']],
    ['get', '/v1/invoices/{id}/e-invoice', 'getEInvoice', ['200', '404', '409']],
    ['post', '/v1/invoices/{id}/credit-notes', 'createCreditNote', ['201', '400', '404']],
    ['post', '/v1/invoices/{id}/payments', 'recordInvoicePayment', ['201', '400', '404']],
    ['post', '/v1/billing/close', 'closeDueMonths', ['200', '400']],
    ['post', '/v1/billing/overdue', 'sweepOverdueInvoices', ['200']],
    ['get', '/v1/billing-details', 'getBillingDetails', ['200', '401']],
    ['put', '/v1/billing-details', 'updateBillingDetails', ['200', '400']],
    ['get', '/v1/subscription', 'getSubscription', ['200', '404']],
    ['post', '/v1/subscription/changes', 'changeSubscription', ['200', '201', '400']],
    ['get', '/v1/subscription/changes', 'listSubscriptionChanges', ['200']],
    ['get', '/v1/plans', 'listPlans', ['200']],
    ['post', '/v1/quotes', 'createQuote', ['200', '400']],
  ])('%s %s is %s with statuses %j', (method, path, operationId, statuses) => {
    const declared = operation(method, path);
    expect(declared.operationId).toBe(operationId);
    expect(declared.tags?.length).toBeGreaterThan(0);
    for (const status of statuses) expect(Object.keys(declared.responses)).toContain(status);
  });

  it('declares the PDF, the CII XML and problem+json by their media types', () => {
    const pdf = operation('get', '/v1/invoices/{id}/pdf').responses;
    expect(Object.keys(pdf['200']?.content ?? {})).toEqual(['application/pdf']);
    expect(Object.keys(pdf['200']?.headers ?? {})).toContain('tally-e-invoice');
    const xml = operation('get', '/v1/invoices/{id}/e-invoice').responses;
    expect(Object.keys(xml['200']?.content ?? {})).toEqual(['application/xml']);
    expect(Object.keys(xml['409']?.content ?? {})).toEqual(['application/problem+json']);
  });

  it('serves the PDF and the e-invoice in the media types it declares', async () => {
    api.setClock('2026-01-01T00:00:00Z');
    const account = await api.createAccount({ startsAt: '2026-01-01T00:00:00+01:00' });
    api.setClock('2026-01-02T00:00:00Z');
    const close = await api.request('POST', '/v1/billing/close', { key: operatorKey, body: {} });
    expect(close.body.upfrontInvoices).toBe(1);
    const invoices = await api.request('GET', '/v1/invoices', { key: account.apiKey });
    const invoiceId = invoices.body.data[0]?.id as string;
    const pdf = await api.request('GET', `/v1/invoices/${invoiceId}/pdf`, { key: account.apiKey });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(['embedded', 'absent']).toContain(pdf.headers.get('tally-e-invoice'));
    const xml = await api.request('GET', `/v1/invoices/${invoiceId}/e-invoice`, { key: account.apiKey });
    // Without billing details the buyer has no address: the 409 names what is missing.
    expect(xml.status).toBe(409);
    expect(xml.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(xml.body.errors.map((error: { field: string }) => error.field)).toContain(
      '/buyer/postalAddress/country',
    );
  });
});
