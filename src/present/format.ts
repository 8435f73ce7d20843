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
