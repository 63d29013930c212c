/** The demonstration role's files: a greeting, the service's environment and its unit. */
import { configFile, unitFile } from "../files.js";
import type { DemoVars } from "./constants.js";

export interface DemoConfigVars {
  greeting: string;
  host: string;
  dataDir: string;
  user: string;
}

export function demoFiles(hostName: string, s: Required<DemoVars>) {
  const vars: DemoConfigVars = { greeting: s.greeting, host: hostName, dataDir: s.dataDir, user: s.serviceUser };
  return {
    motd: configFile("/etc/hubstack-demo/motd", { template: "demo/motd.hbs", vars }),
    env: configFile("/etc/hubstack-demo/demo.env", { template: "demo/demo.env.hbs", vars }),
    unit: unitFile("hubstack-demo.service", { template: "demo/hubstack-demo.service.hbs", vars }, { validate: false }),
  };
}
