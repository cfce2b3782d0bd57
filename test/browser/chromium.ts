// Launches Debian's Chromium through playwright-core for the browser tests; fails with install instructions when it is missing.
import { existsSync } from 'fs';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags needed on a closed network and in containers (no sandbox, no background traffic). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Starts headless Chromium; throws (so the tests fail, not skip) when the Debian package is not installed. */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}; the browser tests need it. Install the Debian package as root: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Number of pages of a PDF: `/Type /Page` objects, not the `/Type /Pages` tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
