// One record of the audit trail as GET /api/v1/audit answers it, shared by the server and the web app.

export interface AuditRecordView {
  seq: number;
  at: string;
  actor: string;
  /** The acting user's current name (null for the CLI operator or a removed account). */
  actorName?: string | null;
  actorKind: string | null;
  sourceIp: string | null;
  action: string;
  site: string | null;
  entity: string;
  entityId: string | null;
  reason: string | null;
  /** The stored JSON, parsed; null when the change recorded none. */
  detail: unknown;
  hash: string | null;
}
