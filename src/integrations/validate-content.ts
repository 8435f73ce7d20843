// Runs the project's validator before Astro reads the content, so a build fails on everything
// `npm run validate` reports (Astro alone only logs missing references and duplicate ids).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblem } from '../validate/report.ts';
import { validatedContent } from './validated-content.ts';

export default function validateContentIntegration(): AstroIntegration {
  return {
    name: 'open-llm-atlas:validate-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = validatedContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        for (const problem of problems) logger.error(formatProblem(problem));
        const summary = `${problems.length} content problem${problems.length === 1 ? '' : 's'} (run npm run validate)`;
        if (command === 'build') {
          // Astro's error for users, without a stack: the problems above say where to look, a
          // stack trace would only point at this line.
          const error = new AstroError(summary, 'each problem is listed above as file › field: problem — hint');
          error.stack = '';
          throw error;
        }
        logger.warn(summary);
      },
    },
  };
}
