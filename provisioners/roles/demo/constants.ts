/**
 * The demonstration role's knobs. It shows the shape every role follows (index.ts for the steps,
 * constants.ts for what it fixes, here with documented knobs a caller may override through `vars.demo`,
 * template-vars.ts for its files, handlers.ts for what changes notify).
 */
export interface DemoVars {
  /** Packages to install. @default ["tree", "jq"] */
  readonly packages?: readonly string[];
  /** The service account that owns the demo data. @default "hubdemo" */
  readonly serviceUser?: string;
  /** Greeting rendered into /etc/hubstack-demo/motd. @default "Welcome to hubstack" */
  readonly greeting?: string;
  /** Manage the systemd unit and service (false where systemd does not run). @default true */
  readonly services?: boolean;
  /** Where the demo keeps its files. @default "/srv/hubstack-demo" */
  readonly dataDir?: string;
}

export const DEMO_DEFAULTS = {
  packages: ["tree", "jq"],
  serviceUser: "hubdemo",
  greeting: "Welcome to hubstack",
  services: true,
  dataDir: "/srv/hubstack-demo",
} as const satisfies Required<DemoVars>;

export function demoSettings(vars: unknown): Required<DemoVars> {
  const given = ((vars as { demo?: DemoVars } | undefined)?.demo ?? {}) as DemoVars;
  return { ...DEMO_DEFAULTS, ...given } as Required<DemoVars>;
}
