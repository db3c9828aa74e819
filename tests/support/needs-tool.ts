/**
 * `describe` where a tool the tests need is installed. Elsewhere the tests are skipped with a warning that says what
 * to install, and under CI=true they fail: CI installs every tool, so a missing one is a broken CI, not a pass.
 */
export function describeWith(
  present: boolean,
  tool: string,
  install: string,
): (name: string, body: () => void) => void {
  if (present) return describe;
  const why = `${tool} is not installed; install it with: ${install}`;
  if (underCI())
    return (name) =>
      describe(name, () => {
        test(`needs ${tool}`, () => {
          throw new Error(why);
        });
      });
  console.warn(`Skipped: ${why}`);
  return describe.skip;
}

/** CI=true (as .ci/run sets): every tool is installed there, so a missing one is a failure, not a skip. */
export function underCI(): boolean {
  return /^(1|true)$/i.test(process.env.CI ?? "");
}
