/**
 * The local environment's stack: terraform_data resources whose commands start and stop the VMs, checked
 * on the synthesized JSON and validated by the real terraform (terraform_data needs no provider download).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadEnvironment } from "../../environment/load.js";
import { localStackInput, withLocalAcme } from "../../local/environment.js";
import { stackFile, synthEnvironment } from "../../stacks/main.js";
import { keepDataTargets, machineAddresses } from "../../terraform/data-volumes.js";
import { tempDir } from "../support/temp.js";

type Json = Record<string, any>;

describe("the local stack (env=local)", () => {
  const env = loadEnvironment("local");
  const work = tempDir("hubstack-localstack-");
  const stateDir = join(work, ".state", "local");
  let json: Json;
  let specFile: string;

  beforeAll(async () => {
    const local = await localStackInput(env, stateDir, join(work, "keys", "id_ed25519"));
    specFile = local.specFile;
    synthEnvironment(env, join(work, "out"), { stateBackend: { kind: "local", path: join(stateDir, "terraform.tfstate") }, local });
    json = JSON.parse(readFileSync(stackFile(join(work, "out"), "local"), "utf8")) as Json;
  });

  it("has a network, one VM resource per enabled host (after the network) and a disk per data volume (after nothing)", () => {
    const data = json.resource.terraform_data as Json;
    expect(Object.keys(data).sort()).toEqual(["disk-nfs", "network", "vm-bastion", "vm-hub", "vm-nfs"]);
    for (const vm of ["vm-bastion", "vm-hub"]) expect(data[vm].depends_on).toEqual(["terraform_data.network"]);
    expect(data["vm-nfs"].depends_on).toEqual(["terraform_data.network", "terraform_data.disk-nfs"]);
    // A destroy that keeps the data targets the network and the VMs: nothing of them may take the disk along.
    expect(data["disk-nfs"].depends_on).toBeUndefined();
    const [create, destroy] = data["disk-nfs"].provisioner as Json[];
    expect(create!["local-exec"].command).toMatch(/vmctl\.ts disk --vm nfs --spec /);
    expect(destroy!["local-exec"]).toMatchObject({ when: "destroy", command: expect.stringMatching(/vmctl\.ts disk --delete --vm nfs --spec /) });
  });

  it("names its machines and its data for rebuild and destroy", () => {
    const dir = join(work, "out", "stacks", "local");
    expect(machineAddresses(dir, "local", ["hub"])).toEqual({ addresses: { hub: "terraform_data.vm-hub" }, unknown: [] });
    expect(machineAddresses(dir, "local", []).addresses).toEqual({ bastion: "terraform_data.vm-bastion", hub: "terraform_data.vm-hub", nfs: "terraform_data.vm-nfs" });
    expect(machineAddresses(dir, "local", ["db"]).unknown).toEqual(["db"]);
    const resources = Object.keys(json.resource.terraform_data as Json).map((id) => ({ address: `terraform_data.${id}`, type: "terraform_data" }));
    expect(keepDataTargets(resources)).toEqual({
      targets: ["terraform_data.network", "terraform_data.vm-bastion", "terraform_data.vm-hub", "terraform_data.vm-nfs"].sort(),
      kept: ["terraform_data.disk-nfs"],
    });
  });

  it("starts and stops each VM through vmctl with the spec file named literally", () => {
    const hub = json.resource.terraform_data["vm-hub"] as Json;
    const [create, destroy] = hub.provisioner as Json[];
    expect(create!["local-exec"].command).toMatch(new RegExp(`vmctl\\.ts up --vm hub --spec ${specFile}$`));
    expect(destroy!["local-exec"]).toMatchObject({ when: "destroy" });
    expect(destroy!["local-exec"].command).toMatch(/vmctl\.ts down --vm hub --spec /);
    const spec = JSON.parse(readFileSync(specFile, "utf8")) as Json;
    expect(spec.vms.map((v: Json) => [v.name, v.address])).toEqual([["bastion", "10.70.0.10"], ["hub", "10.70.0.11"], ["nfs", "10.70.0.12"]]);
    expect(spec.acme).toEqual({ hubAddress: "10.70.0.11", hubHostname: "hub.local.hubstack.test" });
  });

  it("names a vmctl that exists and runs (a moved file once broke every apply of env=local here)", () => {
    const command = (json.resource.terraform_data["vm-hub"].provisioner as Json[])[0]!["local-exec"].command as string;
    const [tsx, script] = command.split(" ");
    const usage = execFileSync(tsx!, [script!, "--help"], { encoding: "utf8" });
    expect(usage).toMatch(/^usage: vmctl <up\|down\|disk\|status\|image>/);
  });

  it("publishes the hosts with their pinned host keys, once every VM is up", () => {
    const output = json.output.hosts as Json;
    expect(output.depends_on).toEqual(["terraform_data.vm-bastion", "terraform_data.vm-hub", "terraform_data.vm-nfs"]);
    expect(output.value.hub).toMatchObject({ address: "10.70.0.11", sshUser: "debian", hostKey: expect.stringMatching(/^ssh-ed25519 AAAA/) });
  });

  it("gives the hub a certificate from the pebble on the bridge unless the inventory names an ACME server", () => {
    const tls = withLocalAcme(env, stateDir).hub.tls;
    expect(tls.acmeDirectory).toBe("https://10.70.0.1:14000/dir");
    expect(tls.acmeCaRoot).toBe(join(stateDir, "acme", "ca.pem"));
  });

  it("is valid Terraform to the real terraform binary", () => {
    const dir = join(work, "out", "stacks", "local");
    execFileSync("terraform", ["init", "-input=false", "-backend=false"], { cwd: dir, stdio: "pipe" });
    expect(execFileSync("terraform", ["validate", "-no-color"], { cwd: dir, encoding: "utf8" })).toMatch(/The configuration is valid/);
  });
});
