// Settings -> Agency hub: the hub's address and a one-time enrolment code; once enrolled, who this desk syncs as and
// a way to disconnect. Without a hub nothing here makes any request.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../ui/Field';
import { runAction } from '../../ui/runAction';
import { showToast } from '../../ui/toast';
import { connectHub, disconnect } from './hubAdmission';
import { runSync } from './syncStatusStore';
import { useHubLink } from './useHubLink';

export function AgencyHubSettings() {
  const link = useHubLink();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if ((await connectHub(address, code)) === 'reloading') return;
      setCode('');
      showToast({
        message: 'This desk is enrolled with the agency hub. The first sync starts now.',
        tone: 'success',
      });
      runAction('sync with the agency hub', runSync);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-hub">
      <h2 id="settings-hub">Agency hub</h2>
      {link?.hub ? (
        <>
          <p>
            This desk syncs with <strong>{link.hub.url}</strong> as {link.hub.person.name} (
            {link.hub.person.role}
            {link.hub.person.role === 'supervisor' ? `, ${link.hub.person.unitIds.length} units` : ''}). The
            status in the top bar says how the last sync went; sync runs on start, every few minutes and on
            demand.
          </p>
          <button
            type="button"
            className="btn"
            onClick={() =>
              runAction('disconnect from the agency hub', async () => {
                await disconnect();
                showToast({ message: 'Disconnected. Your records stay on this computer.' });
              })
            }
          >
            Disconnect from the hub
          </button>
        </>
      ) : (
        <form onSubmit={(e) => runAction('connect to the agency hub', () => connect(e))} className="stack">
          <p>
            If your agency runs a hub, enter its address and the one-time code you were given. Until then
            nothing leaves this computer.
          </p>
          <TextField
            label="Hub address"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            placeholder="https://hub.agency.example"
            required
          />
          <TextField
            label="Enrolment code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="ABCD-EFGH-JKLM-NPQR"
            autoComplete="off"
            required
            error={error ?? undefined}
          />
          <div>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              Connect
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
