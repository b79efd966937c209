import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium-flags.mjs';

/** Debian's Chromium, headless, with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}
