/**
 * The typed shape of an environment: inventory/common.yaml, then inventory/<env>.yaml, then
 * inventory/secrets/<env>.yaml, merged and validated once by ./load.ts.
 *
 * Every object is strict: an unknown key is a mistake (usually a typo) and is reported with a
 * "did you mean". Defaults live here, next to the field they belong to, so that the schema is the
 * documentation of the inventory format.
 */
import { z } from "zod";

const dnsLabel = z
  .string()
  .regex(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "a DNS label: lowercase letters, digits and '-', at most 63 characters");

const ipv4 = z.ipv4({ error: "an IPv4 address such as 10.70.0.10" });
const cidr = z.union([z.cidrv4(), z.cidrv6()], { error: "a CIDR such as 203.0.113.0/24 or 2001:db8::/48" });
const positiveInt = z.number().int().positive();

/** Let's Encrypt's production directory: the ACME server a hub uses unless its inventory names another. */
export const DEFAULT_ACME_DIRECTORY = "https://acme-v02.api.letsencrypt.org/directory";

/** Roles a host can be given; each is a folder in provisioners/roles/. */
export const ROLE_NAMES = [
  "base",
  "nfs-server",
  "nfs-client",
  "docker",
  "images",
  "start-hooks",
  "jupyterhub",
  "proxy-tls",
  "bastion",
] as const;
export const RoleName = z.enum(ROLE_NAMES);
export type RoleName = z.infer<typeof RoleName>;

/** One machine of the environment. Which fields matter depends on the target. */
export const HostSpec = z.strictObject({
  /** Set to false to leave this machine out of the environment. */
  enabled: z.boolean().default(true),
  roles: z.array(RoleName).min(1),
  /** openstack: flavor name. */
  flavor: z.string().min(1).optional(),
  /** openstack and local: size of the extra data volume in GiB (0 = none). */
  dataVolumeGiB: z.number().int().min(0).default(0),
  /** local: virtual CPUs, memory and root disk of the VM. */
  vcpus: positiveInt.default(1),
  memoryMiB: positiveInt.default(1536),
  diskGiB: positiveInt.default(12),
  /** local: static address on the environment's bridge. static: the address hubstack connects to. */
  address: ipv4.optional(),
  /** static: SSH port. */
  sshPort: z.number().int().min(1).max(65535).default(22),
  /** Name of another host of this environment to jump through (usually the bastion). */
  jumpHost: z.string().optional(),
  /** openstack: give this machine a floating IP from openstack.floatingIpPool. */
  floatingIp: z.boolean().default(false),
});
export type HostSpec = z.infer<typeof HostSpec>;

export const Admin = z.strictObject({
  name: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, "a Unix user name"),
  sshKeys: z.array(z.string().regex(/^(ssh-|ecdsa-|sk-)/, "an OpenSSH public key line")).default([]),
  /** false removes an admin that an earlier apply created. */
  present: z.boolean().default(true),
});

const OpenStackNetwork = z.union([
  z.strictObject({ existing: z.string().min(1) }),
  z.strictObject({
    create: z.strictObject({
      cidr: z.cidrv4(),
      externalNetwork: z.string().min(1),
      dnsNameservers: z.array(z.ipv4()).default([]),
    }),
  }),
]);

export const OpenStackSettings = z.strictObject({
  /** Name of the cloud in clouds.yaml (OS_CLOUD). Credentials never live in the inventory. */
  cloud: z.string().optional(),
  region: z.string().optional(),
  network: OpenStackNetwork,
  /** Who may reach port 22 of the bastion (and of every host when there is no bastion). */
  adminCidrs: z.array(cidr).min(1),
  keypairName: z.string().optional(),
  floatingIpPool: z.string().optional(),
  images: z
    .strictObject({
      /** Name prefix of the Packer hub image; the newest one wins. */
      hub: z.string().default("hubstack-hub"),
      /** Image used when no hub image exists yet, and for the other machines. */
      base: z.string().default("Debian 12"),
    })
    .prefault({}),
  dns: z
    .strictObject({
      /** Designate zone, with its trailing dot: "example.org." */
      zone: z.string().regex(/\.$/, "a zone name ending with a dot, such as example.org."),
      ttl: positiveInt.default(300),
      /** Also publish AAAA records (each instance's IPv6 address): only when the network has an IPv6 subnet. */
      ipv6: z.boolean().default(false),
    })
    .optional(),
});

export const LocalSettings = z.strictObject({
  /** Private subnet of the bridge; the host takes the first address. */
  subnet: z.cidrv4().default("10.70.0.0/24"),
  /** Bridge name (at most 15 characters); derived from the environment name when omitted. */
  bridge: z.string().max(15).optional(),
  /** auto uses KVM only where it really boots guests, TCG otherwise. */
  accel: z.enum(["auto", "kvm", "tcg"]).default("auto"),
  /** Boot the newest local hub image instead of the plain base image when one exists. */
  useHubImage: z.boolean().default(true),
});

const StateBackend = z.discriminatedUnion("backend", [
  z.strictObject({ backend: z.literal("local"), dir: z.string().optional() }),
  z.strictObject({
    backend: z.literal("s3"),
    bucket: z.string(),
    /** Object key; {env} is replaced by the environment name. */
    key: z.string().default("hubstack/{env}/terraform.tfstate"),
    region: z.string().default("us-east-1"),
    endpoint: z.url(),
  }),
  z.strictObject({
    backend: z.literal("http"),
    /** {env} is replaced by the environment name. */
    address: z.url(),
    lockAddress: z.url().optional(),
    unlockAddress: z.url().optional(),
  }),
]);

const Authenticator = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("dummy"), password: z.string().optional() }),
  z.strictObject({ type: z.literal("pam") }),
  z.strictObject({ type: z.literal("native"), openSignup: z.boolean().default(false) }),
  z.strictObject({
    type: z.literal("github"),
    clientId: z.string(),
    clientSecret: z.string(),
    allowedOrganizations: z.array(z.string()).default([]),
    adminTeams: z.array(z.string()).default([]),
  }),
  z.strictObject({
    type: z.literal("generic-oauth"),
    clientId: z.string(),
    clientSecret: z.string(),
    authorizeUrl: z.url(),
    tokenUrl: z.url(),
    userdataUrl: z.url(),
    usernameClaim: z.string().default("preferred_username"),
    /** Who may log in: these user names, members of these groups (from the groupsClaim of the user's data), or everyone the provider vouches for (allowAll). One is required. */
    allowedUsers: z.array(z.string().min(1)).default([]),
    allowedGroups: z.array(z.string().min(1)).default([]),
    groupsClaim: z.string().regex(/^[A-Za-z0-9_.:-]+$/, "a claim name such as groups").default("groups"),
    allowAll: z.boolean().default(false),
  }),
]);

const NotebookImage = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "an image name such as scipy or course-2026"),
  /** Another image of this list, or an image reference (quay.io/jupyter/minimal-notebook:...). */
  from: z.string(),
  /** Dockerfile lines after FROM. */
  steps: z.array(z.string()).default([]),
  /** Python modules that must import inside the image. */
  imports: z.array(z.string()).default([]),
  present: z.boolean().default(true),
});

export const HubSettings = z.strictObject({
  /** Public host name of the hub; defaults to hub.<domain>. */
  hostname: z.string().optional(),
  jupyterhub: z
    .strictObject({
      /**
       * pip (the default): a virtual environment from locks/hub.txt, installed offline from this machine's
       * package cache. apt: Debian's JupyterHub 3.0, for the local spawner and the dummy and PAM authenticators.
       */
      install: z.enum(["apt", "pip"]).default("pip"),
      /** pip install: the version the inventory expects; it must be the one locks/hub.txt pins. */
      version: z.string().optional(),
      authenticator: Authenticator.default({ type: "dummy" }),
      spawner: z.enum(["docker", "local"]).default("docker"),
      adminUsers: z.array(z.string()).default([]),
      memLimit: z.string().default("2G"),
      cpuLimit: z.number().positive().default(1),
      cullIdleSeconds: z.number().int().min(0).default(3600),
      /**
       * How long a user's server may take to start, and then to answer (Spawner.start_timeout and
       * http_timeout). Unset: sized for the host (see spawnTimeouts in the jupyterhub role).
       */
      spawnTimeoutSeconds: z.number().int().min(10).max(3600).optional(),
      /** Extra traitlets passed through to jupyterhub_config.py: { "Spawner.default_url": "/lab" }. */
      extraConfig: z.record(z.string(), z.unknown()).default({}),
      cookieSecret: z.string().optional(),
      proxyAuthToken: z.string().optional(),
    })
    .prefault({}),
  tls: z
    .strictObject({
      /** ACME directory; Let's Encrypt by default. The local environment uses its own pebble. */
      acmeDirectory: z.url().default(DEFAULT_ACME_DIRECTORY),
      email: z.email().optional(),
      challenge: z.enum(["http-01", "dns-01"]).default("http-01"),
      /**
       * PEM file (on the operator's machine, relative to the repository) of the CA that signs the ACME
       * server's own HTTPS certificate, when it is not a public one: pebble's root on the test bed.
       */
      acmeCaRoot: z.string().optional(),
      /**
       * dns-01 through OpenStack Designate: an application credential allowed to write the zone's
       * records. Debian's caddy has no DNS provider modules, so hubstack obtains the certificate with
       * Debian's lego (its designate provider) and Caddy serves it. Keep it in inventory/secrets/.
       */
      designate: z
        .strictObject({
          authUrl: z.url(),
          applicationCredentialId: z.string().min(1),
          applicationCredentialSecret: z.string().min(1),
          regionName: z.string().optional(),
        })
        .optional(),
    })
    .prefault({}),
  images: z.array(NotebookImage).default([]),
  /**
   * What users choose from on the spawn page (DockerSpawner): each a notebook image of hub.images (or
   * local-base), with the home on NFS (persistent) or inside the container, gone when the server stops
   * (ephemeral, as a public try-it-out profile), and its own limits. The first is the default. Empty: one
   * choice per image, each with the NFS home.
   */
  profiles: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, "a short name such as course or try-it"),
        displayName: z.string().min(1).max(80),
        image: z.string().min(1),
        home: z.enum(["persistent", "ephemeral"]).default("persistent"),
        memLimit: z.string().optional(),
        cpuLimit: z.number().positive().max(64).optional(),
      }),
    )
    .default([]),
  /**
   * Build the notebook images into the hub image too (npm run image -- build hub), so that a hub booted from
   * it starts with them. Only where Docker keeps its images on the root disk (the hub has no data volume):
   * a data volume would hide them.
   */
  bakeNotebookImages: z.boolean().default(false),
  startHooks: z
    .strictObject({
      asRoot: z.string().optional(),
      asUser: z.string().optional(),
      /** A hook still running after this many seconds is stopped, and the notebook starts anyway. */
      timeoutSeconds: positiveInt.default(300),
    })
    .prefault({}),
});

export const NfsSettings = z.strictObject({
  exportRoot: z.string().default("/export"),
  mounts: z
    .strictObject({
      home: z.string().default("/home"),
      admin: z.string().default("/home/admin"),
      shared: z.string().default("/nfs"),
    })
    .prefault({}),
  /**
   * The admin account that owns the admin area (start hooks, their logs). Fixed numbers, because NFS
   * (sec=sys) compares numeric ids and the same files are seen from the NFS server, the hub and the
   * notebook containers.
   */
  adminUid: z.number().int().min(1).default(2000),
  adminGid: z.number().int().min(1).default(2000),
});

export const BastionSettings = z.strictObject({
  /**
   * Debian packages of the team's tools (cryptsetup for the work volume is always added). Default: git, rsync,
   * Node.js and npm, Packer and the OpenStack client.
   */
  tools: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.-]+$/, "a Debian package name")).optional(),
  /** The LUKS-encrypted work volume (the bastion's data volume) that holds the environments' state. */
  workVolume: z
    .strictObject({
      /**
       * Key file on the bastion (for example /root/keys/work.key), put there by the operator and never
       * stored in the repository. Without one the volume is unlocked by hand (a passphrase prompt).
       */
      keyFile: z.string().regex(/^\//, "an absolute path on the bastion").optional(),
      mountPoint: z.string().regex(/^\//, "an absolute path").default("/srv/work"),
    })
    .prefault({}),
});

export const EnvironmentFile = z
  .strictObject({
    target: z.enum(["openstack", "local", "static"]),
    description: z.string().optional(),
    /** DNS domain of the environment: hosts are <host>.<domain>. */
    domain: z.string().default("hubstack.test"),
    timezone: z.string().default("Etc/UTC"),
    ssh: z
      .strictObject({
        /** The admin account hubstack logs in with (the image's default user on clouds). */
        user: z.string().default("debian"),
        /** Private key, relative to the repository; generated for the local environment when missing. */
        privateKeyFile: z.string().default("keys/id_ed25519"),
      })
      .prefault({}),
    admins: z.array(Admin).default([]),
    hosts: z.record(dnsLabel, HostSpec).refine((hosts) => Object.keys(hosts).length > 0, "at least one host"),
    openstack: OpenStackSettings.optional(),
    local: LocalSettings.prefault({}),
    state: StateBackend.default({ backend: "local" }),
    /** A disposable environment: each apply creates <name>-<random>, recorded in its state. */
    ci: z.strictObject({ randomName: z.boolean().default(false) }).prefault({}),
    hub: HubSettings.prefault({}),
    nfs: NfsSettings.prefault({}),
    bastion: BastionSettings.prefault({}),
  })
  .superRefine((env, ctx) => {
    if (env.target === "openstack" && !env.openstack) {
      ctx.addIssue({ code: "custom", path: ["openstack"], message: "target is openstack, so an openstack section is required" });
    }
    for (const [name, host] of Object.entries(env.hosts)) {
      if ((env.target === "static" || env.target === "local") && host.enabled && !host.address) {
        ctx.addIssue({ code: "custom", path: ["hosts", name, "address"], message: `target ${env.target} needs an address for every host` });
      }
      if (env.target === "openstack" && host.enabled && !host.flavor) {
        ctx.addIssue({ code: "custom", path: ["hosts", name, "flavor"], message: "target openstack needs a flavor for every host" });
      }
      if (host.jumpHost !== undefined && !(host.jumpHost in env.hosts)) {
        ctx.addIssue({
          code: "custom",
          path: ["hosts", name, "jumpHost"],
          message: `names no host of this environment (hosts: ${Object.keys(env.hosts).join(", ")})`,
        });
      }
      if (host.floatingIp && env.target === "openstack" && !env.openstack?.floatingIpPool) {
        ctx.addIssue({ code: "custom", path: ["hosts", name, "floatingIp"], message: "needs openstack.floatingIpPool" });
      }
    }
  });

export type EnvironmentFile = z.infer<typeof EnvironmentFile>;

/** A loaded environment: the validated file plus where it came from. */
export type Environment = EnvironmentFile & {
  /** The environment's name: the file name, or <file>-<random> for a CI instance. */
  name: string;
  /** The inventory file the environment was defined by (without the random suffix). */
  baseName: string;
  /** Every string value that came from the secrets layer: never printed, never written world-readable. */
  secrets: string[];
};
