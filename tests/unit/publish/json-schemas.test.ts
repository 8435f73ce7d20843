import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemaFiles } from '../../../src/publish/json-schemas.ts';
import { ROOT } from '../../support/fixtures.ts';

describe('editor schemas', () => {
  it('the committed copies in .vscode/schemas match the zod schemas (run npm run schemas)', () => {
    for (const [file, text] of Object.entries(editorSchemaFiles())) {
      assert.equal(readFileSync(join(ROOT, '.vscode', 'schemas', file), 'utf8'), text, file);
    }
  });
});
