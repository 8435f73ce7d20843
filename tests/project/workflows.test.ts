// CI hygiene, checked rather than hoped for: minimal permissions, actions pinned by commit,
// cancellable runs, time limits, and never pull_request_target.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { sourceLinks } from '../../src/data/source-links.ts';
import { VALID_FIXTURE } from '../support/fixtures.ts';

const DIR = join(import.meta.dirname, '..', '..', '.github', 'workflows');
const workflows = readdirSync(DIR)
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => ({ file, text: readFileSync(join(DIR, file), 'utf8') }));

describe('GitHub workflows', () => {
  it('exist for pull requests, deployment and the weekly link check', () => {
    assert.deepEqual(workflows.map((workflow) => workflow.file).sort(), ['ci.yml', 'deploy.yml', 'links.yml']);
  });

  for (const { file, text } of workflows) {
    const workflow = parse(text) as {
      on: Record<string, unknown>;
      permissions?: Record<string, string>;
      concurrency?: { 'cancel-in-progress'?: boolean };
      jobs: Record<string, { 'timeout-minutes'?: number; steps?: { uses?: string }[] }>;
    };
    it(`${file}: minimal permissions, pinned actions, concurrency, time limits`, () => {
      assert.ok(!('pull_request_target' in workflow.on), 'never pull_request_target');
      assert.deepEqual(workflow.permissions, { contents: 'read' });
      assert.equal(workflow.concurrency?.['cancel-in-progress'], true);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        assert.ok(typeof job['timeout-minutes'] === 'number' && job['timeout-minutes'] <= 60, `${name} has a timeout`);
        for (const step of job.steps ?? []) {
          if (step.uses)
            assert.match(step.uses, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${name}: ${step.uses} is pinned by commit`);
        }
      }
      assert.doesNotMatch(text, /continue-on-error:\s*true/);
    });
  }

  it('the pull-request workflow runs the same command as CI here', () => {
    assert.match(workflows.find((workflow) => workflow.file === 'ci.yml')!.text, /run: bash \.ci\/run/);
  });

  it('the pull-request workflow audits the production dependencies', () => {
    assert.match(
      workflows.find((workflow) => workflow.file === 'ci.yml')!.text,
      /run: npm audit --omit=dev --audit-level=high\n/,
    );
  });

  it('the lockfile is committed, so every install resolves the same versions', () => {
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], {
      cwd: join(DIR, '..', '..'),
      encoding: 'utf8',
    });
    assert.equal(tracked.status, 0, tracked.stderr);
  });
});

describe('source link collection', () => {
  it('finds every cited URL with the files citing it', () => {
    const links = sourceLinks(VALID_FIXTURE);
    assert.deepEqual(links.get('https://example.org/base'), ['content/models/base-model.md']);
    assert.deepEqual(links.get('https://www.apache.org/licenses/LICENSE-2.0'), ['content/licenses/apache-2.0.yaml']);
    assert.ok(links.has('https://example.org/data'));
  });
});
