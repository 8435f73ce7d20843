// npm run validate: check every entry in content/ without building the site.
import { validateContent } from '../src/validate/index.ts';
import { formatProblem, githubAnnotation } from '../src/validate/report.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, catalog } = validateContent(root);

if (problems.length === 0) {
  console.log(
    `content is valid: ${catalog.models.size} models, ${catalog.licenses.size} licenses, ${catalog.organizations.size} organizations, ${catalog.datasets.size} datasets`,
  );
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  if (process.env.CI === 'true') for (const problem of problems) console.log(githubAnnotation(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  );
  process.exitCode = 1;
}
