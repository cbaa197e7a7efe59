#!/usr/bin/env node
// Validates HTML files with the Nu HTML Checker (vnu-jar, run by the machine's Java): a file
// passes with 0 errors; warnings are printed but allowed.
// Usage: node check_vnu.mjs HTML-FILE-OR-FOLDER...
// Prints one line per file (and file:line:col for each message), then `N passed, M failed`
// counting files. Exit status: 0 all passed, 1 a file has errors, 2 the checker could not run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { collectHtmlFiles, displayName, summaryLine } from './lib/files.mjs';

function die(message) {
  console.error(`check_vnu: ${message}`);
  process.exit(2);
}

function vnuJar() {
  try {
    // vnu-jar's main module exports the path of the jar it ships (as a String object). Its own
    // runner is not used: it downloads a Java runtime when it finds none, the machine's is wanted.
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    if (existsSync(jar)) return jar;
  } catch {
    // reported below
  }
  return die('vnu-jar is not installed. Run\n  npm ci --prefix tests/html --ignore-scripts');
}

function runVnu(jar, files) {
  const java = process.env.JAVA || 'java';
  // One JVM for all files: starting it costs more than checking a page. For a run this short
  // the quick JIT tier alone and the serial collector halve the CPU time; the quick tier needs
  // the deeper stack that vnu asks for when its schema recursion overflows.
  const jvm = ['-Xss8m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const run = spawnSync(java, [...jvm, '-jar', jar, '--format', 'json', '--stdout', ...files],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error?.code === 'ENOENT') {
    die(`no Java runtime (${java}). Install it with\n` +
      '  apt-get install -y default-jre-headless   (listed in scripts/debian-packages.txt; scripts/setup-debian.sh installs it)');
  }
  // vnu exits 1 when it found errors; anything else without JSON is the checker failing.
  try {
    return JSON.parse(run.stdout).messages;
  } catch {
    return die(`the Nu checker failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
}

function kind(message) {
  if (message.type === 'error' || message.type === 'non-document-error') return 'error';
  if (message.type === 'info' && message.subType === 'warning') return 'warning';
  return 'info';
}

function main() {
  const paths = process.argv.slice(2);
  if (paths.length === 0 || paths[0].startsWith('-')) die('usage: node check_vnu.mjs HTML-FILE-OR-FOLDER...');
  let files;
  try {
    files = collectHtmlFiles(paths);
  } catch (error) {
    die(error.message);
  }
  const started = performance.now();
  const messages = runVnu(vnuJar(), files);
  const byFile = new Map(files.map((f) => [f, []]));
  for (const m of messages) {
    const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : null;
    // A message not tied to one of our files (the checker's own trouble) fails the run.
    if (!file || !byFile.has(file)) die(`unexpected message from the Nu checker: ${JSON.stringify(m)}`);
    byFile.get(file).push(m);
  }
  let passed = 0;
  let failed = 0;
  for (const [file, list] of byFile) {
    const name = displayName(file);
    const errors = list.filter((m) => kind(m) === 'error').length;
    const warnings = list.filter((m) => kind(m) === 'warning').length;
    console.log(`${errors ? 'FAIL' : 'PASS'} vnu       ${name}: ${errors} error(s), ${warnings} warning(s)`);
    for (const m of list) {
      if (kind(m) === 'info') continue;
      console.log(`       ${name}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}: ${kind(m)}: ${m.message}`);
    }
    if (errors) ++failed;
    else ++passed;
  }
  console.log(`     time      ${files.length} file(s): ${((performance.now() - started) / 1000).toFixed(2)} s`);
  console.log(summaryLine(passed, failed));
  process.exit(failed ? 1 : 0);
}

main();
