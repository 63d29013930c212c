/**
 * The bastion's LUKS work volume on a Debian 12 VM with a blank data disk: found among the VM's disks
 * (the NoCloud seed is one too), encrypted once with a key file that only the host has, opened from
 * /etc/crypttab, formatted inside once, mounted by its unit; converged twice (0 changed the second time),
 * then rebooted: the volume opens and mounts by itself and its data is still there.
 *
 * The bastion role's packages (Node.js, npm, Packer, the OpenStack client) take most of an hour under
 * TCG and prove nothing about the volume, so the test runs the role's work-volume steps with cryptsetup
 * alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Environment } from "../../environment/schema.js";
import type { RoleContext } from "../../provisioners/engine/role.js";
import { provision } from "../../provisioners/engine/provision.js";
import type { ProvisionReport } from "../../provisioners/engine/report.js";
import * as apt from "../../provisioners/operations/apt.js";
import { workVolume } from "../../provisioners/roles/bastion/index.js";
import { bootRolesVm, canBootVms, environmentFor, explain, onVm, sh, stopRolesVm, summary, type RolesVm } from "./roles-vm.js";

const log = (line: string) => process.stderr.write(`[roles-bastion-volume] ${line}\n`);
const KEY = "/root/keys/work.key";

describe.skipIf(!canBootVms)("bastion work volume (LUKS) on a Debian 12 VM", () => {
  let vm: RolesVm;
  let env: Environment;

  beforeAll(async () => {
    vm = await bootRolesVm("hs-roles-vol", "vault", ["bastion"], { memoryMiB: 1024, dataDiskGiB: 1 });
    env = environmentFor(vm, (f) => {
      f.hosts[vm.host.name].dataVolumeGiB = 1;
      f.bastion = { workVolume: { keyFile: KEY } };
    });
    // The operator's part: the key file, on the host only.
    await sh(vm, `install -d -m 0700 /root/keys && head -c 64 /dev/urandom > ${KEY} && chmod 0400 ${KEY}`);
  }, 30 * 60_000);

  afterAll(() => stopRolesVm(vm), 300_000);

  const converge = (check = false): Promise<ProvisionReport> =>
    provision([vm.host], {
      roles: { bastion: { name: "bastion", tasks: (ctx: RoleContext) => [apt.packages({ names: ["cryptsetup"] }), ...workVolume(ctx)] } },
      vars: env,
      knownHostsFile: vm.knownHostsFile,
      connectRetries: 2,
      ...(check ? { check: true } : {}),
    });

  it("converges: check mode changes nothing, the first run encrypts, opens, formats and mounts, the second changes nothing", async () => {
    const before = await sh(vm, "lsblk -o NAME,FSTYPE,MOUNTPOINTS; cat /etc/crypttab 2>/dev/null || true");
    const check = await converge(true);
    expect(check.ok, explain(check)).toBe(true);
    expect(await sh(vm, "lsblk -o NAME,FSTYPE,MOUNTPOINTS; cat /etc/crypttab 2>/dev/null || true"), "check mode changed the host").toBe(before);

    const first = await converge();
    log(`first converge: ${JSON.stringify(summary(first))}`);
    expect(first.ok, explain(first)).toBe(true);
    const second = await converge();
    log(`second converge: ${JSON.stringify(summary(second))}`);
    expect(second.hosts[0], explain(second)).toMatchObject({ changed: 0, failed: 0 });
  }, 60 * 60_000);

  it("encrypted the data disk (not the seed), with the key file in crypttab and nothing of the key elsewhere", async () => {
    expect(await sh(vm, "blkid -p -o value -s TYPE /dev/vdb; blkid -p -o value -s LABEL /dev/vdb; blkid -p -o value -s LABEL /dev/vdc")).toBe("crypto_LUKS\nhs-data\ncidata\n");
    const uuid = (await sh(vm, "blkid -p -o value -s UUID /dev/vdb")).trim();
    expect(await sh(vm, "grep -v '^#' /etc/crypttab")).toBe(`hubstack-work UUID=${uuid} ${KEY} luks,discard,nofail\n`);
    expect(await sh(vm, "blkid -o value -s TYPE /dev/mapper/hubstack-work; findmnt -n -o SOURCE,TARGET /srv/work")).toBe("ext4\n/dev/mapper/hubstack-work /srv/work\n");
  });

  it("opens and mounts the volume by itself after a reboot, data intact; the next converge changes nothing", async () => {
    await sh(vm, "echo kept > /srv/work/marker");
    await onVm(vm, "systemctl reboot").catch(() => undefined);
    await new Promise((r) => setTimeout(r, 10_000));
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      const up = await onVm(vm, "systemctl is-system-running --wait >/dev/null 2>&1; cat /srv/work/marker").catch(() => undefined);
      if (up?.code === 0) {
        expect(up.stdout).toBe("kept\n");
        break;
      }
      if (Date.now() > deadline) throw new Error("the VM did not come back with the work volume mounted within 10 minutes");
      await new Promise((r) => setTimeout(r, 5000));
    }
    const again = await converge();
    expect(again.hosts[0], explain(again)).toMatchObject({ changed: 0, failed: 0 });
  }, 20 * 60_000);
});
