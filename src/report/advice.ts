/** What every report tells a user to do besides the rule's own remediation: one wording, everywhere. */

export const ROTATE_ADVICE =
  'Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.';

/** `mark` highlights the names the user types (bold in a terminal, code in markdown). */
export function allowAdvice(mark: (name: string) => string = (name) => name): string {
  return `A finding that is not a secret: add ${mark('pdguard:allow')} to its line, or allow its ${mark('secretHash')} in ${mark('.pdguard.yaml')}.`;
}
