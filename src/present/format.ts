// Numbers and sizes in plain words, shared by pages, pictures, badges and images.

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}

/** "7B, 13B, 70B"; sizes under a billion in millions ("125M"). */
export function formatParameters(sizes: readonly number[] | 'unknown'): string {
  if (sizes === 'unknown') return 'unknown';
  return sizes.map(formatSize).join(', ');
}

export function formatSize(billions: number): string {
  if (billions < 1) return `${Math.round(billions * 1000)}M`;
  return `${Number(billions.toPrecision(4))}B`;
}

/** "2.0T tokens" style count; exact number kept for the title attribute by the caller. */
export function formatTokens(tokens: number | 'unknown'): string {
  if (tokens === 'unknown') return 'unknown';
  if (tokens >= 1e12) return `${Number((tokens / 1e12).toPrecision(3))}T`;
  if (tokens >= 1e9) return `${Number((tokens / 1e9).toPrecision(3))}B`;
  return formatNumber(tokens);
}

/** Cuts text to a length, ending in an ellipsis, for labels in pictures and images. */
export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A count in short form: 700M, 1.5B, 20K. */
export function formatCount(value: number): string {
  for (const [size, suffix] of [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ] as const) {
    if (value >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return formatNumber(value);
}

/** US dollars in short form: US$20M. */
export function formatUsd(value: number): string {
  return `US$${formatCount(value)}`;
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** A region code's English name: "eu" is the European Union, "kr" South Korea. */
export function regionName(code: string): string {
  return REGION_NAMES.of(code.toUpperCase()) ?? code.toUpperCase();
}

/** "the European Union, United Kingdom and South Korea". */
export function formatRegions(codes: readonly string[]): string {
  const names = codes.map((code) => (code === 'eu' ? 'the European Union' : regionName(code)));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "July 2023" from "2023-07-18" or "2023-07", in English, whatever the build machine's locale. */
export function monthYear(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, (month ?? 1) - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
