import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The e-invoice validation kit sits beside the repository (`../shared/einvoice`), in CI too. */
export const validateCiiScript = fileURLToPath(
  new URL('../../../shared/einvoice/validate-cii', import.meta.url),
);
const validateFacturXScript = fileURLToPath(
  new URL('../../../shared/einvoice/validate-facturx', import.meta.url),
);

export interface ValidatorReport {
  exitCode: number;
  output: string;
  /** How many rules failed with flag "fatal", as the kit lists them. */
  fatal: number;
}

/** Runs the kit's receiver-side checks (XML Schema, EN 16931 rules, with `xrechnung` the German CIUS). */
export function validateCii(xml: string, options: { xrechnung: boolean }): Promise<ValidatorReport> {
  return runKit(validateCiiScript, 'invoice.xml', xml, options.xrechnung ? ['--xrechnung'] : []);
}

/** Runs the kit's Factur-X check: the PDF carries `factur-x.xml`, and that XML passes `validate-cii`. */
export function validateFacturX(pdf: Buffer): Promise<ValidatorReport> {
  return runKit(validateFacturXScript, 'invoice.pdf', pdf, []);
}

async function runKit(
  script: string,
  fileName: string,
  content: string | Buffer,
  options: string[],
): Promise<ValidatorReport> {
  const directory = await mkdtemp(join(tmpdir(), 'tally-cii-'));
  try {
    const file = join(directory, fileName);
    await writeFile(file, content);
    return await new Promise((resolve) => {
      // Through bash, so the kit needs no execute bit where shared/ is copied read-only.
      execFile('bash', [script, ...options, file], { encoding: 'utf8' }, (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, output, fatal: output.match(/^\s+fatal /gm)?.length ?? 0 });
      });
    });
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
