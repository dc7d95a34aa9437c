// Zone partitioning rules: which assets may share a zone (IEC 62443-3-2 ZCR 3), and whether a zone
// is modelled far enough to be assessed (an SL-T, at least one asset). Decommissioned assets are
// out of service and ignored throughout.
import type { AssetType } from '../../schemas/vocabulary.js';
import { idList, labelled, nounFor } from './message-format.js';
import type { LintRule, Violation } from './rule.js';

/** Asset types that monitor or control the process: the "IACS assets" of ZCR 3.2. */
export const CONTROL_ASSET_TYPES: ReadonlySet<AssetType> = new Set<AssetType>([
  'plc',
  'dcs-controller',
  'rtu',
  'sis-controller',
  'hmi',
  'ews',
  'scada-server',
]);

export const ZONE_SAFETY_MIXED: LintRule = {
  id: 'ZONE-SAFETY-MIXED',
  severity: 'error',
  subject: 'zone',
  // IEC 62443-3-2 ZCR 3.3: safety-related assets are grouped in zones of their own.
  clause: 'IEC 62443-3-2 ZCR 3.3',
  summary: 'A SIS controller shares its zone with non-safety assets, or sits in a zone whose kind is not safety.',
  check(index) {
    const out: Violation[] = [];
    for (const zone of index.zones) {
      const assets = index.assetsInService(zone.id);
      const sis = assets.filter((a) => a.type === 'sis-controller');
      if (sis.length === 0) continue;
      // A SIS controller is always safety-related; other assets only when marked `safety: true`.
      const others = assets.filter((a) => a.type !== 'sis-controller' && a.safety !== true);
      const wrongKind = zone.kind !== 'safety';
      if (others.length === 0 && !wrongKind) continue;
      const holds = `${nounFor(sis.length, 'SIS controller')} ${idList(sis.map((a) => a.id))}`;
      const mixed = others.length > 0 ? ` together with non-safety assets ${idList(others.map((a) => a.id))}` : '';
      const fix = wrongKind
        ? 'safety systems belong in a zone of kind safety that holds only safety assets'
        : 'move the non-safety assets out, or mark truly safety-related ones safety: true';
      out.push({ subjectId: zone.id, message: `Zone ${zone.id} (${zone.kind}) holds ${holds}${mixed}; ${fix}.` });
    }
    return out;
  },
};

export const ZONE_BUSINESS_MIXED: LintRule = {
  id: 'ZONE-BUSINESS-MIXED',
  severity: 'error',
  subject: 'zone',
  // IEC 62443-3-2 ZCR 3.2: business (enterprise) assets and control-system assets are kept apart.
  clause: 'IEC 62443-3-2 ZCR 3.2',
  summary: 'An enterprise zone holds control-system assets (PLC, DCS controller, RTU, SIS, HMI, EWS, SCADA server).',
  check(index) {
    const out: Violation[] = [];
    for (const zone of index.zones) {
      if (zone.kind !== 'enterprise') continue;
      const control = index.assetsInService(zone.id).filter((a) => CONTROL_ASSET_TYPES.has(a.type));
      if (control.length === 0) continue;
      const listed = labelled(control.map((a) => ({ id: a.id, label: a.type })));
      out.push({
        subjectId: zone.id,
        message: `Enterprise zone ${zone.id} holds control-system ${nounFor(control.length, 'asset')} ${listed}; move them into an industrial zone.`,
      });
    }
    return out;
  },
};

export const ZONE_WIRELESS_MIXED: LintRule = {
  id: 'ZONE-WIRELESS-MIXED',
  severity: 'warning',
  subject: 'zone',
  // IEC 62443-3-2 ZCR 3.5: wireless devices get zones of their own, joined to wired ones by conduits.
  clause: 'IEC 62443-3-2 ZCR 3.5',
  summary: 'A wireless access point sits in a zone whose kind is not wireless.',
  check(index) {
    const out: Violation[] = [];
    for (const zone of index.zones) {
      if (zone.kind === 'wireless') continue;
      const aps = index.assetsInService(zone.id).filter((a) => a.type === 'wireless-ap');
      if (aps.length === 0) continue;
      out.push({
        subjectId: zone.id,
        message: `Zone ${zone.id} (${zone.kind}) holds wireless ${nounFor(aps.length, 'access point')} ${idList(aps.map((a) => a.id))}; put wireless devices in a zone of kind wireless.`,
      });
    }
    return out;
  },
};

export const ZONE_NO_SLT: LintRule = {
  id: 'ZONE-NO-SLT',
  severity: 'warning',
  subject: 'zone',
  // IEC 62443-3-2 ZCR 5.6: the detailed risk assessment sets an SL-T for every zone.
  clause: 'IEC 62443-3-2 ZCR 5.6',
  summary: 'A zone has no target security level (SL-T), so its gaps cannot be computed.',
  check(index) {
    return index.zones
      .filter((z) => z.slTarget === undefined)
      .map((z) => ({
        subjectId: z.id,
        message: `Zone ${z.id} has no SL-T, so its gaps and blocking requirements are not computed.`,
      }));
  },
};

export const ZONE_EMPTY: LintRule = {
  id: 'ZONE-EMPTY',
  severity: 'warning',
  subject: 'zone',
  // IEC 62443-3-2 ZCR 3.1: zones are groupings of assets; a zone with none is unfinished or stale.
  clause: 'IEC 62443-3-2 ZCR 3.1',
  summary: 'A zone has no assets other than decommissioned ones.',
  check(index) {
    const out: Violation[] = [];
    for (const zone of index.zones) {
      if (index.assetsInService(zone.id).length > 0) continue;
      const retired = index.decommissionedAssets(zone.id);
      const message =
        retired.length > 0
          ? `Zone ${zone.id} holds only decommissioned ${nounFor(retired.length, 'asset')} ${idList(retired.map((a) => a.id))}; assign its assets or remove the zone.`
          : `Zone ${zone.id} holds no assets; assign its assets or remove the zone.`;
      out.push({ subjectId: zone.id, message });
    }
    return out;
  },
};
