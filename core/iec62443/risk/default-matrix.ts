// The built-in 5×5 risk matrix: what an organization gets until it sets its own. A common
// practitioners' layout, weighted so that a severe consequence is never rated low however rare.
// The descriptions are our own wording (IEC 62443-3-2 leaves the scales to the asset owner).
import type { RiskMatrix } from '../../schemas/risk-matrix.js';

export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  likelihood: [
    {
      level: 1,
      name: 'Rare',
      description:
        'Not expected during the life of the system; would take a skilled, well-funded attacker and several safeguards failing at once.',
    },
    {
      level: 2,
      name: 'Unlikely',
      description: 'Could happen but is not expected in the next ten years; no known incident in comparable plants.',
    },
    {
      level: 3,
      name: 'Possible',
      description: 'Might happen within the next ten years; has happened in comparable plants or the sector.',
    },
    {
      level: 4,
      name: 'Likely',
      description: 'Expected to happen within a few years; attempts or near misses have been seen on site.',
    },
    {
      level: 5,
      name: 'Almost certain',
      description: 'Expected within a year; the weakness is known, reachable and exploited with public tools.',
    },
  ],
  consequence: [
    {
      level: 1,
      name: 'Negligible',
      categories: {
        'health-safety': 'No injury, or first aid only.',
        environment: 'No release beyond the site boundary; no clean-up needed.',
        'production-financial': 'Disruption of minutes; loss below 10k.',
        reputation: 'Noticed inside the company only.',
        'regulatory-quality': 'No effect on product quality or compliance.',
      },
    },
    {
      level: 2,
      name: 'Minor',
      categories: {
        'health-safety': 'Minor injury treated on site; no lost time.',
        environment: 'Small release contained on site.',
        'production-financial': 'Stop of hours on one line; loss below 100k.',
        reputation: 'Complaints from a customer or a local mention.',
        'regulatory-quality': 'A deviation handled by the quality system; no batch lost.',
      },
    },
    {
      level: 3,
      name: 'Moderate',
      categories: {
        'health-safety': 'Lost-time injury or medical treatment.',
        environment: 'Release beyond the site that needs reporting and short clean-up.',
        'production-financial': 'Stop of a day or more; loss below 1M.',
        reputation: 'Regional media coverage; a customer reviews the relationship.',
        'regulatory-quality': 'Batches rejected or recalled internally; authority informed.',
      },
    },
    {
      level: 4,
      name: 'Major',
      categories: {
        'health-safety': 'Permanent injury or several serious injuries.',
        environment: 'Significant release with lasting harm off site.',
        'production-financial': 'Stop of weeks or damaged equipment; loss below 10M.',
        reputation: 'National media coverage; loss of key customers.',
        'regulatory-quality': 'Product recall from the market or an inspection finding.',
      },
    },
    {
      level: 5,
      name: 'Severe',
      categories: {
        'health-safety': 'One or more fatalities on or off site.',
        environment: 'Major, long-lasting environmental damage.',
        'production-financial': 'Loss of the plant or months of outage; loss of 10M or more.',
        reputation: 'International coverage; lasting loss of trust.',
        'regulatory-quality': 'Licence to operate withdrawn or criminal prosecution.',
      },
    },
  ],
  riskLevels: [
    { id: 'low', name: 'Low', description: 'Accepted; handled by routine controls.' },
    { id: 'medium', name: 'Medium', description: 'Tolerable when reduced as far as reasonably practicable.' },
    { id: 'high', name: 'High', description: 'Not tolerable; needs treatment with a plan and an owner.' },
    { id: 'critical', name: 'Critical', description: 'Not tolerable; needs treatment now.' },
  ],
  // Rows: likelihood 1 (rare) … 5 (almost certain); columns: consequence 1 (negligible) … 5 (severe).
  cells: [
    ['low', 'low', 'low', 'medium', 'high'],
    ['low', 'low', 'medium', 'medium', 'high'],
    ['low', 'medium', 'medium', 'high', 'critical'],
    ['medium', 'medium', 'high', 'critical', 'critical'],
    ['medium', 'high', 'high', 'critical', 'critical'],
  ],
  tolerableRisk: 'medium',
};
