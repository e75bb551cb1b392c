import PDFDocument from 'pdfkit';
import { formatCents } from '../domain/money.js';
import { formatInstant } from '../domain/usage-month.js';
import { attachFacturX, type FacturXAttachment } from './factur-x.js';
import { type Invoice, type Party, reverseChargeNote } from './invoice.js';
import { chineseSlicePath, invoiceFallbackFont, invoiceFont } from './invoice-font.js';
import { printableInvoiceRuns, unprintableCharacter } from './printable-invoice-text.js';

const titles: Record<Invoice['kind'], string> = {
  upfront: 'Invoice',
  change: 'Invoice (plan change)',
  overusage: 'Invoice (overusage)',
  credit_note: 'Credit note',
};

export interface InvoicePdfOptions {
  /** The invoice a credit note corrects, named on the page. */
  corrects?: Invoice | undefined;
  /** The invoice's e-invoice, when it has one: the PDF becomes a Factur-X / ZUGFeRD hybrid. */
  facturX?: FacturXAttachment | undefined;
}

/**
 * Renders an invoice as a one-document PDF/A-3b (A4, DejaVu Sans embedded and subset by
 * pdfkit). Every invoice PDF is PDF/A, with or without an e-invoice, so there is one way of
 * rendering and every copy is fit for archiving; only the hybrid carries `factur-x.xml`.
 */
export function renderInvoicePdf(
  invoice: Invoice,
  timeZone: string,
  options: InvoicePdfOptions = {},
): Promise<Buffer> {
  const { corrects, facturX } = options;
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    // PDF/A-3 is the level that allows embedded files of any kind (the XML), on PDF 1.7.
    subset: 'PDF/A-3b',
    pdfVersion: '1.7',
    // pdfkit would otherwise load Helvetica before the first font() call, for nothing.
    font: invoiceFont.regular,
    info: { Title: `${titles[invoice.kind]} ${invoice.number}` },
  });
  document.registerFont('regular', invoiceFont.regular);
  document.registerFont('bold', invoiceFont.bold);
  // Registered only; pdfkit embeds a font once text is drawn in it, so Latin-only invoices carry none.
  const fallback = invoiceFallbackFont();
  document.registerFont('regular-japanese', fallback.regular);
  document.registerFont('bold-japanese', fallback.bold);
  // Every string from outside goes through one filter, so no character reaches the page as a
  // missing-glyph box, and each run is drawn in the font that has its glyphs.
  let anyReplaced = false;
  const registeredSlices = new Set<string>();
  const write: WriteText = (text, weight, cell) => {
    const { runs, replaced } = printableInvoiceRuns(text);
    anyReplaced ||= replaced;
    runs.forEach((run, index) => {
      if (run.font === 'main') document.font(weight);
      else if (run.font === 'japanese') document.font(`${weight}-japanese`);
      else {
        // A slice of the Chinese font is registered the first time this document needs it.
        const name = `${weight}-${run.font}`;
        if (!registeredSlices.has(name)) {
          document.registerFont(name, chineseSlicePath(Number(run.font.slice('chinese-'.length)), weight));
          registeredSlices.add(name);
        }
        document.font(name);
      }
      const continued = index < runs.length - 1;
      if (index === 0 && cell) document.text(run.text, cell.x, cell.y, { width: cell.width, continued });
      else document.text(run.text, { continued });
    });
    document.font(weight);
  };
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const euro = (cents: number) => `EUR ${formatCents(cents)}`;
  const date = (instant: number) => formatInstant(instant, timeZone).slice(0, 10);

  document.font('regular').fontSize(20).text(`${titles[invoice.kind]} ${invoice.number}`);
  document.moveDown(0.5).fontSize(10);
  document.text(`Issue date: ${date(invoice.issuedAt)}`);
  if (invoice.period)
    document.text(`Period: ${date(invoice.period.start)} to ${date(invoice.period.end)} (end exclusive)`);
  if (corrects) document.text(`Corrects invoice ${corrects.number} of ${date(corrects.issuedAt)}`);
  document.moveDown();
  party(document, 'From', invoice.seller, write);
  party(document, 'To', invoice.buyer, write);
  document.moveDown();

  // DejaVu Sans is wider than Helvetica: the money columns hold "EUR -1234567.89" in bold on one line.
  const columns = {
    description: { x: 50, width: 230 },
    quantity: { x: 285, width: 50 },
    unitPrice: { x: 340, width: 95 },
    amount: { x: 440, width: 105 },
  };
  const row = (cells: [string, string, string, string], bold = false) => {
    const y = document.y;
    write(cells[0], bold ? 'bold' : 'regular', {
      x: columns.description.x,
      y,
      width: columns.description.width,
    });
    const bottom = document.y;
    document.text(cells[1], columns.quantity.x, y, { width: columns.quantity.width, align: 'right' });
    document.text(cells[2], columns.unitPrice.x, y, { width: columns.unitPrice.width, align: 'right' });
    document.text(cells[3], columns.amount.x, y, { width: columns.amount.width, align: 'right' });
    document.y = Math.max(bottom, document.y) + 4;
    document.x = columns.description.x;
  };
  row(['Description', 'Quantity', 'Unit price', 'Amount'], true);
  for (const line of invoice.lines) {
    row([line.description, String(line.quantity), euro(line.unitPrice), euro(line.amount)]);
  }
  document.moveDown();
  row(['Net', '', '', euro(invoice.net)]);
  row([`VAT ${formatCents(invoice.vatRateBasisPoints)} %`, '', '', euro(invoice.vat)]);
  row(['Total', '', '', euro(invoice.total)], true);
  document.moveDown();
  document.font('regular');
  if (invoice.reverseCharge) document.text(reverseChargeNote, columns.description.x);
  document.text(
    'Amounts in euros. This invoice is final; corrections are made only by credit note.',
    columns.description.x,
  );
  if (anyReplaced) {
    document.text(
      `Characters this PDF's font cannot show are printed as ${unprintableCharacter}; the invoice's electronic data keeps them exactly.`,
      columns.description.x,
    );
  }
  if (facturX) attachFacturX(document, facturX);
  document.end();
  return finished;
}

/** Draws text from outside (names, addresses, descriptions) in runs, at the cursor or in a cell. */
type WriteText = (
  text: string,
  weight: 'regular' | 'bold',
  cell?: { x: number; y: number; width: number },
) => void;

function party(document: PDFKit.PDFDocument, label: string, who: Party, write: WriteText) {
  document.font('bold').text(label);
  write(who.name, 'regular');
  if (who.address) write(who.address, 'regular');
  if (who.vatId) write(`VAT ID: ${who.vatId}`, 'regular');
  if (who.email) write(who.email, 'regular');
  document.moveDown(0.5);
}
