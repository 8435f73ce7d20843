// The /badges/ picker: a model, a variant or a Hugging Face repository id chosen here puts that
// release's badges and snippets in place of the example, and ?model=<ref> keeps the choice. The
// badges' words come from their published shields.io JSON, the snippets from the same function
// the model pages use. All text goes in through textContent.
import type { ApiHfRepository } from '../schema/api.ts';
import {
  BADGE_KINDS,
  badgeSnippets,
  baseModelCaption,
  type BadgeKind,
  type BadgeSnippets,
} from '../publish/badge-snippets.ts';
import { href } from '../site/urls.ts';

const FORMATS = ['markdown', 'html', 'rst', 'shields'] as const satisfies readonly (keyof BadgeSnippets)[];

interface Endpoint {
  label: string;
  message: string;
  color: string;
}

const root = document.querySelector<HTMLElement>('[data-badge-picker]');
const select = root?.querySelector<HTMLSelectElement>('[data-badge-model]');
const lookup = root?.querySelector<HTMLFormElement>('[data-hf-lookup]');
const message = root?.querySelector<HTMLElement>('[data-badge-message]');
const link = root?.querySelector<HTMLAnchorElement>('[data-badge-link]');

if (root && select && lookup && message && link) {
  const site = root.dataset.site ? new URL(root.dataset.site) : undefined;
  const known = (ref: string) => [...select.options].some((option) => option.value === ref);
  let latest = 0;

  /** Shows one release's badges; a later choice made while this one loads wins. */
  const show = async (ref: string) => {
    const turn = ++latest;
    const name = [...select.options].find((option) => option.value === ref)?.text ?? ref;
    try {
      const contents = await Promise.all(BADGE_KINDS.map((kind) => endpoint(ref, kind)));
      if (turn !== latest) return;
      const badges = BADGE_KINDS.map((kind, index) => {
        const { label, message: text, color } = contents[index]!;
        return badgeSnippets(ref, name, kind, { label, message: text, color: `#${color}` }, site);
      });
      for (const badge of badges) {
        const image = root.querySelector<HTMLImageElement>(`[data-badge-image="${badge.kind}"]`);
        if (image) Object.assign(image, { src: badge.imageHref, alt: badge.alt });
        for (const format of FORMATS) {
          const code = document.getElementById(`badge-${badge.kind}-${format}`);
          if (code) code.textContent = badge[format];
        }
      }
      Object.assign(link, { textContent: name, href: badges[0]!.pageHref });
      const caption = document.getElementById('badge-base-caption');
      if (caption) caption.textContent = baseModelCaption(ref, name, site);
    } catch {
      if (turn === latest) message.textContent = 'The badges could not be loaded. Reload the page to try again.';
    }
  };

  const choose = (ref: string) => {
    select.value = ref;
    // Ids are lowercase words and hyphens; the slash of <model>/<variant> stays readable.
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?model=${encodeURIComponent(ref).replace('%2F', '/')}`,
    );
    void show(ref);
  };

  select.addEventListener('change', () => {
    message.textContent = '';
    choose(select.value);
  });

  lookup.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = new FormData(lookup).get('hf');
    void findRepository(typeof input === 'string' ? input : '', message, choose);
  });

  const asked = new URLSearchParams(window.location.search).get('model');
  if (asked && known(asked)) choose(asked);
  else if (asked) message.textContent = `The atlas has no model “${asked}”; the badges below are an example.`;
}

async function endpoint(ref: string, kind: BadgeKind): Promise<Endpoint> {
  const response = await fetch(href(`badges/${ref}/${kind}.json`));
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as Endpoint;
}

// api/hf.json is fetched on the first look-up only, and kept; keys compared without case, as the Hub does.
let repositories: Promise<Map<string, [string, ApiHfRepository]>> | undefined;

function loadRepositories(): Promise<Map<string, [string, ApiHfRepository]>> {
  repositories ??= fetch(href('api/hf.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<{ repositories: Record<string, ApiHfRepository> }>;
    })
    .then((api) => new Map(Object.entries(api.repositories).map((entry) => [entry[0].toLowerCase(), entry])));
  repositories.catch(() => {
    repositories = undefined;
  });
  return repositories;
}

/** owner/name from what a reader pastes: the id itself, or a link to the repository on the Hub. */
function repositoryId(input: string): string {
  const path = input.trim().replace(/^(https?:\/\/)?((www\.)?huggingface\.co|hf\.co)\//i, '');
  return (path.split(/[?#]/)[0] ?? '').split('/').slice(0, 2).join('/');
}

async function findRepository(input: string, message: HTMLElement, choose: (ref: string) => void): Promise<void> {
  const id = repositoryId(input);
  if (!/^[^/\s]+\/[^/\s]+$/.test(id)) {
    message.textContent = 'A Hugging Face repository id has the form owner/name, like meta-llama/Llama-2-7b-hf.';
    return;
  }
  message.textContent = 'Looking it up…';
  let found: [string, ApiHfRepository] | undefined;
  try {
    found = (await loadRepositories()).get(id.toLowerCase());
  } catch {
    message.textContent = 'The list of Hugging Face ids could not be loaded. Try again.';
    return;
  }
  if (!found) {
    const fineTune = document.createElement('a');
    fineTune.href = '#fine-tune';
    fineTune.textContent = 'For a fine-tune';
    message.replaceChildren(
      `No model in the atlas lists the Hugging Face repository “${id}”. If the atlas has its model under another repository, choose it from the list; if it is a fine-tune, read `,
      fineTune,
      '.',
    );
    return;
  }
  const [written, repository] = found;
  choose(repository.variant ? `${repository.model}/${repository.variant}` : repository.model);
  message.textContent = `“${written}” is ${repository.name} in the atlas: its badges are below.`;
}
