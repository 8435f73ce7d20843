import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem, githubAnnotation } from '../../../src/validate/report.ts';

describe('problem reports', () => {
  const problem = { file: 'content/models/x.md', path: 'context_length', message: 'must be positive', line: 9 };

  it('prints one line: file › field: problem — hint', () => {
    assert.equal(
      formatProblem({ ...problem, hint: 'write a number of tokens' }),
      'content/models/x.md › context_length: must be positive — write a number of tokens',
    );
    assert.equal(
      formatProblem({ file: 'content/models/x.md', message: 'no YAML front matter' }),
      'content/models/x.md: no YAML front matter',
    );
  });

  it("writes a GitHub annotation on the problem's line", () => {
    assert.equal(
      githubAnnotation(problem),
      '::error file=content/models/x.md,line=9::context_length: must be positive',
    );
  });

  it('escapes annotation properties and data', () => {
    assert.equal(
      githubAnnotation({ file: 'content/models/a,b.md', path: 'name', message: '50% done\nnext', line: 3 }),
      '::error file=content/models/a%2Cb.md,line=3::name: 50%25 done%0Anext',
    );
  });
});
