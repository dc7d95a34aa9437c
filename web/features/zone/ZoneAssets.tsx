// The zone's assets: the first page here, the full list (filters, sorting, export) in the inventory.
import { Link } from '@tanstack/react-router';
import type { Page } from '../../api/client.js';
import { SlVector } from '../../components/Sl.js';
import { Empty } from '../../components/states.js';
import type { ZoneAsset } from './zone-api.js';

export function ZoneAssets({ site, zone, page }: { site: string; zone: string; page: Page<ZoneAsset> }) {
  const all = (
    <Link to="/inventory" search={{ site, zone }}>
      All in inventory →
    </Link>
  );
  if (!page.items.length) return <Empty>No assets in this zone. {all}</Empty>;
  return (
    <>
      <table className="data zone-assets">
        <thead>
          <tr>
            <th scope="col">Asset</th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Vendor</th>
            <th scope="col">Model</th>
            <th scope="col">Firmware</th>
            <th scope="col">SL-C</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to="/inventory" search={{ site, zone, asset: a.id }}>
                  <code>{a.id}</code>
                </Link>
              </td>
              <td>{a.name}</td>
              <td>{a.type}</td>
              <td>{a.vendor ?? ''}</td>
              <td>{a.model ?? ''}</td>
              <td className="mono">{a.firmware ?? ''}</td>
              <td>{a.slCapability ? <SlVector vector={a.slCapability} label={`SL-C of ${a.id}`} /> : ''}</td>
              <td>
                {a.legacy && <span className="badge warn">legacy</span>}{' '}
                {a.safety && <span className="badge danger">safety</span>}{' '}
                {a.lifecycle && a.lifecycle !== 'operational' && <span className="badge">{a.lifecycle}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        {page.nextCursor ? `Showing the first ${page.items.length} assets. ` : ''}
        {all}
      </p>
    </>
  );
}
