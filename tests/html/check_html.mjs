#!/usr/bin/env node
// Checks HTML files in a real browser (Debian's Chromium, driven by puppeteer-core):
//   images   every <img> loaded and decoded, no request failed
//   axe      axe-core, WCAG 2.0/2.1 A and AA, WCAG 2.2 AA and best practice, at 1280 and 320 CSS px:
//            any violation fails
//   reflow   at 320 CSS px nothing scrolls or sticks out horizontally, no text is clipped
//            (WCAG 1.4.10)
//   zoom     text at 200 % (WCAG 1.4.4): all text grows, no horizontal scrolling and no clipped
//            text at 1280 and 640 CSS px
// Usage: node check_html.mjs [--screenshots DIR] [--chromium PATH] HTML-FILE-OR-FOLDER...
// --screenshots DIR saves full-page PNGs: NAME-1280.png, NAME-320.png and NAME-640-text200.png.
// Prints one line per check per file, then `N passed, M failed` counting files. Exit status:
// 0 all passed, 1 a check failed, 2 the checker could not run (no browser, bad arguments).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectHtmlFiles, displayName, summaryLine } from './lib/files.mjs';
import * as inPage from './lib/in_page.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
// 200 % zoom of a 1280 px window leaves 640 CSS px; checking the doubled text there too is the
// stricter reading (about as many characters per line as 320 px at normal size).
const ZOOM_WIDTHS = [1280, 640];
// Text must at least nearly double; rounding of computed sizes stays well inside 5 %.
const MIN_TEXT_RATIO = 1.95;
const SLOW_MACHINE_MS = 120_000;
// Chromium's default font sizes in px (proportional and monospace), doubled for the zoom check.
const BROWSER_FONT = { standard: 16, fixed: 13 };

function usage(message) {
  if (message) console.error(`check_html: ${message}`);
  console.error('usage: node check_html.mjs [--screenshots DIR] [--chromium PATH] HTML-FILE-OR-FOLDER...');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { screenshots: null, chromium: process.env.CHROMIUM || '/usr/bin/chromium', paths: [] };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--screenshots' || arg === '--chromium') {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '-h' || arg === '--help') {
      usage();
    } else if (arg.startsWith('-')) {
      usage(`unknown option ${arg}`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) usage('no HTML file or folder given');
  return options;
}

// Loud, actionable failures for a machine that lacks what the checks need: CI must not pass by
// skipping the browser.
function requireBrowser(path) {
  if (!existsSync(path)) {
    console.error(`check_html: no Chromium at ${path}. Install Debian's browser with\n` +
      '  apt-get install -y chromium   (listed in scripts/debian-packages.txt; scripts/setup-debian.sh installs it)\n' +
      'or name another Chromium with --chromium PATH or CHROMIUM=PATH.');
    process.exit(2);
  }
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch {
    console.error('check_html: puppeteer-core is not installed. Run\n  npm ci --prefix tests/html --ignore-scripts');
    process.exit(2);
  }
}

function axeSource() {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

class FileReport {
  constructor(name) {
    this.name = name;
    this.failed = false;
  }

  pass(check, note = '') {
    console.log(`PASS ${check.padEnd(9)} ${this.name}${note ? `: ${note}` : ''}`);
  }

  fail(check, summary, details = []) {
    this.failed = true;
    console.log(`FAIL ${check.padEnd(9)} ${this.name}: ${summary}`);
    for (const line of details) console.log(`       ${line}`);
  }
}

async function checkImages(page, report, failedRequests) {
  const broken = await page.evaluate(inPage.brokenImages);
  if (broken.length === 0 && failedRequests.length === 0) return report.pass('images');
  report.fail('images', `${broken.length} image(s) not shown, ${failedRequests.length} request(s) failed`,
    [...broken.map((src) => `image not loaded: ${src}`), ...failedRequests]);
}

// axe runs at both widths: some problems exist only on a narrow screen, such as a table wrapper
// that scrolls at 320 px but cannot be reached with the keyboard. A violation is listed once,
// under the first width it was seen at, each node once.
async function checkAxe(page, report, source) {
  await page.evaluate(source);
  const violations = new Map();
  const incomplete = new Set();
  for (const viewport of [DESKTOP, NARROW]) {
    await page.setViewport(viewport);
    const results = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS);
    for (const r of results.incomplete) incomplete.add(r.id);
    for (const v of results.violations) {
      const seen = violations.get(v.id) ?? { ...v, width: viewport.width, nodes: [] };
      for (const node of v.nodes) {
        const target = node.target.join(' ');
        if (!seen.nodes.some((n) => n.target === target)) seen.nodes.push({ target, html: node.html });
      }
      violations.set(v.id, seen);
    }
  }
  await page.setViewport(DESKTOP);
  const note = incomplete.size ? `${incomplete.size} rule(s) need a human: ${[...incomplete].join(', ')}` : '';
  if (violations.size === 0) return report.pass('axe', note);
  const details = [];
  for (const v of violations.values()) {
    details.push(`${v.id} (${v.impact}) at ${v.width} px: ${v.help} [${v.helpUrl}]`);
    for (const node of v.nodes) details.push(`  ${node.target}: ${node.html}`);
  }
  report.fail('axe', `${violations.size} violation(s): ${[...violations.keys()].join(', ')}`, details);
}

function reflowProblem(m) {
  if (m.scrollWidth <= m.clientWidth && !m.widest) return null;
  const summary = `scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}`;
  if (!m.widest) return { summary, details: [] };
  return {
    summary: m.scrollWidth > m.clientWidth ? summary
      : `content reaches ${m.widest.right} px, past the ${m.clientWidth} px viewport, and is hidden rather than reflowed`,
    details: [`widest element: ${m.widest.target} (${m.widest.width} px wide, right edge at ${m.widest.right} px): ${m.widest.html}`],
  };
}

// Reflow must not lose content either, so text clipped at 320 px fails too.
async function checkReflow(page, report) {
  await page.setViewport(NARROW);
  const problem = reflowProblem(await page.evaluate(inPage.measureReflow));
  const clipped = await page.evaluate(inPage.findClippedText);
  if (!problem && clipped.length === 0) return report.pass('reflow', `${NARROW.width} px`);
  const details = [...(problem?.details ?? []), ...clipped.map(clippedLine)];
  report.fail('reflow', `at ${NARROW.width} px: ${problem ? problem.summary : `text clipped in ${clipped.length} element(s)`}`, details);
}

function clippedLine(c) {
  return `text clipped in ${c.tag} (${c.detail}): ${c.html}`;
}

// Text zoom is applied through CDP's Page.setFontSizes, which sets the browser's default font
// size: exactly what a reader changes in the browser's text-size setting. Everything sized
// relative to it (rem, em, %, keywords such as `small`) follows, text sized in px does not and is
// reported. Doubling the root's font-size by an inline style instead would lose the author's root
// percentage (62.5 % would become 200 %) and would not reach keyword sizes, which are relative to
// the default, not the root.
async function checkZoom(page, report, session, screenshot) {
  await page.setViewport(DESKTOP);
  await page.evaluate(inPage.recordFontSizes);
  await session.send('Page.setFontSizes', { fontSizes: { standard: 2 * BROWSER_FONT.standard, fixed: 2 * BROWSER_FONT.fixed } });
  const problems = [];
  const stuck = await page.evaluate(inPage.textScaling, MIN_TEXT_RATIO);
  for (const s of stuck) problems.push(`text stays ${s.after} px (was ${s.before} px) in ${s.tag}: "${s.text}"`);
  for (const width of ZOOM_WIDTHS) {
    await page.setViewport({ width, height: DESKTOP.height });
    const reflow = reflowProblem(await page.evaluate(inPage.measureReflow));
    if (reflow) problems.push(`at ${width} px: ${reflow.summary}`, ...reflow.details);
    for (const c of await page.evaluate(inPage.findClippedText)) {
      problems.push(`at ${width} px: ${clippedLine(c)}`);
    }
  }
  await screenshot(`${ZOOM_WIDTHS.at(-1)}-text200`);
  await session.send('Page.setFontSizes', { fontSizes: BROWSER_FONT });
  if (problems.length === 0) return report.pass('zoom', `200 % text at ${ZOOM_WIDTHS.join(' and ')} px`);
  report.fail('zoom', `200 % text: ${problems.length} problem(s)`, problems);
}

// The whole page, by making the viewport as tall as the document: Puppeteer's own fullPage
// option resets the font sizes set through CDP, so the doubled text would not be pictured.
async function fullPageScreenshot(page, path) {
  const viewport = page.viewport();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewport({ ...viewport, height: Math.max(height, viewport.height) });
  await page.screenshot({ path });
  await page.setViewport(viewport);
}

// DIR/NAME-SUFFIX.png; pages of the same name from different folders get NAME-2, NAME-3...
function screenshotPath(dir, file, suffix, used) {
  const name = basename(file).replace(/\.html?$/i, '');
  let stem = name;
  for (let n = 2; used.has(`${stem}-${suffix}`); ++n) stem = `${name}-${n}`;
  used.add(`${stem}-${suffix}`);
  return join(dir, `${stem}-${suffix}.png`);
}

async function checkFile(browser, file, options, source, shotNames) {
  const report = new FileReport(displayName(file));
  const started = performance.now();
  const page = await browser.newPage();
  page.setDefaultTimeout(SLOW_MACHINE_MS);
  const failedRequests = [];
  page.on('requestfailed', (r) => failedRequests.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('pageerror', (e) => failedRequests.push(`script error: ${e.message}`));
  try {
    await page.setViewport(DESKTOP);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const session = await page.createCDPSession();
    const screenshot = async (suffix) => {
      if (options.screenshots) await fullPageScreenshot(page, screenshotPath(options.screenshots, file, suffix, shotNames));
    };
    await checkImages(page, report, failedRequests);
    await checkAxe(page, report, source);
    await screenshot(DESKTOP.width);
    await checkReflow(page, report);
    await screenshot(NARROW.width);
    await checkZoom(page, report, session, screenshot);
  } catch (error) {
    report.fail('load', `could not check: ${error.message}`);
  } finally {
    await page.close();
  }
  console.log(`     time      ${report.name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return !report.failed;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let files;
  try {
    files = collectHtmlFiles(options.paths);
  } catch (error) {
    usage(error.message);
  }
  requireBrowser(options.chromium);
  const puppeteer = await loadPuppeteer();
  if (options.screenshots) mkdirSync(options.screenshots, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: options.chromium,
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    // --disable-dev-shm-usage: containers often give /dev/shm too little room for the renderer.
    // The rest keep a closed network quiet: no background, update or sync connections.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
    // The suite runs beside compilers and other tests on two cores: generous, not endless.
    timeout: SLOW_MACHINE_MS,
    protocolTimeout: SLOW_MACHINE_MS,
  });
  const source = axeSource();
  const shotNames = new Set();
  let passed = 0;
  let failed = 0;
  try {
    for (const file of files) {
      if (await checkFile(browser, file, options, source, shotNames)) ++passed;
      else ++failed;
    }
  } finally {
    await browser.close();
  }
  console.log(summaryLine(passed, failed));
  process.exit(failed ? 1 : 0);
}

await main();
