/**
 * The typed shape of an environment: inventory/common.yaml, then inventory/<env>.yaml, then
 * inventory/secrets/<env>.yaml, merged and validated once by ./load.ts.
 *
 * Every object is strict: an unknown key is a mistake (usually a typo) and is reported with a
 * "did you mean". Defaults live here, next to the field they belong to, so that the schema is the
 * documentation of the inventory format.
 */
import { z } from "zod";
import * as t from "./types.js";

const positiveInt = z.number().int().positive();
/** What a tracked file may say in place of a secret (the value is in the secrets file). */
export const SECRET_PLACEHOLDER = "set-in-secrets";

/** Let's Encrypt's production directory: the ACME server a hub uses unless its inventory names another. */
export const DEFAULT_ACME_DIRECTORY = "https://acme-v02.api.letsencrypt.org/directory";

/**
 * Roles a host can be given, the one list of them: each is a folder in provisioners/roles/, whose
 * registry (provisioners/roles/index.ts) is typed by these names, so that a role missing there or extra
 * fails the typecheck. Beside each name, what the role opens to the whole world (the host firewall opens
 * these TCP ports on every host with the role; SSH and the NFS ports, which are never public, are base's).
 */
export const ROLE_SPECS = {
  base: {},
  "nfs-server": {},
  "nfs-client": {},
  docker: {},
  images: {},
  "start-hooks": {},
  jupyterhub: {},
  // Caddy: HTTP (ACME HTTP-01 and the redirect) and HTTPS.
  "proxy-tls": { publicTcpPorts: [80, 443] },
  bastion: {},
  // Given by hubstack, never listed in the inventory: from the backup section (environment/backup.ts).
  backup: {},
  "backup-target": {},
  // Given by hubstack, never listed in the inventory: from the metrics section (environment/metrics.ts). Their
  // ports are open to the bastion only (base's firewall), never to everyone.
  "node-exporter": {},
  metrics: {},
} as const satisfies Record<string, { readonly publicTcpPorts?: readonly number[] }>;
export const ROLE_NAMES = Object.keys(ROLE_SPECS) as [keyof typeof ROLE_SPECS, ...(keyof typeof ROLE_SPECS)[]];
export const RoleName = z.enum(ROLE_NAMES);
export type RoleName = z.infer<typeof RoleName>;

/** One machine of the environment. Which fields matter depends on the target. */
export const HostSpec = z.strictObject({
  /** Set to false to leave this machine out of the environment. */
  enabled: z.boolean().default(true),
  roles: z.array(RoleName).min(1),
  /** openstack: flavor name. */
  flavor: t.openstackName("m1.large").optional(),
  /** openstack and local: size of the extra data volume in GiB (0 = none). */
  dataVolumeGiB: z.number().int().min(0).default(0),
  /** local: virtual CPUs, memory and root disk of the VM. */
  vcpus: positiveInt.default(1),
  memoryMiB: positiveInt.default(1536),
  diskGiB: positiveInt.default(12),
  /** local: static address on the environment's bridge. static: the address hubstack connects to. */
  address: t.ipv4Address().optional(),
  /** static: SSH port. */
  sshPort: t.port().default(22),
  /** Name of another host of this environment to jump through (usually the bastion). */
  jumpHost: t.dnsLabel("the name of another host of this environment, a DNS label").optional(),
  /** openstack: give this machine a floating IP from openstack.floatingIpPool. */
  floatingIp: z.boolean().default(false),
});
export type HostSpec = z.infer<typeof HostSpec>;

export const Admin = z.strictObject({
  name: t.unixName(),
  sshKeys: z.array(t.sshPublicKey()).default([]),
  /** false removes an admin that an earlier apply created. */
  present: z.boolean().default(true),
});

const OpenStackNetwork = z.union([
  z.strictObject({ existing: t.openstackName("project-net") }),
  z.strictObject({
    create: z.strictObject({
      cidr: t.cidr({ v4Only: true }),
      externalNetwork: t.openstackName("public"),
      dnsNameservers: z.array(t.ipv4Address()).default([]),
    }),
  }),
]);

export const OpenStackSettings = z.strictObject({
  /** Name of the cloud in clouds.yaml (OS_CLOUD). Credentials never live in the inventory. */
  cloud: t.openstackName("hubstack").optional(),
  region: t.openstackName("RegionOne").optional(),
  network: OpenStackNetwork,
  /** Who may reach port 22 of the bastion (and of every host when there is no bastion). */
  adminCidrs: z.array(t.cidr()).min(1),
  /**
   * The explicit opt-in for SSH from everyone: an admin CIDR of 0.0.0.0/0 or ::/0 (or wider than a /8 or a /16)
   * is refused without it, and warned about with it.
   */
  sshFromEveryone: z.boolean().default(false),
  keypairName: t.openstackName("hubstack-deploy").optional(),
  floatingIpPool: t.openstackName("public").optional(),
  images: z
    .strictObject({
      /** Name prefix of the Packer hub image; the newest one wins. */
      hub: t.typedString("an image name prefix such as hubstack-hub: letters, digits, '.', '_' and '-'", (v) => (/^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$/.test(v) ? undefined : false)).default("hubstack-hub"),
      /** Image used when no hub image exists yet, and for the other machines. */
      base: t.openstackName("Debian 12").default("Debian 12"),
    })
    .prefault({}),
  dns: z
    .strictObject({
      /** Designate zone, with its trailing dot: "example.org." */
      zone: t.dnsZone(),
      ttl: t.seconds(1, 2_147_483_647).default(300),
      /** Also publish AAAA records (each instance's IPv6 address): only when the network has an IPv6 subnet. */
      ipv6: z.boolean().default(false),
    })
    .optional(),
});

export const LocalSettings = z.strictObject({
  /** Private subnet of the bridge; the host takes the first address. */
  subnet: t.cidr({ v4Only: true }).default("10.70.0.0/24"),
  /** Bridge name (at most 15 characters); derived from the environment name when omitted. */
  bridge: t.interfaceName().optional(),
  /** auto uses KVM only where it really boots guests, TCG otherwise. */
  accel: z.enum(["auto", "kvm", "tcg"]).default("auto"),
  /** Boot the newest local hub image instead of the plain base image when one exists. */
  useHubImage: z.boolean().default(true),
  /**
   * Boot every other VM from a package layer: the base image with its roles' Debian packages installed on
   * this machine by mmdebstrap (once per package list), so that no dpkg runs in the guest under TCG.
   * false: they boot the plain base image and install their packages themselves.
   */
  packageLayers: z.boolean().default(true),
});

const StateBackend = z.discriminatedUnion("backend", [
  z.strictObject({ backend: z.literal("local"), dir: t.localPath(".state").optional() }),
  z.strictObject({
    backend: z.literal("s3"),
    bucket: t.typedString("a bucket name such as hubstack-state: lowercase letters, digits, '.' and '-', 3 to 63 characters", (v) =>
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v) ? undefined : false,
    ),
    /** Object key; {env} is replaced by the environment name. */
    key: t
      .typedString("an object key such as hubstack/{env}/terraform.tfstate: letters, digits, '{env}' and . _ - / without '..' or a leading '/'", (v) =>
        /^[A-Za-z0-9._{}-]+(\/[A-Za-z0-9._{}-]+)*$/.test(v) && !v.split("/").includes("..") ? undefined : false,
      )
      .default("hubstack/{env}/terraform.tfstate"),
    region: t.typedString("a region name such as us-east-1: letters, digits, '_' and '-'", (v) => (/^[A-Za-z0-9_-]{1,64}$/.test(v) ? undefined : false)).default("us-east-1"),
    endpoint: t.url("https://object-store.example.org", "https-or-loopback"),
  }),
  z.strictObject({
    backend: z.literal("http"),
    /** {env} is replaced by the environment name. */
    address: t.url("https://state.example.org/{env}", "https-or-loopback"),
    lockAddress: t.url("https://state.example.org/{env}/lock", "https-or-loopback").optional(),
    unlockAddress: t.url("https://state.example.org/{env}/lock", "https-or-loopback").optional(),
  }),
]);

const Authenticator = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("dummy"), password: t.secretToken().optional() }),
  z.strictObject({ type: z.literal("pam") }),
  z.strictObject({ type: z.literal("native"), openSignup: z.boolean().default(false) }),
  z.strictObject({
    type: z.literal("github"),
    clientId: t.oauthClientId(),
    clientSecret: t.secretToken(),
    allowedOrganizations: z.array(t.githubOrganization()).default([]),
    adminTeams: z.array(t.githubTeam()).default([]),
  }),
  z.strictObject({
    type: z.literal("generic-oauth"),
    clientId: t.oauthClientId(),
    clientSecret: t.secretToken(),
    authorizeUrl: t.url("https://id.example.org/authorize", "https-or-loopback"),
    tokenUrl: t.url("https://id.example.org/token", "https-or-loopback"),
    userdataUrl: t.url("https://id.example.org/userinfo", "https-or-loopback"),
    usernameClaim: t.claimName("preferred_username").default("preferred_username"),
    /** Who may log in: these user names, members of these groups (from the groupsClaim of the user's data), or everyone the provider vouches for (allowAll). One is required. */
    allowedUsers: z.array(t.hubUserName()).default([]),
    allowedGroups: z.array(t.groupName()).default([]),
    groupsClaim: t.claimName("groups").default("groups"),
    allowAll: z.boolean().default(false),
  }),
]);

const NotebookImage = z.strictObject({
  name: t.imageName(),
  /** Another image of this list, or an image reference (quay.io/jupyter/minimal-notebook:...). */
  from: t.imageReference(),
  /** Dockerfile lines after FROM, one instruction each. */
  steps: z.array(t.dockerfileLine()).default([]),
  /** Python modules that must import inside the image. */
  imports: z.array(t.pythonModule()).default([]),
  present: z.boolean().default(true),
});

export const HubSettings = z.strictObject({
  /** Public host name of the hub; defaults to hub.<domain>. */
  hostname: t.dnsName(true).optional(),
  jupyterhub: z
    .strictObject({
      /**
       * pip (the only one): a virtual environment from locks/hub.txt, installed offline from this machine's
       * package cache. apt (Debian's JupyterHub 3.0) was retired; environment/checks.ts names the fix.
       */
      install: z.enum(["apt", "pip"]).default("pip"),
      /** pip install: the version the inventory expects; it must be the one locks/hub.txt pins. */
      version: t.version().optional(),
      authenticator: Authenticator.default({ type: "dummy" }),
      /** docker (the only one): DockerSpawner. local was retired with install: apt. */
      spawner: z.enum(["docker", "local"]).default("docker"),
      adminUsers: z.array(t.hubUserName()).default([]),
      memLimit: t.size().default("2G"),
      cpuLimit: z.number().positive().max(1024).default(1),
      /** Stop a user's server after this many seconds without activity (0: never). */
      cullIdleSeconds: t.seconds(0, 31_536_000).default(3600),
      /**
       * How long a user's server may take to start, and then to answer (Spawner.start_timeout and
       * http_timeout). Unset: sized for the host (see spawnTimeouts in the jupyterhub role).
       */
      spawnTimeoutSeconds: t.seconds(10, 3600).optional(),
      /**
       * How many servers may be starting at once; more are told to try again (HTTP 429). Unset: sized for the
       * host (4 per vCPU under qemu's TCG, JupyterHub's 100 elsewhere; see concurrentSpawnLimit).
       */
      concurrentSpawnLimit: z.number().int().min(1).max(10_000).optional(),
      /**
       * Extra traitlets passed through to jupyterhub_config.py: { "Spawner.default_url": "/lab" }. The values are
       * free (JSON, read with json.loads on the hub); the names are traitlet names.
       */
      extraConfig: z.record(t.traitletName(), z.unknown()).default({}),
      /**
       * Hex, at least 32 digits: JupyterHub decodes it as hex (`openssl rand -hex 32`); the jupyterhub role checks
       * that. Here: a secret as the hub's environment file keeps it.
       */
      cookieSecret: t.secretToken().optional(),
      proxyAuthToken: t.secretToken().optional(),
    })
    .prefault({}),
  tls: z
    .strictObject({
      /** ACME directory; Let's Encrypt by default. The local environment uses its own pebble. */
      acmeDirectory: t.url("https://acme-v02.api.letsencrypt.org/directory").default(DEFAULT_ACME_DIRECTORY),
      email: t.email().optional(),
      challenge: z.enum(["http-01", "dns-01"]).default("http-01"),
      /**
       * PEM file (on the operator's machine, relative to the repository) of the CA that signs the ACME
       * server's own HTTPS certificate, when it is not a public one: pebble's root on the test bed.
       */
      acmeCaRoot: t.localPath("keys/acme-ca.pem").optional(),
      /**
       * dns-01 through OpenStack Designate: an application credential allowed to write the zone's
       * records. Debian's caddy has no DNS provider modules, so hubstack obtains the certificate with
       * Debian's lego (its designate provider) and Caddy serves it. Keep it in inventory/secrets/.
       */
      designate: z
        .strictObject({
          authUrl: t.url("https://keystone.example.org:5000/v3"),
          applicationCredentialId: t.typedString("an application credential id as `openstack application credential show` prints it: letters, digits, '_' and '-'", (v) =>
            /^[A-Za-z0-9_-]{1,128}$/.test(v) ? undefined : false,
          ),
          applicationCredentialSecret: t.secretToken(),
          regionName: t.openstackName("RegionOne").optional(),
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
        name: t.typedString("a short name such as course or try-it: lowercase letters, digits and '-', at most 41 characters", (v) =>
          /^[a-z0-9][a-z0-9-]{0,40}$/.test(v) ? undefined : false,
        ),
        displayName: t.displayText(80),
        /** An image of hub.images by name (or local-base). */
        image: t.imageName(),
        home: z.enum(["persistent", "ephemeral"]).default("persistent"),
        memLimit: t.size().optional(),
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
      /** Shell scripts run before each notebook server starts, written to a file verbatim: the one free text. */
      asRoot: t.scriptText().optional(),
      asUser: t.scriptText().optional(),
      /** A hook still running after this many seconds is stopped, and the notebook starts anyway. */
      timeoutSeconds: t.seconds(1, 86_400).default(300),
    })
    .prefault({}),
});

export const NfsSettings = z.strictObject({
  /** The NFS server's folder under which home, admin and shared are exported. */
  exportRoot: t.mountPath("/export").default("/export"),
  mounts: z
    .strictObject({
      home: t.mountPath("/home").default("/home"),
      admin: t.mountPath("/home/admin").default("/home/admin"),
      shared: t.mountPath("/nfs").default("/nfs"),
    })
    .prefault({}),
  /**
   * The admin account that owns the admin area (start hooks, their logs). Fixed numbers, because NFS
   * (sec=sys) compares numeric ids and the same files are seen from the NFS server, the hub and the
   * notebook containers.
   */
  adminUid: z.number().int().min(1, "a user id from 1 to 2147483646 (0 is root)").max(2_147_483_646, "a user id from 1 to 2147483646").default(2000),
  adminGid: z.number().int().min(1, "a group id from 1 to 2147483646 (0 is root's group)").max(2_147_483_646, "a group id from 1 to 2147483646").default(2000),
});

export const BastionSettings = z.strictObject({
  /**
   * Debian packages of the team's tools (cryptsetup for the work volume is always added). Default: git, rsync,
   * Node.js and npm, Packer and the OpenStack client.
   */
  tools: z.array(t.debianPackage()).optional(),
  /** The LUKS-encrypted work volume (the bastion's data volume) that holds the environments' state. */
  workVolume: z
    .strictObject({
      /**
       * Key file on the bastion (for example /root/keys/work.key), put there by the operator and never
       * stored in the repository. Without one the volume is unlocked by hand (a passphrase prompt).
       */
      keyFile: t.absolutePath("/root/keys/work.key").optional(),
      mountPoint: t.mountPath("/srv/work").default("/srv/work"),
    })
    .prefault({}),
});

/**
 * Where the restic repository lives. sftp: on a host of this environment (usually the bastion), reached on its
 * private address as the account hubstack-backup, which hubstack creates there (SFTP only, in a chroot).
 * s3: an S3 bucket (the keys in the secrets file). rest: a restic REST server (see below). local: a folder on
 * each backed-up host itself (an air-gapped site that copies it off by other means; and the host tests).
 */
const BackupRepository = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("sftp"),
    host: t.dnsLabel("the name of a host of this environment (usually the bastion), a DNS label"),
    /** The chroot of the account hubstack-backup on that host; the repository is its folder repo/. */
    path: t.mountPath("/srv/backup").default("/srv/backup"),
  }),
  z.strictObject({
    type: z.literal("s3"),
    url: t.resticS3Url(),
    accessKeyId: t.secretToken(),
    secretAccessKey: t.secretToken(),
  }),
  /**
   * restic's REST backend: a restic rest-server, or `rclone serve restic`. A repository outside the environment,
   * so it survives `destroy --delete-data` (an sftp repository on the bastion does not); and rest-server's
   * --append-only mode keeps a compromised data host from deleting or rewriting the snapshots (such a server
   * also refuses the `restic forget --prune` that hubstack-backup runs after each snapshot, so the service
   * fails at that step, after the snapshot is made). The user and password of the server's .htpasswd go in
   * the secrets file, both or neither (environment/checks.ts); hubstack writes them into RESTIC_REPOSITORY,
   * percent-encoded, because Debian 12's restic 0.14 reads REST credentials only from the URL.
   */
  z.strictObject({
    type: z.literal("rest"),
    url: t.resticRestUrl(),
    user: t.secretToken().optional(),
    password: t.secretToken().optional(),
  }),
  z.strictObject({ type: z.literal("local"), path: t.mountPath("/srv/backup") }),
]);

/**
 * Backups with restic. What is backed up is not configured: it follows from the roles (the NFS server's
 * export root; the hub's database, its generated secrets and Caddy's state), see environment/backup.ts.
 */
export const BackupSettings = z.strictObject({
  repository: BackupRepository,
  /** The repository's password: in the secrets file (environment/checks.ts refuses it missing). */
  password: t.secretToken().optional(),
  /** When hubstack-backup.timer runs (systemd OnCalendar=). */
  onCalendar: t.calendarSpec().default("daily"),
  /** What `restic forget --prune` keeps after each backup. */
  keep: z
    .strictObject({
      daily: z.number().int().min(0).max(3650).default(7),
      weekly: z.number().int().min(0).max(520).default(4),
      monthly: z.number().int().min(0).max(1200).default(6),
    })
    .prefault({}),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

/**
 * Metrics (environment/metrics.ts): node-exporter on every host, JupyterHub's /hub/metrics, both scraped over the
 * private network by Prometheus on the bastion (on its 127.0.0.1 only), with hubstack's alert rules.
 */
export const MetricsSettings = z.strictObject({
  /** false: as if the section were absent (the firewall closes the metrics ports again; the packages an earlier apply installed stay). */
  enabled: z.boolean().default(true),
  /** How long Prometheus keeps samples (--storage.tsdb.retention.time). */
  retention: t.prometheusDuration("15d").default("15d"),
  /** How often every target is scraped (global scrape_interval; alerts need several scrapes inside their 5 minutes). */
  scrapeInterval: t.prometheusDuration("30s").default("30s"),
  /**
   * The JupyterHub API token (service hubstack-metrics, scope read:metrics only) Prometheus reads /hub/metrics
   * with. In the secrets file, or absent: then made once on this machine (.state/<env>/metrics/hub-api-token).
   */
  apiToken: t.secretToken().optional(),
});
export type MetricsSettings = z.infer<typeof MetricsSettings>;

export const EnvironmentFile = z
  .strictObject({
    target: z.enum(["openstack", "local", "static"]),
    description: t.displayText(200).optional(),
    /** DNS domain of the environment: hosts are <host>.<domain>. */
    domain: t.dnsName().default("hubstack.test"),
    timezone: t.timezone().default("Etc/UTC"),
    ssh: z
      .strictObject({
        /** The admin account hubstack logs in with (the image's default user on clouds). */
        user: t.unixName().default("debian"),
        /** Private key, relative to the repository; generated for the local environment when missing. */
        privateKeyFile: t.localPath("keys/id_ed25519").default("keys/id_ed25519"),
        /**
         * How long a host may take, before provisioning, to accept SSH (through its jump host) and finish
         * cloud-init. Default: 600 s (60 s for target static, whose machines exist already).
         */
        readyTimeoutSeconds: t.seconds(5, 3600).optional(),
      })
      .prefault({}),
    admins: z.array(Admin).default([]),
    hosts: z.record(t.dnsLabel(), HostSpec).refine((hosts) => Object.keys(hosts).length > 0, "at least one host"),
    openstack: OpenStackSettings.optional(),
    local: LocalSettings.prefault({}),
    state: StateBackend.default({ backend: "local" }),
    /** A disposable environment: each apply creates <name>-<random>, recorded in its state. */
    ci: z.strictObject({ randomName: z.boolean().default(false) }).prefault({}),
    hub: HubSettings.prefault({}),
    nfs: NfsSettings.prefault({}),
    bastion: BastionSettings.prefault({}),
    backup: BackupSettings.optional(),
    metrics: MetricsSettings.optional(),
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
      // (A name that is no DNS label at all is refused by its own type already.)
      if (host.jumpHost !== undefined && t.DNS_LABEL.test(host.jumpHost) && !(host.jumpHost in env.hosts)) {
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
  /**
   * What the inventory accepts by an explicit opt-in (SSH from everyone, say), one line each with its file:line:
   * the commands print them. Absent on environments not made by the loader.
   */
  warnings?: string[];
  /**
   * Added by the provisioning phase for an sftp repository (never read from the inventory): the environment's
   * backup key pair (made once under .state/<env>/backup/) and the repository host's SSH host key.
   */
  backupKey?: BackupKey;
};

export interface BackupKey {
  /** The OpenSSH private key: a secret. */
  readonly privateKey: string;
  /** `ssh-ed25519 AAAA… comment` */
  readonly publicKey: string;
  /** The repository host's key as known_hosts pins it (`ssh-ed25519 AAAA…`), when it is known. */
  readonly targetHostKey?: string;
}
