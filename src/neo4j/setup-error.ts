// A problem with the machine's setup (no database, wrong password, port taken, Java too old…) that a person
// must fix: command-line entry points print its message alone, without a stack trace.
export class SetupError extends Error {
  override name = 'SetupError';
}
