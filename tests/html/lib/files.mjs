// Turns the command line's PATH arguments (HTML files or folders) into a sorted list of HTML
// files, shared by both checkers so that they count the same files.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.html?$/i.test(entry.name)) out.push(path);
  }
}

// Throws when a path does not exist or a folder holds no HTML file: a checker that checked
// nothing must not report success.
export function collectHtmlFiles(paths) {
  const files = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new Error(`${path}: no such file or folder`);
    if (stat.isDirectory()) {
      const found = [];
      walk(path, found);
      if (found.length === 0) throw new Error(`${path}: folder holds no .html file`);
      files.push(...found.sort());
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) throw new Error('no HTML file given');
  return [...new Set(files.map((f) => resolve(f)))];
}

// The closing line the test runners read: files, not checks, are counted.
export function summaryLine(passed, failed) {
  return `${passed} passed, ${failed} failed`;
}

// How a file is named in the report: relative to the working folder when below it, else whole.
export function displayName(file) {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
