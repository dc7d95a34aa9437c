// Risk acceptance (issue #6, IEC 62443-3-2 ZCR 5/6: a risk left above the tolerable line is
// accepted by someone accountable, for a limited time). The acceptance belongs to one scenario
// as it was when accepted, so it is a JSON column of the scenario: deleting the scenario drops it,
// and a content change clears it. Migrations never import application code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('risk_scenarios').addColumn('acceptance', 'text').execute();
}
