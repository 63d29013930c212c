/**
 * Everything that waits on a guest's speed is sized from what the environment knows: the hub's spawner
 * timeouts (JupyterHub's 60 s / 30 s failed a first apply under TCG) and the health check's wait for its server.
 */
import { describe, expect, it } from "vitest";
import { checkSpawnSeconds, hostTimeouts } from "../../cli/commands/check.js";
import { DEFAULT_TIMEOUTS } from "../../health/index.js";
import { CLOUD_SPAWN_LIMIT, concurrentSpawnLimit, spawnTimeouts } from "../../provisioners/roles/jupyterhub/config-vars.js";
import { load, variant } from "../support/environments.js";

describe("spawn timeouts sized for the host", () => {
  it("a local environment that may run under TCG gets minutes; one told it has KVM, and a cloud, less", () => {
    expect(spawnTimeouts(load("local"))).toEqual({ startSeconds: 300, httpSeconds: 900 });
    expect(spawnTimeouts(variant("local", (e) => (e.local.accel = "tcg")))).toEqual({ startSeconds: 300, httpSeconds: 900 });
    expect(spawnTimeouts(variant("local", (e) => (e.local.accel = "kvm")))).toEqual({ startSeconds: 120, httpSeconds: 60 });
    expect(spawnTimeouts(load("hub-dev"))).toEqual({ startSeconds: 120, httpSeconds: 60 });
  });

  it("the inventory's hub.jupyterhub.spawnTimeoutSeconds wins", () => {
    expect(spawnTimeouts(variant("hub-dev", (e) => (e.hub.jupyterhub.spawnTimeoutSeconds = 900)))).toEqual({ startSeconds: 900, httpSeconds: 900 });
  });

  it("the health check waits at least as long as the hub lets a server start and answer", () => {
    expect(checkSpawnSeconds(load("local"), 180)).toBe(300 + 900 + 30);
    expect(checkSpawnSeconds(load("hub-dev"), 180)).toBe(210);
    expect(checkSpawnSeconds(variant("hub-dev", (e) => (e.hub.jupyterhub.spawnTimeoutSeconds = 10)), 180)).toBe(180);
  });

  it("the check's and the load test's kernel, stop and request waits scale with how slow the guest may be", () => {
    const tcg = hostTimeouts(variant("local", (e) => (e.local.accel = "tcg")), DEFAULT_TIMEOUTS);
    const cloud = hostTimeouts(load("hub-dev"), DEFAULT_TIMEOUTS);
    expect(cloud).toMatchObject({ kernelSeconds: 60, stopSeconds: 90, requestSeconds: 30, spawnSeconds: 210 });
    expect(tcg).toMatchObject({ kernelSeconds: 300, stopSeconds: 450, requestSeconds: 150 });
    expect(hostTimeouts(variant("local", (e) => (e.local.accel = "kvm")), DEFAULT_TIMEOUTS).kernelSeconds).toBe(60);
  });

  it("how many servers start at once: 4 per hub vCPU under TCG, JupyterHub's 100 on a cloud, the inventory's when it says", () => {
    expect(concurrentSpawnLimit(load("local"))).toBe(4 * load("local").hosts.hub!.vcpus);
    expect(concurrentSpawnLimit(variant("local", (e) => (e.hosts.hub!.vcpus = 4)))).toBe(16);
    expect(concurrentSpawnLimit(variant("local", (e) => (e.local.accel = "kvm")))).toBe(CLOUD_SPAWN_LIMIT);
    expect(concurrentSpawnLimit(load("hub-dev"))).toBe(CLOUD_SPAWN_LIMIT);
    expect(concurrentSpawnLimit(variant("local", (e) => (e.hub.jupyterhub.concurrentSpawnLimit = 3)))).toBe(3);
  });
});
