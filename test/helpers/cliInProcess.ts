// The CLI's main() run in this process, with what it printed to stdout and stderr (faster than a subprocess per call).
import { main } from '../../src/local/cli';

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
