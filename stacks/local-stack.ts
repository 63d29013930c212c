/**
 * The local environment's stack: the same CDKTF → terraform path as a cloud, with Terraform's built-in
 * `terraform_data` resources (they work offline) whose create and destroy commands start and stop the
 * qemu machines through local/vmctl.ts. Terraform then knows what exists, `plan` shows what would
 * boot, and `destroy` stops exactly what `apply` started.
 *
 *   network       the bridge, apt-cacher-ng and the ACME server (pebble); its destroy removes everything
 *   disk-<name>   a VM's data disk (local/data-disk.ts), apart from the VM: destroy keeps it unless
 *                 --delete-data, rebuild replaces the VM beside it (terraform/data-volumes.ts)
 *   vm-<name>     one virtual machine each, booted in parallel once the network exists
 *   hosts         the same output shape as the OpenStack stack (with each VM's pinned host key)
 */
import { createHash } from "node:crypto";
import { DataResource, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { Environment } from "../environment/schema.js";
import type { LocalStackInput } from "../local/environment.js";
import type { StateBackendSettings } from "../terraform/backend.js";
import { addStateBackend } from "./backend.js";
import { HOSTS_OUTPUT } from "../environment/hosts.js";
import { DATA_DISK_PREFIX } from "../terraform/data-volumes.js";

export interface LocalStackProps {
  readonly env: Environment;
  readonly stateBackend: StateBackendSettings;
  readonly local: LocalStackInput;
  /** The command that runs vmctl, e.g. `/repo/node_modules/.bin/tsx /repo/local/vmctl.ts`. */
  readonly vmctl: string;
}

/** create and destroy commands of a terraform_data resource (its `local-exec` provisioners). */
function lifecycle(resource: DataResource, create: string, destroy: string): void {
  resource.addOverride("provisioner", [
    { "local-exec": { command: create } },
    { "local-exec": { when: "destroy", command: destroy } },
  ]);
}

export class LocalStack extends TerraformStack {
  constructor(scope: Construct, props: LocalStackProps) {
    super(scope, props.env.name);
    addStateBackend(this, props.stateBackend);
    const spec = JSON.parse(props.local.spec) as { vms: { name: string }[]; [key: string]: unknown };
    // vmctl reads the spec from its file; the input keeps a digest of it, so a changed spec shows in plans.
    const specDigest = createHash("sha256").update(props.local.spec).digest("hex");
    const specFile = props.local.specFile;
    const { vms, ...networkPart } = spec;

    const network = new DataResource(this, "network", {
      input: { specFile, specDigest },
      // A different bridge, subnet or ACME setup is a new network; other spec changes are not.
      triggersReplace: { network: JSON.stringify({ network: networkPart.network, acme: networkPart.acme ?? null }) },
    });
    // Commands name the spec file literally rather than through `self.input`: a destroy command runs with
    // the input of the state it finds, which an older hubstack may have written in another shape.
    lifecycle(network, `${props.vmctl} up --network-only --spec ${specFile}`, `${props.vmctl} down --spec ${specFile}`);

    const machines = props.local.vms.map((name) => {
      const spec = vms.find((v) => v.name === name) as { dataDiskGiB?: number } | undefined;
      // Depends on nothing: a destroy that keeps the data removes the network and the VMs, never the disk.
      const disk = spec?.dataDiskGiB
        ? new DataResource(this, `${DATA_DISK_PREFIX}${name}`, { input: { specFile, vm: name, sizeGiB: spec.dataDiskGiB } })
        : undefined;
      if (disk) lifecycle(disk, `${props.vmctl} disk --vm ${name} --spec ${specFile}`, `${props.vmctl} disk --delete --vm ${name} --spec ${specFile}`);
      const vm = new DataResource(this, `vm-${name}`, {
        input: { specFile, specDigest, vm: name },
        // A changed size or address boots the machine anew.
        triggersReplace: { vm: JSON.stringify(spec) },
        dependsOn: [network, ...(disk ? [disk] : [])],
      });
      lifecycle(
        vm,
        `${props.vmctl} up --vm ${name} --spec ${specFile}`,
        `${props.vmctl} down --vm ${name} --spec ${specFile}`,
      );
      return vm;
    });

    const hosts = new TerraformOutput(this, HOSTS_OUTPUT, { value: props.local.hosts });
    // Published only once every machine is up. (cdktf renders an output's dependsOn as "${...}", which
    // Terraform refuses in depends_on; the plain address is what it wants.)
    hosts.addOverride("depends_on", machines.map((vm) => `terraform_data.${vm.friendlyUniqueId}`));
  }
}
