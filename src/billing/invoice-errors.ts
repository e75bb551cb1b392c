/** No such invoice, or one of another account: the two answer alike, so ids reveal nothing. */
export class UnknownInvoiceError extends Error {
  constructor(readonly invoiceId: string) {
    super(`no invoice ${invoiceId}`);
    this.name = 'UnknownInvoiceError';
  }
}

/**
 * A payment or credit note refused for what was asked (an amount over what is due, a date in
 * the future, a void invoice…): `field` is the request's (`/amount`), nothing was written.
 */
export class InvoiceRequestRefusedError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvoiceRequestRefusedError';
  }
}

/** The invoice was issued without what an e-invoice needs; `missing` names each part. */
export class EInvoiceIncompleteError extends Error {
  constructor(
    readonly invoiceNumber: string,
    readonly missing: readonly { field: string; message: string }[],
  ) {
    super(
      `invoice ${invoiceNumber} lacks what an e-invoice requires: ${missing.map((part) => part.field).join(', ')}`,
    );
    this.name = 'EInvoiceIncompleteError';
  }
}
