// The regions a user can say they are based in: the European Union and every country with an
// ISO 3166-1 alpha-2 code (i18n-iso-countries), named in English by the runtime's locale data.
import countries from 'i18n-iso-countries';
import { regionName } from './format.ts';

let options: { code: string; name: string }[] | undefined;

/** The EU first, then every country by name. */
export function regionOptions(): { code: string; name: string }[] {
  options ??= [
    { code: 'eu', name: 'European Union' },
    ...Object.keys(countries.getAlpha2Codes())
      .map((code) => ({ code: code.toLowerCase(), name: regionName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  ];
  return options;
}
