/** Where a command writes; the real process streams, or buffers in tests. */
export interface Output {
  out(line: string): void;
  error(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
