/** Where a command writes; tests capture it, the binary passes process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An IO that keeps everything written, for tests and in-process callers. */
export function memoryIO(cwd = process.cwd(), env: Record<string, string | undefined> = {}): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    cwd,
    env,
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
  };
  return io;
}
