// npm run schemas: write the JSON Schemas of content entries to .vscode/schemas/, where editors
// with the YAML language server pick them up (.vscode/settings.json). Generated from zod; a unit
// test fails when the committed copies fall behind the schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemaFiles } from '../src/publish/json-schemas.ts';

const dir = join(process.cwd(), '.vscode', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(editorSchemaFiles())) {
  writeFileSync(join(dir, file), text);
  console.log(`wrote .vscode/schemas/${file}`);
}
