import { type WriteRecord } from "./rich-api";

/**
 * What crossed between the add-in and the simulated Excel. A round trip is a message the add-in waits on Excel for:
 * each Rich API batch (one per `context.sync()` that sends work) and each Common API call (settings, bindings,
 * event handlers of bindings, dialogs, command completion). office.js's own start-up (handshake, its event
 * registrations, AddinInternalService) is recorded but not counted.
 */
export type EntryKind = "rich" | "common" | "startup" | "push" | "cleanup";

export interface Entry {
  seq: number;
  at: number;
  kind: EntryKind;
  /** Which runtime sent it: "pane", "commands", "dialog". */
  frame: string;
  /** "batch", "settings.refresh", "settings.save", "binding.add", "Workbook", … */
  name: string;
  /** Rich API request flags as office.js sent them (1 = write). */
  flags?: number;
  /** A batch that asked for no change but was flagged as a write. */
  readFlaggedAsWrite?: boolean;
  writes: WriteRecord[];
  error?: string;
}

export class Recorder {
  readonly entries: Entry[] = [];
  /** Uses the simulator refused as unimplemented: any is a failure of the run. */
  readonly unimplemented: string[] = [];
  private seq = 0;
  private waiters: Array<() => void> = [];

  add(e: Omit<Entry, "seq" | "at">): Entry {
    const entry = { ...e, seq: ++this.seq, at: Date.now() };
    this.entries.push(entry);
    for (const w of this.waiters.splice(0)) w();
    return entry;
  }

  /** A position to count from. */
  mark(): number {
    return this.seq;
  }

  since(mark: number): Entry[] {
    return this.entries.filter((e) => e.seq > mark);
  }

  roundTrips(mark: number, frame?: string): Entry[] {
    return this.since(mark).filter(
      (e) => (e.kind === "rich" || e.kind === "common") && (!frame || e.frame === frame),
    );
  }

  writes(mark = 0): WriteRecord[] {
    return this.since(mark).flatMap((e) => e.writes);
  }

  /** Resolves once no message has crossed for `quietMs`. */
  async idle(quietMs = 400, timeoutMs = 20000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const last = this.entries[this.entries.length - 1]?.at ?? 0;
      const wait = last + quietMs - Date.now();
      if (wait <= 0) return;
      if (Date.now() > end) throw new Error("excel-sim: the add-in never went quiet");
      await new Promise((r) => setTimeout(r, Math.min(wait, 100)));
    }
  }

  /** Resolves at the next message that satisfies `test`, counting from `mark`. */
  async next(test: (e: Entry) => boolean, mark: number, timeoutMs = 20000): Promise<Entry> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.since(mark).find(test);
      if (hit) return hit;
      if (Date.now() > end) throw new Error("excel-sim: the awaited message never came");
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }
}
