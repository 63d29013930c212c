/**
 * The stage a run is in (pyinfra's state.py): Setup (check hosts and roles), Prepare (build and render
 * every operation of every host, before touching any), Execute (connect, gather, plan, apply, per host in
 * parallel), Disconnect, Done. A run never goes back to an earlier stage.
 */
export const STAGES = ["setup", "prepare", "execute", "disconnect", "done"] as const;
export type Stage = (typeof STAGES)[number];

export class RunState {
  private index = 0;

  get stage(): Stage {
    return STAGES[this.index]!;
  }

  advance(to: Stage): void {
    const next = STAGES.indexOf(to);
    if (next < this.index) throw new Error(`a run cannot go back from ${this.stage} to ${to}`);
    this.index = next;
  }
}
