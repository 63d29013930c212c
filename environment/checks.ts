/**
 * Checks of the whole environment, run by the loader once every value has its type: the things no single
 * field can say about itself. They run before anything is created, so `plan` and `synth` report them, not a
 * role halfway through an apply:
 *
 * - topology: one hub, one NFS server for its clients, jump hosts that exist and lead somewhere, addresses
 *   unique and inside the local subnet, host names inside the DNS zone, no settings of another target;
 * - exposure: SSH from everyone only with an explicit opt-in (and a warning), no public hub that lets anyone
 *   in (the dummy authenticator without a password);
 * - logins: allow lists that let someone in and not everyone, no placeholder left where a secret belongs;
 * - combinations the roles would refuse later (install method and spawner, the image chain, profiles, TLS).
 *
 * Each finding names the key it is about; ./load.ts adds the file and line the key was written at.
 */
import type { EnvironmentFile, HostSpec, RoleName } from "./schema.js";
import { SECRET_PLACEHOLDER } from "./schema.js";
import { BACKUP_ROLES, dataHosts } from "./backup.js";
import { METRICS_ROLES } from "./metrics.js";
import { cidrContains, formatIpv4, isPublicIpv4, parseCidr, parseIpv4, parsePrometheusDuration, PRIVATE_IPV4 } from "./types.js";

export interface Finding {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface CheckResult {
  /** Mistakes: the environment is refused. */
  readonly problems: Finding[];
  /** Accepted by an explicit opt-in, and said out loud. */
  readonly warnings: Finding[];
}

/** Where a key was written: whether the environment's own file (or its secrets) says it, rather than common.yaml. */
export type WrittenHere = (path: readonly (string | number)[]) => boolean;

/** hubstack's own base image of the notebook chain (provisioners/roles/images). */
export const LOCAL_BASE_IMAGE = "local-base";

type Target = EnvironmentFile["target"];

/** Host settings that only some targets use: elsewhere they would be silently ignored. */
const HOST_FIELD_TARGETS: Partial<Record<keyof HostSpec, readonly Target[]>> = {
  flavor: ["openstack"],
  floatingIp: ["openstack"],
  dataVolumeGiB: ["openstack", "local"],
  vcpus: ["local"],
  memoryMiB: ["local"],
  diskGiB: ["local"],
  address: ["local", "static"],
  sshPort: ["static"],
};

/** Top-level sections that belong to one target. */
const SECTION_TARGETS: Record<string, Target> = { openstack: "openstack", local: "local" };

/** An admin CIDR at least this wide is "everyone" for SSH: an explicit opt-in is needed. */
const WIDEST_ADMIN_PREFIX = { 4: 8, 6: 16 } as const;

/** Names an admin account may not take: the system's own, which the base role would take over. */
const RESERVED_ADMIN_NAMES = new Set(["root", "daemon", "bin", "sys", "sync", "nobody", "sshd", "systemd-network", "messagebus", "_apt", "jovyan", "jupyterhub", "caddy", "docker"]);

export function checkEnvironment(env: EnvironmentFile, writtenHere: WrittenHere): CheckResult {
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const problem = (path: readonly (string | number)[], message: string) => problems.push({ path, message });

  const enabled = Object.entries(env.hosts).filter(([, h]) => h.enabled);
  const withRole = (role: RoleName) => enabled.filter(([, h]) => h.roles.includes(role)).map(([name]) => name);

  // --- Settings of another target -------------------------------------------------------------------
  for (const [section, target] of Object.entries(SECTION_TARGETS)) {
    if (env.target !== target && writtenHere([section])) {
      problem([section], `a section for target ${target}, which target ${env.target} does not use; remove it (or set target: ${target})`);
    }
  }
  for (const [name, host] of Object.entries(env.hosts)) {
    for (const [field, targets] of Object.entries(HOST_FIELD_TARGETS) as [keyof HostSpec, readonly Target[]][]) {
      if (!targets.includes(env.target) && writtenHere(["hosts", name, field])) {
        problem(["hosts", name, field], `a setting of target ${targets.join(" and ")}, which target ${env.target} does not use; remove it`);
      }
    }
    // Roles listed twice are a typo, and would run twice.
    host.roles.forEach((role, i) => {
      if (host.roles.indexOf(role) !== i) problem(["hosts", name, "roles", i], `${role} is listed twice`);
    });
  }

  // --- One hub, one NFS server ----------------------------------------------------------------------
  for (const [role, what] of [["jupyterhub", "hub"], ["nfs-server", "NFS server"]] as const) {
    const hosts = withRole(role);
    for (const extra of hosts.slice(1)) {
      problem(["hosts", extra, "roles"], `${extra} and ${hosts[0]} both have role ${role}; an environment has one ${what}: remove the role from one of them (or set enabled: false)`);
    }
  }
  const nfsClients = withRole("nfs-client");
  const nfsServers = withRole("nfs-server");
  if (nfsClients.length > 0 && nfsServers.length === 0) {
    problem(["hosts", nfsClients[0]!, "roles"], `role nfs-client mounts the homes from the host with role nfs-server, and no enabled host has it; add one, or remove nfs-client`);
  }

  // --- Jump hosts -----------------------------------------------------------------------------------
  for (const [name, host] of enabled) {
    const jump = host.jumpHost;
    if (jump === undefined || !(jump in env.hosts)) continue; // a missing host: the schema says so
    if (jump === name) {
      problem(["hosts", name, "jumpHost"], `${name} jumps through itself; name another host (usually the bastion), or remove jumpHost`);
      continue;
    }
    if (!env.hosts[jump]!.enabled) {
      problem(["hosts", name, "jumpHost"], `${jump} is not enabled (enabled: false), so ${name} could not be reached through it`);
      continue;
    }
    // Follow the chain: it must end at a host reached directly.
    const chain = [name];
    let here: string | undefined = jump;
    while (here !== undefined && !chain.includes(here)) {
      chain.push(here);
      here = env.hosts[here]?.jumpHost;
    }
    if (here !== undefined && here === name) {
      // Report a loop once, at its first host in name order.
      const loop = chain.slice(chain.indexOf(here));
      if ([...loop].sort()[0] === name) {
        problem(["hosts", name, "jumpHost"], `the jump hosts go round in a loop (${[...loop, here].join(" -> ")}): one of them must be reached directly; remove its jumpHost`);
      }
    }
  }

  // --- Addresses ------------------------------------------------------------------------------------
  if (env.target === "local" || env.target === "static") {
    const seen = new Map<string, string>();
    for (const [name, host] of enabled) {
      if (!host.address) continue;
      const other = seen.get(host.address);
      if (other) problem(["hosts", name, "address"], `${host.address} is also the address of ${other}; every host needs its own`);
      else seen.set(host.address, name);
    }
  }
  if (env.target === "local") {
    const subnet = parseCidr(env.local.subnet)!;
    const subnetOk = PRIVATE_IPV4.some((p) => cidrContains(p, subnet.network) && p.prefix <= subnet.prefix);
    if (!subnetOk) {
      problem(["local", "subnet"], `${env.local.subnet} is not a private range: the bridge would hide those addresses on the internet from this machine; use one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`);
    } else if (subnet.prefix > 29) {
      problem(["local", "subnet"], `${env.local.subnet} holds too few addresses for a bridge and its machines; use a /24 such as 10.70.0.0/24`);
    } else {
      const size = 1n << BigInt(32 - subnet.prefix);
      const bridge = formatIpv4(Number(subnet.network + 1n));
      for (const [name, host] of enabled) {
        if (!host.address) continue;
        const value = BigInt(parseIpv4(host.address)!);
        if (!cidrContains(subnet, value)) {
          problem(["hosts", name, "address"], `${host.address} is outside local.subnet ${env.local.subnet}; the machines are on that bridge: use an address such as ${formatIpv4(Number(subnet.network + 10n))}`);
        } else if (value === subnet.network || value === subnet.network + size - 1n) {
          problem(["hosts", name, "address"], `${host.address} is the ${value === subnet.network ? "network" : "broadcast"} address of ${env.local.subnet}; use one between ${formatIpv4(Number(subnet.network + 2n))} and ${formatIpv4(Number(subnet.network + size - 2n))}`);
        } else if (value === subnet.network + 1n) {
          problem(["hosts", name, "address"], `${bridge} is this machine's own address on the bridge (the first of ${env.local.subnet}); use another, such as ${formatIpv4(Number(subnet.network + 10n))}`);
        }
      }
    }
  }

  // --- Names inside the DNS zone --------------------------------------------------------------------
  const zone = env.target === "openstack" ? env.openstack?.dns?.zone : undefined;
  if (zone) {
    const inZone = (fqdn: string) => `${fqdn}.`.endsWith(`.${zone}`) || `${fqdn}.` === zone;
    if (enabled.length > 0 && !inZone(env.domain)) {
      problem(["domain"], `${env.domain} is outside openstack.dns.zone ${zone}: Designate can only name hosts inside the zone; use a domain that ends with ${zone.replace(/\.$/, "")}`);
    }
    if (env.hub.hostname && withRole("jupyterhub").length > 0 && !inZone(env.hub.hostname)) {
      problem(["hub", "hostname"], `${env.hub.hostname} is outside openstack.dns.zone ${zone}: Designate can only name hosts inside the zone`);
    }
  }

  // --- Exposure: SSH --------------------------------------------------------------------------------
  if (env.target === "openstack" && env.openstack) {
    env.openstack.adminCidrs.forEach((text, i) => {
      const parsed = parseCidr(text);
      if (!parsed || parsed.prefix >= WIDEST_ADMIN_PREFIX[parsed.version]) return;
      const everyone = parsed.prefix === 0 ? "every address on the internet" : `${2 ** ((parsed.version === 4 ? 8 : 16) - parsed.prefix)} or more /${parsed.version === 4 ? 8 : 16} networks`;
      if (env.openstack!.sshFromEveryone) {
        warnings.push({ path: ["openstack", "adminCidrs", i], message: `${text} lets ${everyone} try SSH logins (accepted by openstack.sshFromEveryone: true)` });
      } else {
        problem(
          ["openstack", "adminCidrs", i],
          `${text} opens SSH to ${everyone}; list the networks your admins connect from (such as 198.51.100.0/24), or accept it explicitly with openstack.sshFromEveryone: true`,
        );
      }
    });
  }

  // --- Logins ---------------------------------------------------------------------------------------
  const jh = env.hub.jupyterhub;
  const auth = jh.authenticator;
  const hubs = withRole("jupyterhub");
  const hub = hubs.length === 1 ? env.hosts[hubs[0]!]! : undefined;
  if (hub) {
    // A hub the internet reaches: a floating IP on a cloud (80 and 443 are open to everyone), or a public address.
    const publicBy =
      env.target === "openstack" && hub.floatingIp
        ? `its floating IP (hosts.${hubs[0]}.floatingIp)`
        : env.target === "static" && hub.address && isPublicIpv4(hub.address)
          ? `its public address ${hub.address}`
          : undefined;
    const noPassword = auth.type === "dummy" && (auth.password === undefined || auth.password === SECRET_PLACEHOLDER);
    if (publicBy && noPassword) {
      const message =
        `the dummy authenticator without a password lets anyone log in under any name and run code, and this hub is public through ${publicBy}; ` +
        `choose github, generic-oauth or pam, or set hub.jupyterhub.authenticator.password in the secrets file`;
      // A cloud hub is only warned about for now: the shipped test hubs (hub-dev, hub-ci) are such hubs.
      if (env.target === "openstack") warnings.push({ path: ["hub", "jupyterhub", "authenticator"], message });
      else problem(["hub", "jupyterhub", "authenticator"], message);
    }
  }
  if (auth.type === "github" && auth.allowedOrganizations.length === 0) {
    problem(["hub", "jupyterhub", "authenticator", "allowedOrganizations"], "empty, which would let every GitHub account in; list the organizations (or org:team) whose members may log in");
  }
  if (auth.type === "generic-oauth") {
    if (!auth.allowAll && auth.allowedUsers.length === 0 && auth.allowedGroups.length === 0) {
      problem(
        ["hub", "jupyterhub", "authenticator"],
        "a generic OAuth provider with no allowedUsers, no allowedGroups and no allowAll lets no one in (JupyterHub 5 and later); list who may log in, or set allowAll: true when every account of the provider is one of your users",
      );
    }
    if (auth.allowAll && (auth.allowedUsers.length > 0 || auth.allowedGroups.length > 0)) {
      problem(["hub", "jupyterhub", "authenticator", "allowAll"], "true lets everyone in, which makes allowedUsers and allowedGroups pointless; keep one of the two");
    }
  }
  // A placeholder left where a secret belongs would be the secret, and it is written in git for all to read.
  const placeholders: [readonly (string | number)[], string | undefined][] = [
    [["hub", "jupyterhub", "authenticator", "password"], auth.type === "dummy" ? auth.password : undefined],
    [["hub", "jupyterhub", "cookieSecret"], jh.cookieSecret],
    [["hub", "jupyterhub", "proxyAuthToken"], jh.proxyAuthToken],
    [["backup", "password"], env.backup?.password],
    [["backup", "repository", "accessKeyId"], env.backup?.repository.type === "s3" ? env.backup.repository.accessKeyId : undefined],
    [["backup", "repository", "secretAccessKey"], env.backup?.repository.type === "s3" ? env.backup.repository.secretAccessKey : undefined],
    [["backup", "repository", "user"], env.backup?.repository.type === "rest" ? env.backup.repository.user : undefined],
    [["backup", "repository", "password"], env.backup?.repository.type === "rest" ? env.backup.repository.password : undefined],
    [["metrics", "apiToken"], env.metrics?.apiToken],
  ];
  for (const [path, value] of placeholders) {
    if (value === SECRET_PLACEHOLDER) {
      problem(path, `still "${SECRET_PLACEHOLDER}": the secrets file must give the value (or remove the line and hubstack generates one where it can)`);
    }
  }

  // --- Combinations the hub's roles would refuse ----------------------------------------------------
  // Debian's JupyterHub 3.0 with the local spawner was retired: it could not limit a user's memory and
  // processes, nor live with homes exported root_squash. An old inventory is told what to remove.
  const retired = " (Debian's JupyterHub 3.0 with the local spawner) was retired: remove the line; the hub runs the JupyterHub of locks/hub.txt with DockerSpawner, one container per user with memory, CPU and process limits";
  if (jh.install === "apt") problem(["hub", "jupyterhub", "install"], `apt${retired}`);
  if (jh.spawner === "local") problem(["hub", "jupyterhub", "spawner"], `local${retired}`);

  // --- The image chain and the profiles -------------------------------------------------------------
  const images = env.hub.images;
  const byName = new Map<string, (typeof images)[number]>();
  images.forEach((img, i) => {
    if (img.name === LOCAL_BASE_IMAGE) problem(["hub", "images", i, "name"], `"${LOCAL_BASE_IMAGE}" is the name of hubstack's own base image; choose another`);
    else if (byName.has(img.name)) problem(["hub", "images", i, "name"], `"${img.name}" is listed twice`);
    else byName.set(img.name, img);
    img.steps.forEach((step, j) => {
      if (/^\s*FROM\b/i.test(step)) problem(["hub", "images", i, "steps", j], `FROM is written by hubstack from "from"; remove this step`);
    });
  });
  // As the images role reads "from": a registry path, a tag or a digest make it a reference, not a name of the chain.
  const isReference = (from: string) => /[/:@]/.test(from);
  const present = images.filter((img) => img.present);
  for (const img of present) {
    const i = images.indexOf(img);
    if (img.from === LOCAL_BASE_IMAGE || isReference(img.from)) continue;
    const parent = byName.get(img.from);
    if (!parent) {
      problem(["hub", "images", i, "from"], `"${img.from}" is neither an image of hub.images, nor "${LOCAL_BASE_IMAGE}", nor an image reference such as quay.io/jupyter/minimal-notebook:latest`);
    } else if (!parent.present) {
      problem(["hub", "images", i, "from"], `"${img.from}" is marked present: false, but ${img.name} is built on it`);
    } else if (img.from === img.name) {
      problem(["hub", "images", i, "from"], `${img.name} is built on itself`);
    }
  }
  // Cycles among the chain: each reported once, at its first image.
  const reported = new Set<string>();
  for (const img of present) {
    const path = [img.name];
    let parent = byName.get(img.from);
    while (parent && parent.present && !isReference(parent.from) && !path.includes(parent.name)) {
      path.push(parent.name);
      parent = byName.get(parent.from);
    }
    if (parent && path.includes(parent.name) && parent.name !== path[path.length - 1] && !reported.has(parent.name)) {
      const loop = path.slice(path.indexOf(parent.name));
      loop.forEach((n) => reported.add(n));
      problem(["hub", "images", images.indexOf(byName.get(parent.name)!), "from"], `the images are built on each other in a loop (${[...loop, parent.name].join(" -> ")}); one of them must start from an image reference or ${LOCAL_BASE_IMAGE}`);
    }
  }
  const profiles = env.hub.profiles;
  if (profiles.length > 0 && jh.spawner !== "docker") {
    problem(["hub", "profiles"], "profiles choose among notebook images, which only the docker spawner runs; set hub.jupyterhub.spawner: docker or remove hub.profiles");
  }
  const chain = new Set(present.map((img) => img.name));
  if (present.length === 0 || present.some((img) => img.from === LOCAL_BASE_IMAGE)) chain.add(LOCAL_BASE_IMAGE);
  const profileNames = new Set<string>();
  profiles.forEach((p, i) => {
    if (profileNames.has(p.name)) problem(["hub", "profiles", i, "name"], `"${p.name}" is listed twice`);
    profileNames.add(p.name);
    if (!chain.has(p.image)) problem(["hub", "profiles", i, "image"], `"${p.image}" is not an image of the chain (${[...chain].join(", ")}); name one of them`);
  });

  // --- TLS ------------------------------------------------------------------------------------------
  const tls = env.hub.tls;
  if (tls.challenge === "dns-01") {
    if (!tls.designate) {
      problem(["hub", "tls", "challenge"], "dns-01 needs hub.tls.designate { authUrl, applicationCredentialId, applicationCredentialSecret } (the secret in the secrets file); or use challenge: http-01");
    }
    if (!tls.email) problem(["hub", "tls", "email"], "dns-01 (lego) needs an email address for the ACME account");
  } else if (tls.designate && writtenHere(["hub", "tls", "designate"])) {
    problem(["hub", "tls", "designate"], "used only with challenge: dns-01, and the challenge is http-01; set hub.tls.challenge: dns-01, or remove designate");
  }

  // --- NFS and accounts -----------------------------------------------------------------------------
  const mountNames = ["home", "admin", "shared"] as const;
  mountNames.forEach((name, i) => {
    const where = env.nfs.mounts[name];
    const first = mountNames.findIndex((other) => env.nfs.mounts[other] === where);
    if (first !== i) problem(["nfs", "mounts", name], `${where} is also nfs.mounts.${mountNames[first]}; each export needs its own mount point`);
  });
  const adminNames = new Map<string, number>();
  env.admins.forEach((admin, i) => {
    if (adminNames.has(admin.name)) problem(["admins", i, "name"], `${admin.name} is listed twice (also admins[${adminNames.get(admin.name)}])`);
    else adminNames.set(admin.name, i);
    if (RESERVED_ADMIN_NAMES.has(admin.name)) problem(["admins", i, "name"], `${admin.name} is an account of the system or of the hub itself; choose the person's own name`);
    if (admin.name === env.ssh.user) problem(["admins", i, "name"], `${admin.name} is ssh.user, the account hubstack logs in with; an admin needs an account of their own`);
  });

  // --- Backups --------------------------------------------------------------------------------------
  for (const [name, host] of Object.entries(env.hosts)) {
    host.roles.forEach((role, i) => {
      if ((BACKUP_ROLES as readonly string[]).includes(role)) {
        problem(["hosts", name, "roles", i], `${role} is given by hubstack from the backup section (to the hosts with data, and to the sftp repository's host); remove it here`);
      }
    });
  }
  const backup = env.backup;
  if (backup) {
    const data = dataHosts(env);
    if (data.length === 0) problem(["backup"], "no enabled host holds data to back up (role nfs-server or jupyterhub); remove the backup section");
    if (backup.password === undefined) {
      problem(["backup"], "password is missing: the repository's password goes in the secrets file (backup: { password: ... } in inventory/secrets/<env>.yaml; `openssl rand -hex 32` makes one)");
    }
    const repository = backup.repository;
    if (repository.type === "sftp") {
      const target = env.hosts[repository.host];
      if (!target) {
        problem(["backup", "repository", "host"], `names no host of this environment (hosts: ${Object.keys(env.hosts).join(", ")}); name the one that keeps the backups, usually the bastion`);
      } else if (!target.enabled) {
        problem(["backup", "repository", "host"], `${repository.host} is not enabled (enabled: false): the backups would have nowhere to go`);
      } else if (data.includes(repository.host)) {
        const role = target.roles.find((r) => r === "nfs-server" || r === "jupyterhub");
        problem(
          ["backup", "repository", "host"],
          `${repository.host} holds data that is backed up (role ${role}): its backups would live on the machine they protect and be lost with it; name another host, usually the bastion`,
        );
      }
    }
    if (repository.type === "rest" && (repository.user === undefined) !== (repository.password === undefined)) {
      const [missing, given] = repository.user === undefined ? ["user", "password"] : ["password", "user"];
      problem(
        ["backup", "repository", given],
        `${given} without ${missing}: a rest server's basic authentication takes both; add backup.repository.${missing} to the secrets file (inventory/secrets/<env>.yaml), or remove ${given} for a server without authentication`,
      );
    }
    const keep = backup.keep;
    if (keep.daily + keep.weekly + keep.monthly === 0) {
      problem(["backup", "keep"], "every count is 0: restic forget would keep no snapshot; keep at least one (daily: 7, weekly: 4, monthly: 6 by default)");
    }
  }

  checkMetrics(env, problem);

  return { problems, warnings };
}

/** Prometheus reads a scrape taking longer than its interval as failed: under 5 s the hosts' scrapes would overlap. */
const SCRAPE_INTERVAL_MS = { min: 5_000, max: 300_000 } as const;

/** The metrics section (environment/metrics.ts): a bastion to run Prometheus on, and durations Prometheus can use. */
function checkMetrics(env: EnvironmentFile, problem: (path: readonly (string | number)[], message: string) => void): void {
  for (const [name, host] of Object.entries(env.hosts)) {
    host.roles.forEach((role, i) => {
      if ((METRICS_ROLES as readonly string[]).includes(role)) {
        problem(["hosts", name, "roles", i], `${role} is given by hubstack from the metrics section (node-exporter to every host, metrics to the bastion); remove it here`);
      }
    });
  }
  const metrics = env.metrics;
  if (!metrics?.enabled) return;
  const bastions = Object.entries(env.hosts).filter(([, h]) => h.enabled && h.roles.includes("bastion")).map(([name]) => name);
  if (bastions.length === 0) {
    problem(["metrics"], "Prometheus runs on the bastion, and no enabled host has role bastion; give one host role bastion, or remove the metrics section (or set enabled: false)");
  } else if (bastions.length > 1) {
    problem(["metrics"], `Prometheus runs on the bastion, and ${bastions.length} hosts have role bastion (${bastions.join(", ")}); keep one, or remove the metrics section`);
  }
  const interval = parsePrometheusDuration(metrics.scrapeInterval);
  if (interval !== undefined && interval > 0 && (interval < SCRAPE_INTERVAL_MS.min || interval > SCRAPE_INTERVAL_MS.max)) {
    problem(["metrics", "scrapeInterval"], "a scrape interval from 5s to 5m: shorter overlaps the scrapes, longer leaves the 5-minute alerts (hub down, node down) a single sample to judge by");
  }
  const retention = parsePrometheusDuration(metrics.retention);
  if (retention !== undefined && retention > 0 && retention < 86_400_000) {
    problem(["metrics", "retention"], "a retention of at least 1d: shorter leaves nothing to look back at the morning after an alert");
  }
}
