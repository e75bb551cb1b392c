import PDFDocument from 'pdfkit';
import { formatCents } from '../domain/money.js';
import { formatInstant } from '../domain/usage-month.js';
import { type Invoice, type Party, reverseChargeNote } from './invoice.js';

const titles: Record<Invoice['kind'], string> = {
  upfront: 'Invoice',
  change: 'Invoice (plan change)',
  overusage: 'Invoice (overusage)',
  credit_note: 'Credit note',
};

/** Renders an invoice as a one-document PDF (A4, standard fonts). */
export function renderInvoicePdf(invoice: Invoice, timeZone: string, corrects?: Invoice): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${titles[invoice.kind]} ${invoice.number}` },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  const euro = (cents: number) => `EUR ${formatCents(cents)}`;
  const date = (instant: number) => formatInstant(instant, timeZone).slice(0, 10);

  document.fontSize(20).text(`${titles[invoice.kind]} ${invoice.number}`);
  document.moveDown(0.5).fontSize(10);
  document.text(`Issue date: ${date(invoice.issuedAt)}`);
  if (invoice.period)
    document.text(`Period: ${date(invoice.period.start)} to ${date(invoice.period.end)} (end exclusive)`);
  if (corrects) document.text(`Corrects invoice ${corrects.number} of ${date(corrects.issuedAt)}`);
  document.moveDown();
  party(document, 'From', invoice.seller);
  party(document, 'To', invoice.buyer);
  document.moveDown();

  const columns = { description: 50, quantity: 330, unitPrice: 400, amount: 480 };
  const row = (cells: [string, string, string, string], bold = false) => {
    const y = document.y;
    document.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    document.text(cells[0], columns.description, y, { width: 270 });
    const bottom = document.y;
    document.text(cells[1], columns.quantity, y, { width: 60, align: 'right' });
    document.text(cells[2], columns.unitPrice, y, { width: 70, align: 'right' });
    document.text(cells[3], columns.amount, y, { width: 65, align: 'right' });
    document.y = Math.max(bottom, document.y) + 4;
    document.x = columns.description;
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
  document.font('Helvetica');
  if (invoice.reverseCharge) document.text(reverseChargeNote, columns.description);
  document.text(
    'Amounts in euros. This invoice is final; corrections are made only by credit note.',
    columns.description,
  );
  document.end();
  return finished;
}

function party(document: PDFKit.PDFDocument, label: string, who: Party) {
  document.font('Helvetica-Bold').text(label);
  document.font('Helvetica').text(who.name);
  if (who.address) document.text(who.address);
  if (who.vatId) document.text(`VAT ID: ${who.vatId}`);
  if (who.email) document.text(who.email);
  document.moveDown(0.5);
}
