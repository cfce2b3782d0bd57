// Launches headless Chromium through playwright-core: the browser packaged in @sparticuz/chromium (installed by npm ci), or CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { type Browser, chromium } from 'playwright-core';

/** Flags needed on a closed network and in containers (no sandbox, no background traffic). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The package's flags for serverless hosts that let a browser hold only one page: the tests open several. */
const SINGLE_PAGE_FLAGS = ['--single-process', '--no-zygote'];

/**
 * The packaged browser's path and flags. @sparticuz/chromium is an ES module that jest's CommonJS runtime cannot
 * require, so a short Node process imports it (and unpacks the browser into the temp folder the first time).
 */
function packagedChromium(): { path: string; args: string[] } {
  const script = "import c from '@sparticuz/chromium'; console.log(JSON.stringify({ path: await c.executablePath(), args: c.args }));";
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** The browser to run: CHROMIUM_PATH when set (a system browser), else the one unpacked from the npm package. */
export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return env.CHROMIUM_PATH || packagedChromium().path;
}

/** Starts headless Chromium; throws (so the tests fail, not skip) when the chosen executable does not exist. */
export async function launchChromium(executablePath?: string): Promise<Browser> {
  const packaged = !executablePath && !process.env.CHROMIUM_PATH;
  const exe = executablePath ?? (await chromiumExecutable());
  if (!existsSync(exe)) {
    throw new Error(
      `Chromium not found at ${exe}. Run npm ci (it installs @sparticuz/chromium) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  // The packaged build needs its own flags (single process, SwiftShader); a system browser takes the plain ones.
  const args = packaged
    ? [...new Set([...packagedChromium().args.filter((a) => !SINGLE_PAGE_FLAGS.includes(a)), ...CHROMIUM_ARGS])]
    : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: exe, headless: true, args });
}

/** Number of pages of a PDF: `/Type /Page` objects, not the `/Type /Pages` tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
