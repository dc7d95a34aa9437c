// A cli-progress bar on stderr, shown only when stderr is a terminal (never in pipes, files or
// --json runs). A change of label starts a new pass (e.g. "checking rows" then "writing assets").

export interface ProgressBar {
  update(done: number, total: number, label?: string): void;
  stop(): void;
}

/** `format` may use {label}, {bar}, {percentage}, {value}, {total} and {unit}. */
export async function progressBar(label: string, unit = ''): Promise<ProgressBar> {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const { default: progress } = await import('cli-progress');
  const bar = new progress.SingleBar(
    {
      stream: process.stderr,
      format: `{label} |{bar}| {percentage}% {value}/{total}${unit === '' ? '' : ` ${unit}`}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    progress.Presets.shades_classic,
  );
  let current: string | undefined;
  return {
    update(done, total, next = label) {
      if (next !== current) {
        if (current !== undefined) bar.stop();
        current = next;
        bar.start(total, done, { label: next });
      } else bar.update(done);
    },
    stop: () => {
      if (current !== undefined) bar.stop();
    },
  };
}
