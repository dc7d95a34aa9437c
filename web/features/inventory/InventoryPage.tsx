// The asset inventory across sites (issue #5): one load per site selection, then filtering,
// sorting and scrolling in memory, so 100,000 assets stay responsive. Every filter is in the URL.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Cancelled } from '../../components/Dialogs.js';
import { SiteNav } from '../../components/SiteNav.js';
import { Empty, ErrorBox, Loading } from '../../components/states.js';
import { compact } from '../../search.js';
import { ImportAssetsButton } from '../asset-import/ImportAssetsLink.js';
import { AssetDrawer } from './AssetDrawer.js';
import { COLUMNS, SITE_COLUMN } from './columns.js';
import { inventoryCountQuery, inventoryQuery, moveAssets, refreshAfterWrite } from './inventory-api.js';
import { rowOfKey, valueOf } from './inventory-data.js';
import { filterAssets } from './inventory-filter.js';
import { InventoryFilters } from './InventoryFilters.js';
import { InventoryTable } from './InventoryTable.js';
import { MoveDialog } from './MoveDialog.js';
import { assetParam, openAsset, type InventorySearch, type SortKey } from './search.js';
import { SelectionBar } from './SelectionBar.js';
import { useSortOrder } from './sort-orders.js';
import { useSelection } from './useSelection.js';
import { useWithReason } from './with-reason.js';
import './inventory.css';

const route = getRouteApi('/app/inventory');
/** Typing settles this long before the URL follows (the table itself filters at once). */
const URL_DEBOUNCE_MS = 100;
const EMPTY = new Int32Array(0);
const fmt = (n: number) => n.toLocaleString('en-US');

export function InventoryPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const withReason = useWithReason();
  const setSearch = useCallback(
    (patch: Partial<InventorySearch>, replace = false) =>
      void navigate({ search: (prev: InventorySearch) => compact({ ...prev, ...patch }), replace }),
    [navigate],
  );

  const inventory = useQuery(inventoryQuery(search.site));
  const count = useQuery({ ...inventoryCountQuery(search.site), enabled: inventory.isPending });
  const inv = inventory.data;

  // The search box filters as you type; the URL follows once typing settles.
  const [text, setText] = useState(search.q ?? '');
  const typed = useRef(search.q ?? '');
  useEffect(() => {
    if ((search.q ?? '') !== typed.current) {
      typed.current = search.q ?? '';
      setText(search.q ?? '');
    }
  }, [search.q]);
  useEffect(() => {
    if (text === (search.q ?? '')) return;
    const timer = setTimeout(() => {
      typed.current = text;
      setSearch({ q: text || undefined }, true);
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, setSearch]);
  const q = useDeferredValue(text);

  const dir = search.dir ?? 'asc';
  const sorted = useSortOrder(inv, search.sort);
  const view = useMemo(() => {
    if (!inv) return EMPTY;
    return filterAssets(
      inv,
      { site: search.site, zone: search.zone, type: search.type, vendor: search.vendor, q },
      sorted.order,
      // While a sort is pending the previous order shows as it was.
      sorted.pending ? false : dir === 'desc',
    );
  }, [inv, search.site, search.zone, search.type, search.vendor, sorted.order, sorted.pending, dir, q]);

  const editableSites = useMemo(
    () => new Set((inv?.sites ?? []).filter((s) => s.abilities.includes('update')).map((s) => s.id)),
    [inv],
  );
  const selection = useSelection(inv, view, editableSites);
  // Ticks belong to the data on screen: another site selection starts afresh.
  const { clear: clearSelection } = selection;
  useEffect(() => clearSelection(), [search.site, clearSelection]);
  const columns = useMemo(() => (search.site ? COLUMNS : [SITE_COLUMN, ...COLUMNS]), [search.site]);
  const open = openAsset(search);
  const openKey = open ? `${open.site}/${open.id}` : null;
  const openRow = inv && openKey ? (rowOfKey(inv, openKey) ?? null) : null;
  // A shared link to an asset scrolls its row into view once; later clicks must not jump.
  const [linkedKey] = useState(openKey);

  const onOpen = useCallback(
    (row: number) => {
      if (!inv) return;
      setSearch({ asset: assetParam(search, valueOf(inv.site, row) ?? '', inv.id[row] ?? '') });
    },
    [inv, search, setSearch],
  );
  const onSort = useCallback(
    (key: SortKey) => setSearch({ sort: key, dir: search.sort === key && dir === 'asc' ? 'desc' : 'asc' }),
    [search.sort, dir, setSearch],
  );
  const closeAsset = useCallback(() => setSearch({ asset: undefined }), [setSearch]);

  // "/" jumps to the search box, as in most tools engineers use.
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || t?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const [moving, setMoving] = useState<{ site: string; ids: string[] } | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: unknown } | null>(null);
  const move = async (zone: string | null) => {
    if (!moving) return;
    const { site, ids } = moving;
    setMoving(null);
    setNotice(null);
    try {
      const result = await withReason('move these assets', (reason) => moveAssets(site, ids, zone, reason));
      selection.clear();
      setNotice({
        text: `Moved ${fmt(result.moved)} ${result.moved === 1 ? 'asset' : 'assets'} ${zone ? `to ${zone}` : 'out of their zones'}${result.unchanged ? ` (${fmt(result.unchanged)} already there)` : ''}.`,
      });
      await refreshAfterWrite(queryClient, site);
    } catch (e) {
      // The server moves all or nothing: its message says which assets or zone it refused.
      if (!(e instanceof Cancelled)) setNotice({ text: '', error: e });
    }
  };

  const filterKey = [search.site, search.zone, search.type, search.vendor, search.sort, dir, q].join('\u0000');
  const total = inv?.total ?? 0;
  const siteName = (id: string) => inv?.siteById.get(id)?.name ?? id;

  let body;
  if (inventory.error) body = <ErrorBox error={inventory.error} onRetry={() => void inventory.refetch()} />;
  else if (!inv) body = <Loading what={count.data ? `${fmt(count.data.total)} assets` : 'assets'} />;
  else if (total === 0)
    body = (
      <Empty>
        {search.site ? 'This site has no assets yet.' : 'No assets yet in the sites you can read.'} Add them from a
        spreadsheet (Import from spreadsheet), a site file import or the API.
      </Empty>
    );
  else if (view.length === 0)
    body = (
      <Empty>
        No assets match these filters.
        <button
          type="button"
          onClick={() => {
            setText('');
            setSearch({ q: undefined, zone: undefined, type: undefined, vendor: undefined });
          }}
        >
          Clear filters
        </button>
      </Empty>
    );
  else
    body = (
      <InventoryTable
        inv={inv}
        view={view}
        columns={columns}
        sort={search.sort}
        dir={dir}
        onSort={onSort}
        selection={selection}
        selectable={editableSites.size > 0}
        editableSites={editableSites}
        openKey={openKey}
        onOpen={onOpen}
        resetKey={filterKey}
        revealRow={linkedKey !== null && linkedKey === openKey ? openRow : null}
      />
    );

  return (
    // data-ready / data-total / data-shown let the web benchmark see when rows are on screen.
    <div
      className={`inventory-page${open ? ' with-drawer' : ''}`}
      data-ready={inv ? 'inventory' : undefined}
      data-total={total}
      data-shown={view.length}
    >
      {search.site ? (
        <SiteNav site={search.site} actions={<ImportAssetsButton site={search.site} />} />
      ) : (
        <div className="page-header">
          <h1>Inventory</h1>
          <span className="muted">Every asset of the sites you can read</span>
        </div>
      )}
      <InventoryFilters
        inv={inv}
        search={search}
        text={text}
        onText={setText}
        setSearch={setSearch}
        searchRef={searchRef}
      />
      <div className="inv-status">
        <span className="inv-count" role="status" aria-live="polite">
          {inv ? `${fmt(view.length)} of ${fmt(total)} assets` : ''}
          {sorted.pending && <span className="muted"> · sorting…</span>}
          {inventory.isFetching && inv ? <span className="muted"> · refreshing…</span> : null}
        </span>
        <SelectionBar selection={selection} siteName={siteName} onMove={(site, ids) => setMoving({ site, ids })} />
        {notice && (
          <span className="inv-notice" role={notice.error === undefined ? 'status' : undefined}>
            {notice.error === undefined ? notice.text : <ErrorBox error={notice.error} />}
            <button type="button" className="link" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </span>
        )}
      </div>
      {body}
      {open && (
        <AssetDrawer site={open.site} id={open.id} siteInfo={inv?.siteById.get(open.site)} onClose={closeAsset} />
      )}
      {moving && inv?.siteById.get(moving.site) && (
        <MoveDialog
          site={inv.siteById.get(moving.site)!}
          count={moving.ids.length}
          onMove={(zone) => void move(zone)}
          onCancel={() => setMoving(null)}
        />
      )}
    </div>
  );
}
