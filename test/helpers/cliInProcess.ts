// The CLI's main() run in this process, with what it printed to stdout and stderr (faster than a subprocess per call).
import { main } from '../../src/local/cli';
import { terminalText } from '../../src/local/terminalText';

export async function runMain(...argv: string[]): Promise<{ code: number | Error; out: string }> {
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    return { code: await main(argv), out: printed.join('\n') };
  } catch (e) {
    return { code: e as Error, out: printed.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

/**
 * The CLI as a process would run it, in this process: stdout (console.log) and stderr apart, the exit code, and an error
 * printed as runCli prints it («Ошибка: …», code 2). For workbooks small enough to need no heap-bounded child process.
 */
export async function runCliInProcess(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(`${a.join(' ')}\n`));
  const error = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(`${a.join(' ')}\n`));
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  try {
    const status = await main(argv).catch((e: unknown) => {
      console.error(terminalText(`Ошибка: ${(e as Error).message}`));
      return 2;
    });
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}
