/**
 * Everything that waits on a guest's speed is sized from what the environment knows: the hub's spawner
 * timeouts (JupyterHub's 60 s / 30 s failed a first apply under TCG) and the health check's wait for its server.
 */
import { describe, expect, it } from "vitest";
import { checkSpawnSeconds } from "../../cli/commands/check.js";
import { spawnTimeouts } from "../../provisioners/roles/jupyterhub/config-vars.js";
import { load, variant } from "../support/environments.js";

describe("spawn timeouts sized for the host", () => {
  it("a local environment that may run under TCG gets minutes; one told it has KVM, and a cloud, less", () => {
    expect(spawnTimeouts(load("local"))).toEqual({ startSeconds: 300, httpSeconds: 180 });
    expect(spawnTimeouts(variant("local", (e) => (e.local.accel = "tcg")))).toEqual({ startSeconds: 300, httpSeconds: 180 });
    expect(spawnTimeouts(variant("local", (e) => (e.local.accel = "kvm")))).toEqual({ startSeconds: 120, httpSeconds: 60 });
    expect(spawnTimeouts(load("hub-dev"))).toEqual({ startSeconds: 120, httpSeconds: 60 });
  });

  it("the inventory's hub.jupyterhub.spawnTimeoutSeconds wins", () => {
    expect(spawnTimeouts(variant("hub-dev", (e) => (e.hub.jupyterhub.spawnTimeoutSeconds = 900)))).toEqual({ startSeconds: 900, httpSeconds: 900 });
  });

  it("the health check waits at least as long as the hub lets a server start and answer", () => {
    expect(checkSpawnSeconds(load("local"), 180)).toBe(300 + 180 + 30);
    expect(checkSpawnSeconds(load("hub-dev"), 180)).toBe(210);
    expect(checkSpawnSeconds(variant("hub-dev", (e) => (e.hub.jupyterhub.spawnTimeoutSeconds = 10)), 180)).toBe(180);
  });
});
