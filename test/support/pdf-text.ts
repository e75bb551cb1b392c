import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs one of Debian's poppler-utils on the PDF written to a file and answers what it prints. */
function readPdfWith(pdf: Buffer, command: (path: string) => [string, string[]]): string {
  const directory = mkdtempSync(join(tmpdir(), 'tally-pdf-'));
  try {
    const path = join(directory, 'invoice.pdf');
    writeFileSync(path, pdf);
    const [tool, options] = command(path);
    return execFileSync(tool, options, { encoding: 'utf8' });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The text of a PDF, as Debian's pdftotext (poppler-utils) reads it, laid out like the page. */
export function pdfText(pdf: Buffer): string {
  return readPdfWith(pdf, (path) => ['pdftotext', ['-layout', path, '-']]);
}

/** The text of a PDF in reading order, each line of the page on a line of its own. */
export function pdfReadingText(pdf: Buffer): string {
  return readPdfWith(pdf, (path) => ['pdftotext', [path, '-']]);
}

/** The fonts a PDF uses, as `pdffonts` lists them: name, type, encoding, embedded, subset. */
export function pdfFonts(pdf: Buffer): string {
  return readPdfWith(pdf, (path) => ['pdffonts', [path]]);
}

/** The document's XMP metadata stream, as `pdfinfo -meta` prints it. */
export function pdfMetadata(pdf: Buffer): string {
  return readPdfWith(pdf, (path) => ['pdfinfo', ['-meta', path]]);
}

/** The document information and PDF version, as `pdfinfo` prints them. */
export function pdfInfo(pdf: Buffer): string {
  return readPdfWith(pdf, (path) => ['pdfinfo', [path]]);
}

/** The PDF's embedded files by name, their bytes exactly as `pdfdetach` extracts them. */
export function pdfEmbeddedFiles(pdf: Buffer): Map<string, Buffer> {
  const directory = mkdtempSync(join(tmpdir(), 'tally-pdf-'));
  try {
    const path = join(directory, 'invoice.pdf');
    const out = join(directory, 'files');
    writeFileSync(path, pdf);
    mkdirSync(out);
    execFileSync('pdfdetach', ['-saveall', '-o', out, path]);
    return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
