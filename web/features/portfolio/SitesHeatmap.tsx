// One row per site: zones, the share meeting SL-T, and per FR the largest gap (a sites × FR
// heatmap). A plain table: 100 sites are 1,000 cells, which the browser lays out at once.
import { Link } from '@tanstack/react-router';
import { memo, type ReactNode } from 'react';
import type { PortfolioSite, Site } from '../../api/types.js';
import { FR_NAMES, FR_SHORT, FRS, gapColor, gapText } from '../../components/sl-scale.js';
import { meetingShare } from './portfolio-model.js';
import type { PortfolioSort } from './search.js';

interface Props {
  sites: PortfolioSite[];
  info: Map<string, Site>;
  sort: PortfolioSort;
  dir: 'asc' | 'desc';
  onSort: (sort: PortfolioSort) => void;
}

export function SitesHeatmap({ sites, info, sort, dir, onSort }: Props) {
  const header = (key: PortfolioSort, label: ReactNode, className?: string, title?: string) => (
    <th
      className={className}
      title={title}
      aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span className="sort-mark" aria-hidden>
          {sort === key ? (dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
  return (
    <table className="data heatmap" aria-label="Sites by foundational requirement">
      <thead>
        <tr>
          {header('name', 'Site')}
          {header('zones', 'Zones', 'num')}
          {header('meeting', 'Meeting SL-T', undefined, 'Zones with an SL-T and no gap in any FR')}
          {FRS.map((fr) =>
            header(
              `fr${fr}` as PortfolioSort,
              <>
                FR {fr} <small>{FR_SHORT[fr]}</small>
              </>,
              'fr',
              `FR ${fr} ${FR_NAMES[fr]}: largest gap over the site's zones`,
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <SiteRow key={s.id} site={s} info={info.get(s.id)} />
        ))}
      </tbody>
    </table>
  );
}

const SiteRow = memo(function SiteRow({ site: s, info }: { site: PortfolioSite; info: Site | undefined }) {
  const share = meetingShare(s);
  return (
    <tr>
      <td>
        <Link to="/sites/$site" params={{ site: s.id }} className="site-name">
          {s.name}
        </Link>{' '}
        {s.regulated && (
          <span className="badge info" title="Validated (GxP) site: changes need a reason">
            regulated
          </span>
        )}
        {info?.location && <div className="muted small">{info.location}</div>}
      </td>
      <td className="num">{s.zones}</td>
      <td>
        <span className="meeting" title={`${s.zonesMeetingTarget} of ${s.zones} zones meet their SL-T`}>
          <span className="meeting-num">
            {s.zonesMeetingTarget}/{s.zones}
          </span>
          <span className="meeting-bar" aria-hidden>
            <span style={{ width: `${Math.round(share * 100)}%`, background: gapColor(0) }} />
          </span>
          <span className="muted small">{Math.round(share * 100)}%</span>
        </span>
      </td>
      {FRS.map((fr) => {
        const f = s.fr.find((x) => x.fr === fr);
        // A site without zones has no gap to show: grey, like a zone without SL-T.
        const gap = s.zones === 0 || !f ? null : f.maxGap;
        const title = f
          ? `${s.name}, FR ${fr} ${FR_NAMES[fr]}: ${f.zonesWithGap} ${f.zonesWithGap === 1 ? 'zone' : 'zones'} with a gap, largest gap ${f.maxGap}`
          : `${s.name}, FR ${fr}: no zones`;
        return (
          <td
            key={fr}
            className="heat"
            style={{ background: gapColor(gap), color: gapText(gap) }}
            title={title}
            aria-label={title}
            data-fr={fr}
          >
            {gap ?? '–'}
            {f && f.zonesWithGap > 0 && <small>{f.zonesWithGap}</small>}
          </td>
        );
      })}
    </tr>
  );
});
