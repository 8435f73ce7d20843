import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'astro/zod';
import {
  isCalendarDate,
  isFutureDate,
  isHttpsUrl,
  licenseSchema,
  modelSchema,
  organizationSchema,
  ID_PATTERN,
} from '../../../src/schema/index.ts';
import { license, model } from '../../support/builders.ts';

/** Paths of object fields that lack a description, so contributor docs and editors stay complete. */
function undescribed(schema: z.ZodType, path = ''): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return undescribed(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return undescribed(schema.element as z.ZodType, `${path}[]`);
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const fieldPath = path ? `${path}.${key}` : key;
    const described =
      field.description ?? (field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType).description : undefined);
    return [...(described ? [] : [fieldPath]), ...undescribed(field, fieldPath)];
  });
}

describe('schemas', () => {
  it('accept minimal valid entries', () => {
    assert.equal(modelSchema.safeParse(model()).success, true);
    assert.equal(licenseSchema.safeParse(license()).success, true);
    assert.equal(
      organizationSchema.safeParse({ name: 'Lab', kind: 'academic', website: 'https://example.org', summary: 'A lab.' })
        .success,
      true,
    );
  });

  it('describe every field', () => {
    assert.deepEqual(undescribed(modelSchema), []);
    assert.deepEqual(undescribed(licenseSchema), []);
    assert.deepEqual(undescribed(organizationSchema), []);
  });

  it('reject unknown keys at every level', () => {
    assert.equal(modelSchema.safeParse({ ...model(), extra: 1 }).success, false);
    const withBadClause = license();
    (withBadClause.clauses.attribution as Record<string, unknown>).aplies = true;
    assert.equal(licenseSchema.safeParse(withBadClause).success, false);
  });

  it('require a source for a clause that applies and for a rated openness component', () => {
    const bad = license();
    bad.clauses.royalty = { applies: true };
    assert.deepEqual(
      licenseSchema.safeParse(bad).error?.issues.map((issue) => issue.path.join('.')),
      ['clauses.royalty.source'],
    );
    const m = model();
    m.openness.paper = { level: 'open' };
    assert.deepEqual(
      modelSchema.safeParse(m).error?.issues.map((issue) => issue.path.join('.')),
      ['openness.paper.source'],
    );
    m.openness.paper = { level: 'unknown' };
    assert.equal(modelSchema.safeParse(m).success, true);
  });

  it('accept "unknown" for facts nobody confirmed, and nothing else in their place', () => {
    assert.equal(
      modelSchema.safeParse(model({ parameters: 'unknown', context_length: 'unknown', architecture: 'unknown' }))
        .success,
      true,
    );
    assert.equal(modelSchema.safeParse({ ...model(), parameters: 'n/a' }).success, false);
    assert.equal(modelSchema.safeParse({ ...model(), parameters: [] }).success, false);
  });
});

describe('primitives', () => {
  it('ids are lowercase kebab-case, dots allowed between parts', () => {
    for (const id of ['llama-2', 'apache-2.0', 'gpt-3']) assert.match(id, ID_PATTERN);
    for (const id of ['Llama', 'llama_2', '-llama', 'llama-', 'a..b', 'a b']) assert.doesNotMatch(id, ID_PATTERN);
  });

  it('dates are real calendar days or months', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('2024-13'), false);
    assert.equal(isCalendarDate('2024-00-10'), false);
    assert.equal(isCalendarDate('2024-1-10'), false);
    assert.equal(isCalendarDate('2024-06'), true);
  });

  it('future dates are measured against today', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    assert.equal(isFutureDate('2026-11-23', today), false);
    assert.equal(isFutureDate('2026-11-24', today), true);
    assert.equal(isFutureDate('2026-11', today), false);
    assert.equal(isFutureDate('2026-12', today), true);
  });

  it('only absolute https URLs pass', () => {
    assert.equal(isHttpsUrl('https://example.org/a'), true);
    for (const url of [
      'http://example.org',
      'javascript:alert(1)',
      'data:text/html,x',
      '//example.org',
      'https//x',
      'HTTPS:/x',
    ]) {
      assert.equal(isHttpsUrl(url), false, url);
    }
  });
});
