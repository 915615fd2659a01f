// @ts-check
/** Which browser engines this machine has, and what provides each. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const which = (cmd) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};
const first = (...paths) => paths.find((p) => p && existsSync(p));

/** @returns {{ name: 'chromium' | 'firefox' | 'webkit', available: boolean, path?: string, driver?: string, provides: string }[]} */
export function engines() {
  const chromium = first(
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  );
  const firefox = first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox');
  const miniBrowser = first(
    process.env.WEBKIT_MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  );
  const driver = which('WebKitWebDriver');
  const xvfb = which('xvfb-run');
  return [
    {
      name: 'chromium',
      available: !!chromium,
      path: chromium,
      provides: 'Debian package chromium (or set CHROME_PATH)',
    },
    {
      name: 'firefox',
      available: !!firefox,
      path: firefox,
      provides: 'Debian package firefox-esr (or set FIREFOX_PATH)',
    },
    {
      name: 'webkit',
      available: !!(miniBrowser && driver && xvfb),
      path: miniBrowser,
      driver,
      provides: 'Debian packages webkit2gtk-driver and xvfb',
    },
  ];
}

/**
 * Flags for Debian's Chromium on these machines: no sandbox as root, and none of the
 * background services whose connections the closed network refuses. One list for the
 * test runner, the end-to-end harness and the benchmarks.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
