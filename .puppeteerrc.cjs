// Puppeteer only drives Debian's Firefox here (see web-test-runner.config.mjs): never download a browser.
module.exports = { skipDownload: true };
