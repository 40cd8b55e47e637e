// The hub's admin command: people, their scope and one-time enrolment codes.
//   npm run hub:admin -- add-person --name "Dana Reyes" --role supervisor --units <unit id>[,<unit id>...]
//   npm run hub:admin -- add-person --name "Sam Ortiz" --role trainer --rollout <rollout id>
//   npm run hub:admin -- add-person --name "Lee Park" --role lead
//   npm run hub:admin -- rollout-units --rollout <rollout id> --units <unit id>,...
//   npm run hub:admin -- new-code --person <person id>
//   npm run hub:admin -- list | revoke-device --device <device id> | migrate
import pg from 'pg';
import { roles, type HubRole } from '../../renderer/domain/sync';
import { migrate } from './migrate';
import { addPerson, listPeople, newCode, revokeDevice, setRolloutUnits } from './people';

const USAGE = `usage: hub:admin <command> [options]
  add-person --name NAME --role supervisor|trainer|lead [--units ID,ID] [--rollout ID]
  rollout-units --rollout ID --units ID,ID
  new-code --person ID
  list
  revoke-device --device ID
  migrate`;

export async function runAdmin(
  argv: string[],
  pool: pg.Pool,
  print: (line: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  const opt = (name: string): string | undefined => {
    const i = rest.indexOf(`--${name}`);
    return i === -1 ? undefined : rest[i + 1];
  };
  const list = (name: string) =>
    (opt(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const hours = Number(process.env.ENROLMENT_CODE_HOURS ?? 72);
  await migrate(pool);
  switch (command) {
    case 'add-person': {
      const role = opt('role') as HubRole;
      if (!opt('name') || !roles.includes(role)) break;
      const { person, code } = await addPerson(
        pool,
        { name: opt('name') as string, role, unitIds: list('units'), rolloutId: opt('rollout') ?? null },
        hours,
      );
      print(`Added ${person.role} ${person.name} (${person.id}).`);
      print(`One-time enrolment code (valid ${hours} hours, shown once): ${code}`);
      return 0;
    }
    case 'rollout-units': {
      if (!opt('rollout')) break;
      await setRolloutUnits(pool, opt('rollout') as string, list('units'));
      print(`Rollout ${opt('rollout')} now covers ${list('units').length} units.`);
      return 0;
    }
    case 'new-code': {
      if (!opt('person')) break;
      print(
        `One-time enrolment code (valid ${hours} hours, shown once): ${await newCode(pool, opt('person') as string, hours)}`,
      );
      return 0;
    }
    case 'list': {
      for (const p of await listPeople(pool)) {
        print(`${p.id}  ${p.role.padEnd(10)} ${p.name}  units: ${p.unitIds.length}  devices: ${p.devices}`);
      }
      return 0;
    }
    case 'revoke-device': {
      if (!opt('device')) break;
      print((await revokeDevice(pool, opt('device') as string)) ? 'Revoked.' : 'No such active device.');
      return 0;
    }
    case 'migrate':
      print('The database is up to date.');
      return 0;
  }
  print(USAGE);
  return 2;
}

if (process.argv[1] && /admin\.(ts|js|mjs)$/.test(process.argv[1])) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required.');
    process.exit(2);
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  runAdmin(process.argv.slice(2), pool, (line) => process.stdout.write(`${line}\n`))
    .then(async (code) => {
      await pool.end();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      console.error((error as Error).message);
      await pool.end();
      process.exit(1);
    });
}
