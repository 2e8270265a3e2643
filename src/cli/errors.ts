/** Misuse of the command (wrong arguments, unreadable input): one line, exit code 2 unless told. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}
