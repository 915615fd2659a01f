// @ts-check
/** Writes custom-elements.json from the JSDoc (`cem analyze --litelement`). */
import { execFileSync } from 'node:child_process';
execFileSync('node_modules/.bin/cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  stdio: 'inherit',
});
