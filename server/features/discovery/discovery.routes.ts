// Discovery against a site (issue #9 items 4–5; docs/discovery.md): capture uploads, runs, the
// drift queue and the observed traffic between zones.
import Type from 'typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FINDING_RULES } from '../../../core/discovery/findings.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { getRun, listRuns, runDiscovery } from './discovery-run.service.js';
import { acceptFinding, AcceptBody, listFindings, rejectFinding, RejectBody } from './finding-decision.service.js';
import { zoneTraffic } from './zone-traffic.service.js';

const tags = ['discovery'];
const SiteParam = Type.Object({ site: Type.String() });
const IdParams = Type.Object({ site: Type.String(), id: Type.String() });
const params = (req: FastifyRequest) => req.params as { site: string; id: string };

/** Largest capture accepted in one upload (bytes); C981_MAX_CAPTURE_BYTES overrides. */
export function captureUploadLimit(): number {
  const configured = Number(process.env.C981_MAX_CAPTURE_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 4 * 1024 ** 3;
}

/** Passes the request body through, refusing it once it grows past the limit. */
async function* limited(body: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > limit) throw new AppError('C981_ERR_TOO_LARGE', `the capture is larger than ${limit} bytes`);
    yield chunk;
  }
}

function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/u).pop() ?? '';
  return base.trim().slice(0, 200) || 'upload.pcap';
}

export function registerDiscoveryRoutes(app: FastifyInstance, db: Db, actorOf: (req: FastifyRequest) => Actor): void {
  const base = '/api/v1/sites/:site/discovery';
  void app.register((scope, _opts, done) => {
    // The capture is the request body, read as a stream: analysed while it arrives, never buffered.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, next) => next(null, payload));
    scope.post(
      `${base}/runs`,
      {
        schema: {
          tags,
          summary: 'Analyse a packet capture (pcap/pcapng, gzip or not) against the site',
          description:
            'The capture file is the request body (any content type, e.g. application/octet-stream). It is analysed ' +
            'while it uploads; hosts are matched to assets and zones, flows to conduits and channels, and the ' +
            'findings are filed in the drift queue. 400 C981_ERR_CAPTURE_FORMAT when the body is not a capture.',
          params: SiteParam,
          querystring: Type.Object({
            file: Type.Optional(Type.String({ maxLength: 300, description: 'the original file name' })),
          }),
        },
      },
      async (req, reply) => {
        const { site } = params(req);
        const body = req.body as AsyncIterable<Uint8Array> | undefined;
        if (!body || typeof body[Symbol.asyncIterator] !== 'function')
          throw new AppError('C981_ERR_VALIDATION', 'send the capture file as the request body');
        const size = Number(req.headers['content-length']);
        const answer = await runDiscovery(
          db,
          actorOf(req),
          site,
          [
            {
              name: safeFileName(qString(req.query as Record<string, unknown>, 'file')),
              ...(Number.isFinite(size) ? { size } : {}),
              open: () => limited(body, captureUploadLimit()),
            },
          ],
          { source: 'upload' },
        );
        return reply.code(201).send({ run: answer.run, findings: answer.findings });
      },
    );
    done();
  });

  app.get(
    `${base}/runs`,
    { schema: { tags, summary: 'Discovery runs, newest first', params: SiteParam } },
    async (req) => listRuns(db, actorOf(req), params(req).site),
  );
  app.get(
    `${base}/runs/:id`,
    {
      schema: {
        tags,
        summary: 'One run with its hosts (asset match, zone) and flows (zones, verdict)',
        params: IdParams,
      },
    },
    async (req) => getRun(db, actorOf(req), params(req).site, params(req).id),
  );
  app.get(
    `${base}/findings`,
    {
      schema: {
        tags,
        summary: 'The drift queue: findings by status (open by default) and rule',
        params: SiteParam,
        querystring: Type.Object({
          status: Type.Optional(Type.String({ description: 'open | accepted | rejected | all' })),
          rule: Type.Optional(Type.String({ description: FINDING_RULES.join(' | ') })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Record<string, unknown>;
      return listFindings(db, actorOf(req), params(req).site, {
        status: qString(q, 'status'),
        rule: qString(q, 'rule'),
      });
    },
  );
  app.post(
    `${base}/findings/:id/accept`,
    {
      schema: {
        tags,
        summary: 'Accept a finding into the model (a change request on sites under change control)',
        params: IdParams,
        body: AcceptBody,
      },
    },
    async (req) => acceptFinding(db, actorOf(req), params(req).site, params(req).id, req.body ?? {}),
  );
  app.post(
    `${base}/findings/:id/reject`,
    { schema: { tags, summary: 'Reject a finding, with a reason', params: IdParams, body: RejectBody } },
    async (req) => rejectFinding(db, actorOf(req), params(req).site, params(req).id, req.body),
  );
  app.get(
    `${base}/zone-traffic`,
    {
      schema: {
        tags,
        summary: 'Observed traffic between zones over all runs, judged against the current conduits',
        params: SiteParam,
      },
    },
    async (req) => zoneTraffic(db, actorOf(req), params(req).site),
  );
}
