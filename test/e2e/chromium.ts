// How C-981 launches Debian's Chromium (browser tests and the web benchmark). The network here is
// closed: without these flags Chromium stalls on connections it cannot make.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
