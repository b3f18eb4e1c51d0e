// Parses a Mermaid file with Mermaid's own parser (the one its renderer uses) and exits
// 1 with the parser's message when it does not parse. Used by tests/exports.rs; set up
// with `npm ci --prefix tools/mermaid-check` (.ci/run does it where npm is installed).
// Mermaid's diagram code expects a DOM (for its sanitiser): jsdom provides one.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

const text = readFileSync(process.argv[2], 'utf8');
try {
  const r = await mermaid.parse(text);
  console.log(`ok ${r.diagramType}`);
} catch (e) {
  console.error('parse error:', e.message ?? e);
  process.exit(1);
}
