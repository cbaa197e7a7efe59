// Compiles Typst files to PDF/UA-1 with Typst 0.14 (via @myriaddreamin/typst-ts-node-compiler).
//   node typst_compile.mjs IN.typ OUT.pdf            one document, as a whole process
//   node typst_compile.mjs --batch N IN.typ OUTDIR   N documents in one warm process
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: ['/usr/share/fonts/truetype'] }] });
function compile(source) {
  return compiler.pdf({ mainFileContent: source }, { pdfStandard: 'ua-1' });
}
if (args[0] === '--batch') {
  const n = Number(args[1]);
  const source = readFileSync(args[2], 'utf8');
  compile(source);  // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    writeFileSync(`${args[3]}/doc-${i}.pdf`, compile(source.replace('#set document(title: "', `#set document(title: "${i} `)));
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ documents: n, ms }));
} else {
  writeFileSync(args[1], compile(readFileSync(args[0], 'utf8')));
}
