// The error an embedder's limits raise (see src/api/limits and VM.chargeBudget). It is not a
// Neko exception: no Neko trap catches it (asNekoThrow rethrows errors marked nekoInternal),
// so it unwinds every Neko frame up to the embedding API, which reports it as a NekoLimitError.

/** Which limit was exceeded: instruction steps, wall-clock time, call depth, or one allocation's size. */
export type LimitKind = "steps" | "time" | "depth" | "alloc";

export class LimitExceeded extends Error {
  /** Marks an error that Neko code must not catch (see asNekoThrow). */
  readonly nekoInternal = true;
  constructor(readonly limit: LimitKind, message: string) {
    super(message);
    this.name = "LimitExceeded";
  }
}

/** The message of each limit. */
export function limitMessage(kind: LimitKind): string {
  switch (kind) {
    case "steps":
    case "time":
      return "budget exceeded";
    case "depth":
      return "call depth exceeded";
    default:
      return "allocation limit exceeded";
  }
}
