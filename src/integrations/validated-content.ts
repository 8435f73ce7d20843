// The validator's result for the project being built, computed once per build however many
// integrations ask for it (the validation gate and the image drawing both need it).
import { validateContent, type ValidationResult } from '../validate/index.ts';

const results = new Map<string, ValidationResult>();

export function validatedContent(root: string): ValidationResult {
  let result = results.get(root);
  if (!result) {
    result = validateContent(root);
    results.set(root, result);
  }
  return result;
}
