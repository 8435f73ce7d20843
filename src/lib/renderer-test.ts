// A test-only switch, never set for a real build: the hostile-content tests (SECURITY.md) build
// fixtures full of scripts and javascript: links that the validator and the schemas would reject,
// so that the renderer's own escaping and guards are what is tested. The name says what it does
// so nobody sets it by accident.
export const SKIP_VALIDATION_VARIABLE = 'ATLAS_UNSAFE_SKIP_VALIDATION_FOR_RENDERER_TESTS';

export function validationSkipped(): boolean {
  return process.env[SKIP_VALIDATION_VARIABLE] === '1';
}
