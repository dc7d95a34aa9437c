// The requirement catalog (facts: ids, FR, lowest SL, component types, titles; descriptions in
// our own words).
import Type from 'typebox';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.js';
import { qString } from '../../http.js';
import { listRequirements } from './requirements.service.js';

export function registerRequirementRoutes(app: FastifyInstance): void {
  app.get(
    '/api/v1/requirements',
    {
      schema: {
        tags: ['requirements'],
        summary: 'IEC 62443 requirements: 3-3 (default) or 4-2, filtered by FR and by the SL they are required at',
        querystring: Type.Object({
          standard: Type.Optional(Type.Enum(['3-3', '4-2'])),
          fr: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })),
          sl: Type.Optional(Type.Integer({ minimum: 1, maximum: 4, description: 'items required at SL ≤ sl' })),
          componentClass: Type.Optional(Type.String({ description: '4-2 only: the items that count for this class' })),
        }),
      },
    },
    async (req) => {
      const q = req.query as Record<string, unknown>;
      const int = (name: string, max: number): number | undefined => {
        const v = qString(q, name);
        if (v === undefined) return undefined;
        if (!/^\d$/.test(v) || Number(v) < 1 || Number(v) > max)
          throw new AppError('C981_ERR_VALIDATION', `${name} must be 1–${max}; got "${v}"`, [
            { path: name, message: 'out of range' },
          ]);
        return Number(v);
      };
      const standard = qString(q, 'standard') ?? '3-3';
      if (standard !== '3-3' && standard !== '4-2')
        throw new AppError('C981_ERR_VALIDATION', `standard must be 3-3 or 4-2; got "${standard}"`, [
          { path: 'standard', message: 'unknown standard' },
        ]);
      return listRequirements({
        standard,
        fr: int('fr', 7),
        sl: int('sl', 4),
        componentClass: qString(q, 'componentClass'),
      });
    },
  );
}
