import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDerivedModels } from '../site/content.ts';
import { VERDICT_LABELS, VERDICT_NAME } from '../present/labels.ts';
import { fileDates } from '../data/history.ts';
import { absoluteUrl } from '../site/urls.ts';

// Newest additions first; an entry git does not know yet counts from its last_verified date.
export const GET: APIRoute = async ({ site }) => {
  const { models } = await loadDerivedModels();
  const dates = fileDates();
  const items = models
    .map((derived) => ({
      derived,
      added: dates.get(`content/models/${derived.id}.md`)?.added ?? derived.model.last_verified,
    }))
    .sort((a, b) => b.added.localeCompare(a.added) || a.derived.model.name.localeCompare(b.derived.model.name));
  return rss({
    title: 'Open LLM Atlas: models added',
    description:
      'Open large language models as they are added to the atlas, with their license and commercial-use verdict.',
    site: absoluteUrl('', site),
    items: items.map(({ derived, added }) => ({
      title: derived.model.name,
      link: absoluteUrl(`models/${derived.id}/`, site),
      pubDate: new Date(`${added}T00:00:00Z`),
      description: `${derived.model.summary} ${VERDICT_NAME}: ${VERDICT_LABELS[derived.commercial.verdict]}.`,
    })),
  });
};
