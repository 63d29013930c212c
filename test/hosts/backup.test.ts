/**
 * Backups for real: Debian's restic on the test host, the backup role's setup (settings, wrapper, script, the
 * repository made once) converged twice, a backup of a folder and of a live sqlite database (the dump through
 * SQLite's backup API), then files deleted and changed and the database rewritten, and the snapshot restored
 * by the same script `npm run restore` sends: everything as it was. A local-path repository (backup.repository
 * type local), so that no second host is needed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvironmentFile } from "../../environment/schema.js";
import { parseSnapshots, restoreScript, snapshotsScript } from "../../provisioners/backup.js";
import { resticSetup } from "../../provisioners/roles/backup/index.js";
import type { BackupSource } from "../../provisioners/roles/backup/sources.js";
import { backupFiles } from "../../provisioners/roles/backup/template-vars.js";
import { converge, counts, explain, onHost } from "./helpers.js";
import { variant } from "../support/environments.js";

const ROOT = "/srv/hubt-backup";
const REPO = `${ROOT}/repo`;
const DATA = `${ROOT}/data`;
const DUMPS = `${ROOT}/dump`;
const DB = `${ROOT}/db/hub.sqlite`;
const SOURCE: BackupSource = {
  host: "testhost",
  paths: [DATA, DUMPS],
  dumps: [{ kind: "sqlite", database: DB, dump: `${DUMPS}/hub.sqlite`, unit: "hubt-none.service" }],
};
const CLEAN = `rm -rf ${ROOT} /etc/hubstack/backup.env /usr/local/sbin/hubstack-restic /usr/local/sbin/hubstack-backup /var/cache/hubstack-restic; true`;

const env = variant("local", (e) => {
  e.backup = EnvironmentFile.shape.backup.parse({ repository: { type: "local", path: REPO }, password: "hubt-restic-0123456789", keep: { daily: 2, weekly: 0, monthly: 0 } });
});
const files = backupFiles(env, [], SOURCE);
const ops = () => resticSetup(env, files);

/** Every file under DATA with its mode and checksum, and the database's rows. */
const STATE = `cd ${DATA} && find . -type f -printf '%p %m ' -exec sha256sum {} \\; | sort; python3 -c "import sqlite3; print(sqlite3.connect('${DB}').execute('select name from users order by name').fetchall())"`;

describe("restic backups (a local repository)", () => {
  beforeAll(() => onHost(`${CLEAN}; mkdir -p ${ROOT}/db`));
  afterAll(() => onHost(CLEAN));

  it("installs restic and makes the repository once; a second run changes nothing", async () => {
    const first = await converge(ops);
    expect(counts(first), explain(first)).toMatchObject({ failed: 0 });
    const second = await converge(ops);
    expect(counts(second), explain(second)).toMatchObject({ changed: 0, failed: 0 });
    expect(await onHost(`stat -c '%a %U' /etc/hubstack/backup.env; test -f ${REPO}/config && echo repository`)).toBe("600 root\nrepository\n");
  });

  it("backs up, and a restore brings deleted and changed files and the database back", async () => {
    await onHost(
      `mkdir -p ${DATA}/home/ada ${DATA}/shared && printf 'notebook\\n' > ${DATA}/home/ada/a.ipynb && printf 'data\\n' > ${DATA}/shared/b.csv && chmod 0640 ${DATA}/shared/b.csv` +
        ` && python3 -c "import sqlite3; c = sqlite3.connect('${DB}'); c.execute('create table users (name text)'); c.executemany('insert into users values (?)', [('ada',), ('grace',)]); c.commit()"`,
    );
    const before = await onHost(STATE);
    expect(before).toContain("[('ada',), ('grace',)]");

    await onHost("/usr/local/sbin/hubstack-backup");
    const snapshots = parseSnapshots(await onHost(snapshotsScript("testhost")));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.paths).toEqual(expect.arrayContaining([DATA, DUMPS]));

    // Lose and change things, the database too.
    await onHost(
      `rm ${DATA}/home/ada/a.ipynb && printf 'changed\\n' > ${DATA}/shared/b.csv && chmod 0666 ${DATA}/shared/b.csv` +
        ` && python3 -c "import sqlite3; c = sqlite3.connect('${DB}'); c.execute('delete from users'); c.commit()"`,
    );
    expect(await onHost(STATE)).not.toBe(before);

    const out = await onHost(restoreScript(SOURCE, snapshots[0]!.id, []));
    expect(out).toContain(`put ${DB} back`);
    expect(await onHost(STATE)).toBe(before);
  });

  it("restores only the paths asked for", async () => {
    const id = parseSnapshots(await onHost(snapshotsScript("testhost"))).at(-1)!.id;
    await onHost(`rm ${DATA}/home/ada/a.ipynb ${DATA}/shared/b.csv`);
    await onHost(restoreScript(SOURCE, id, [`${DATA}/home/ada`]));
    expect(await onHost(`ls ${DATA}/home/ada ${DATA}/shared`)).toBe(`${DATA}/home/ada:\na.ipynb\n\n${DATA}/shared:\n`);
  });

  it("a second backup adds a snapshot; forget keeps what the policy says (2 daily: both of today count as one day)", async () => {
    await onHost(`printf 'more\\n' > ${DATA}/shared/c.csv && /usr/local/sbin/hubstack-backup`);
    const snapshots = parseSnapshots(await onHost(snapshotsScript("testhost")));
    // keep-daily keeps the newest snapshot of each day: one left.
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.paths).toEqual(expect.arrayContaining([DATA, DUMPS]));
  });
});
