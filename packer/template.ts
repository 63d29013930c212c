/**
 * The hub image's Packer template, generated from one typed build plan (no hand-kept template to drift).
 *
 * Two renderings of the same plan:
 * - the JSON template (builders/provisioners), which every Packer reads, Debian's 1.6.6 included;
 * - HCL2 in its JSON syntax (`*.pkr.json`: source/build blocks), which from Packer 1.7 on also declares the
 *   qemu and openstack plugins it needs (`packer init` installs them; from 1.10 on they are not bundled).
 *
 * Provisioning is hubstack's own: a shell-local step runs `hubstack image provision` with the build VM's
 * address, port and user (Packer knows them only at build time), so the image and a live host are configured
 * by the same roles. A last shell step cleans the image for reuse.
 */

/** The local base image booted directly (kernel and initrd beside the disk), as the local VMs boot. */
export interface QemuSource {
  readonly kind: "qemu";
  /** The base disk (qcow2), copied into a standalone image. */
  readonly baseDisk: string;
  readonly kernel: string;
  readonly initrd: string;
  readonly cmdline: string;
  /** NoCloud seed (ISO) with the build's user, key and network (DHCP on qemu's user network). */
  readonly seedIso: string;
  readonly accel: "kvm" | "tcg";
  readonly cpus: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
  readonly outputDir: string;
  /** File name of the disk in outputDir. */
  readonly diskName: string;
  /** The guest's console, for a build that never answers SSH. */
  readonly serialLog: string;
}

/** A cloud build: a temporary server from the base image, reachable over SSH only from the builder. */
export interface OpenStackSource {
  readonly kind: "openstack";
  readonly cloud?: string;
  readonly region?: string;
  readonly sourceImageName: string;
  readonly flavor: string;
  /** Network IDs to attach the build server to (default: the project's). */
  readonly networks: readonly string[];
  /** Where a floating IP comes from, when the build server needs one to be reached. */
  readonly floatingIpNetwork?: string;
  /** Who may reach SSH of the build server: the temporary security group allows only these. */
  readonly sshFromCidrs: readonly string[];
  /**
   * For a Packer without temporary security groups (before 1.7): an existing group that allows SSH from the
   * admins' addresses (the environment's own, made by apply).
   */
  readonly sshSecurityGroup: string;
  readonly keypairName: string;
  readonly imageName: string;
  /** Cloud-init user data for the build server: its SSH host key, made here and pinned by hubstack. */
  readonly userDataFile?: string;
}

export interface PackerPlan {
  /** Packer's build name (`hub`). */
  readonly name: string;
  readonly source: QemuSource | OpenStackSource;
  readonly sshUser: string;
  readonly privateKeyFile: string;
  /** The provisioning command (argv) run on this machine with the build VM's HUBSTACK_BUILD_* variables. */
  readonly provisionCommand: readonly string[];
  /** Shell run as root in the build VM before provisioning (build-only speed-ups). */
  readonly prepareScript: string;
  /** Shell run as root in the build VM at the end, to make the image reusable. */
  readonly cleanupScript: string;
  /** Image properties (OpenStack) and the local image's metadata: recipe hash, git commit. */
  readonly metadata: Readonly<Record<string, string>>;
}

/** The build VM's network card: its NoCloud network config matches it by this address (a name glob is not enough). */
export const BUILD_VM_MAC = "52:54:00:b5:11:d0";

/** The plugins a current Packer must install for each source kind (declared in the HCL2 rendering). */
export const REQUIRED_PLUGINS = {
  qemu: { source: "github.com/hashicorp/qemu", version: ">= 1.0.0" },
  openstack: { source: "github.com/hashicorp/openstack", version: ">= 1.0.0" },
} as const;

/** Quotes one word for a POSIX shell. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'"'"'`)}'`;
}

/** What the Packer at hand understands, by version. */
export interface PackerFeatures {
  /** `packer { required_plugins }` and `packer init` (1.7.0 on). */
  readonly requiredPlugins: boolean;
  /** openstack's temporary_security_group_source_cidrs (the openstack plugin, 1.7.0 on). */
  readonly temporarySecurityGroup: boolean;
}

export function packerFeatures(version: string): PackerFeatures {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map((n) => Number.parseInt(n, 10));
  const modern = major > 1 || (major === 1 && minor >= 7);
  return { requiredPlugins: modern, temporarySecurityGroup: modern };
}

/** Builder settings common to both renderings. */
function sourceSettings(plan: PackerPlan, features: PackerFeatures): Record<string, unknown> {
  // The qemu builder's own template values stay Go templates in both renderings.
  const ref = { outputDir: "{{ .OutputDir }}", sshHostPort: "{{ .SSHHostPort }}" };
  const s = plan.source;
  const ssh = {
    communicator: "ssh",
    ssh_username: plan.sshUser,
    ssh_private_key_file: plan.privateKeyFile,
    // TCG boots and cloud-init take minutes on a loaded machine.
    ssh_timeout: "30m",
    ssh_handshake_attempts: 100,
  };
  if (s.kind === "qemu") {
    const disk = `${ref.outputDir}/${s.diskName}`;
    return {
      vm_name: s.diskName,
      output_directory: s.outputDir,
      iso_url: s.baseDisk,
      iso_checksum: "none",
      disk_image: true,
      // A standalone copy: an overlay would tie the image to one base file (and Packer 1.6.6 makes overlays
      // without the backing format, which current qemu-img refuses).
      use_backing_file: false,
      format: "qcow2",
      disk_size: `${s.diskGiB * 1024}M`,
      // qemu-img convert of the whole disk: minutes, for a file that is about as large.
      skip_compaction: true,
      accelerator: s.accel,
      cpus: s.cpus,
      memory: s.memoryMiB,
      headless: true,
      machine_type: "q35",
      net_device: "virtio-net",
      // Direct kernel boot as the local VMs do (no boot loader in the image): with -kernel given, the drives
      // must be given too. Packer still adds its user network with SSH forwarded to the build's port.
      qemuargs: [
        ["-cpu", s.accel === "kvm" ? "host" : "max"],
        ["-kernel", s.kernel],
        ["-initrd", s.initrd],
        ["-append", s.cmdline],
        // cache=unsafe: the guest's flushes are not passed on to this machine's disk (dpkg flushes a lot).
        // qemu still writes everything out when the build VM powers off; a failed build's disk is thrown away.
        ["-drive", `if=none,id=root,file=${disk},format=qcow2,discard=unmap,cache=unsafe`],
        ["-device", "virtio-blk-pci,drive=root,serial=hs-root"],
        ["-drive", `if=none,id=seed,file=${s.seedIso},format=raw,readonly=on`],
        ["-device", "virtio-blk-pci,drive=seed,serial=hs-seed"],
        ["-netdev", `user,id=user.0,hostfwd=tcp:127.0.0.1:${ref.sshHostPort}-:22`],
        ["-device", `virtio-net-pci,netdev=user.0,mac=${BUILD_VM_MAC}`],
        ["-object", "rng-random,id=rng0,filename=/dev/urandom"],
        ["-device", "virtio-rng-pci,rng=rng0"],
        ["-serial", `file:${s.serialLog}`],
      ],
      shutdown_command: "sudo shutdown -P now",
      shutdown_timeout: "10m",
      ...ssh,
    };
  }
  return {
    ...(s.cloud ? { cloud: s.cloud } : {}),
    ...(s.region ? { region: s.region } : {}),
    source_image_name: s.sourceImageName,
    flavor: s.flavor,
    ...(s.networks.length ? { networks: [...s.networks] } : {}),
    ...(s.floatingIpNetwork ? { floating_ip_network: s.floatingIpNetwork } : {}),
    ...(features.temporarySecurityGroup ? { temporary_security_group_source_cidrs: [...s.sshFromCidrs] } : { security_groups: [s.sshSecurityGroup] }),
    ssh_keypair_name: s.keypairName,
    ...(s.userDataFile ? { user_data_file: s.userDataFile } : {}),
    image_name: s.imageName,
    metadata: { ...plan.metadata },
    ...ssh,
  };
}

const BUILD_VARS = ["HUBSTACK_BUILD_HOST", "HUBSTACK_BUILD_PORT", "HUBSTACK_BUILD_USER"] as const;

function provisioners(plan: PackerPlan, build: (field: "Host" | "Port" | "User") => string) {
  const fields = ["Host", "Port", "User"] as const;
  const asRoot = "chmod +x {{ .Path }}; sudo env {{ .Vars }} {{ .Path }}";
  return {
    prepare: { inline: [plan.prepareScript], execute_command: asRoot },
    hubstack: {
      environment_vars: BUILD_VARS.map((v, i) => `${v}=${build(fields[i]!)}`),
      inline: [plan.provisionCommand.map(shellWord).join(" ")],
    },
    cleanup: {
      inline: [plan.cleanupScript],
      execute_command: asRoot,
    },
  };
}

/** The JSON template every Packer reads (Debian's 1.6.6 included). */
export function renderJsonTemplate(plan: PackerPlan, features: PackerFeatures): Record<string, unknown> {
  const p = provisioners(plan, (f) => `{{ build \`${f}\` }}`);
  return {
    description: `hubstack ${plan.name} image (generated by packer/template.ts: do not edit)`,
    builders: [{ type: plan.source.kind, name: plan.name, ...sourceSettings(plan, features) }],
    provisioners: [
      { type: "shell", ...p.prepare },
      { type: "shell-local", ...p.hubstack },
      { type: "shell", ...p.cleanup },
    ],
  };
}

/** HCL2 in JSON syntax (`.pkr.json`), with the plugins declared where the Packer supports it (1.7 on). */
export function renderHcl2Json(plan: PackerPlan, features: PackerFeatures): Record<string, unknown> {
  const kind = plan.source.kind;
  // In HCL2, build-time values are ${build.X}.
  const p = provisioners(plan, (f) => `\${build.${f}}`);
  return {
    ...(features.requiredPlugins ? { packer: { required_plugins: { [kind]: REQUIRED_PLUGINS[kind] } } } : {}),
    source: { [kind]: { [plan.name]: sourceSettings(plan, features) } },
    build: {
      sources: [`source.${kind}.${plan.name}`],
      provisioner: [{ shell: p.prepare }, { "shell-local": p.hubstack }, { shell: p.cleanup }],
    },
  };
}
