// Building blocks shared by every schema. Each rule carries the plain-English message a
// contributor reads, so the build, the validator and the JSON Schema say the same thing.
import { z } from 'astro/zod';

// Lowercase words joined by hyphens; a dot may join digits or words as in license versions (apache-2.0).
export const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** The literal a contributor writes when no source confirms a fact. Never a silent default. */
export const UNKNOWN = 'unknown';
export const unknownValue = z.literal(UNKNOWN);

/** A reference to another entry by its id (the file name without extension). */
export function entryId(collection: string) {
  return z
    .string({ error: `expected the id of an entry in content/${collection}/` })
    .regex(ID_PATTERN, { error: `expected a lowercase kebab-case id of an entry in content/${collection}/` })
    .describe(`Id of an entry in content/${collection}/ (its file name without extension).`);
}

// Zero-width, bidirectional-control and other invisible characters can hide text from
// reviewers (Trojan Source); none belongs in a fact or a summary.
export const INVISIBLE_CHARACTERS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

export function text(description: string) {
  return z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' }).describe(description);
}

export const httpsUrl = z
  .string({ error: 'expected an https URL' })
  // The pattern is for editors (JSON Schema); the refinement is the real check.
  .regex(/^https:\/\//, {
    error: 'expected an absolute https:// URL (http, javascript: and data: are not accepted)',
    abort: true,
  })
  .refine(isHttpsUrl, { error: 'expected an absolute https:// URL (http, javascript: and data: are not accepted)' })
  .describe('An absolute https URL.');

export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Whether a "YYYY-MM" or "YYYY-MM-DD" string names a real calendar month or day. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Whether the date (its first day, for a month) is after today, in UTC. */
export function isFutureDate(value: string, today: Date = new Date()): boolean {
  const todayIso = today.toISOString().slice(0, 10);
  return value.length === 7 ? value > todayIso.slice(0, 7) : value > todayIso;
}

// Dates are strings: an unquoted YAML date becomes a timestamp (and "2024-13-01" silently rolls
// over to 2025-01-01), so only a quoted string is accepted.
export const isoDate = z
  .string({ error: 'expected a quoted date such as "2023-07-18" or "2023-07"' })
  .regex(DATE_PATTERN, {
    error:
      'expected a quoted date such as "2023-07-18" or "2023-07" (month precision is fine when the day is not stated)',
    abort: true,
  })
  .refine(isCalendarDate, { error: 'is not a real calendar date' })
  .refine((value) => !isFutureDate(value), { error: 'is in the future' })
  .describe('A quoted ISO date, "YYYY-MM-DD", or "YYYY-MM" when only the month is known.');

/** A Hugging Face repository id, `owner/name`. */
export const HF_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const hfIds = z
  .array(
    z
      .string({ error: 'expected a Hugging Face repository id such as "meta-llama/Llama-2-7b-hf"' })
      .regex(HF_ID_PATTERN, {
        error: 'expected a Hugging Face repository id such as "meta-llama/Llama-2-7b-hf" (owner/name)',
      }),
    { error: 'expected a list of Hugging Face repository ids' },
  )
  .min(1, { error: 'list at least one repository id, or leave the field out' })
  .describe('Hugging Face repository ids (owner/name) of the weights, for look-up by id.');

/** A region: an ISO 3166-1 alpha-2 country code in lower case, or `eu` for the European Union. */
export const REGION_PATTERN = /^(?:eu|[a-z]{2})$/;
export const regionCode = z
  .string({ error: 'expected a region code such as "eu", "gb" or "kr"' })
  .regex(REGION_PATTERN, { error: 'expected a lower-case ISO 3166-1 alpha-2 country code, or "eu"' })
  .describe('A lower-case ISO 3166-1 alpha-2 country code (e.g. "gb", "kr"), or "eu" for the European Union.');

/** A short passage copied word for word from the cited text: the only copied field. */
export const quote = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(300, { error: 'a quote is at most 300 characters: cut it to the words that decide the clause' })
  .describe('At most 300 characters copied word for word from the cited text.');
