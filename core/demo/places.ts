// Where generated sites are and what they make: cities, industries and their plant areas.

export type Industry = 'pharma' | 'chemicals' | 'food' | 'water' | 'energy' | 'automotive';

export interface Place {
  readonly city: string;
  readonly country: string;
  readonly timezone: string;
}

export const PLACES: readonly Place[] = [
  { city: 'Basel', country: 'CH', timezone: 'Europe/Zurich' },
  { city: 'Visp', country: 'CH', timezone: 'Europe/Zurich' },
  { city: 'Leverkusen', country: 'DE', timezone: 'Europe/Berlin' },
  { city: 'Ludwigshafen', country: 'DE', timezone: 'Europe/Berlin' },
  { city: 'Marburg', country: 'DE', timezone: 'Europe/Berlin' },
  { city: 'Wolfsburg', country: 'DE', timezone: 'Europe/Berlin' },
  { city: 'Lyon', country: 'FR', timezone: 'Europe/Paris' },
  { city: 'Grenoble', country: 'FR', timezone: 'Europe/Paris' },
  { city: 'Milan', country: 'IT', timezone: 'Europe/Rome' },
  { city: 'Parma', country: 'IT', timezone: 'Europe/Rome' },
  { city: 'Tarragona', country: 'ES', timezone: 'Europe/Madrid' },
  { city: 'Cork', country: 'IE', timezone: 'Europe/Dublin' },
  { city: 'Rotterdam', country: 'NL', timezone: 'Europe/Amsterdam' },
  { city: 'Antwerp', country: 'BE', timezone: 'Europe/Brussels' },
  { city: 'Linz', country: 'AT', timezone: 'Europe/Vienna' },
  { city: 'Kalundborg', country: 'DK', timezone: 'Europe/Copenhagen' },
  { city: 'Södertälje', country: 'SE', timezone: 'Europe/Stockholm' },
  { city: 'Gdańsk', country: 'PL', timezone: 'Europe/Warsaw' },
  { city: 'Brno', country: 'CZ', timezone: 'Europe/Prague' },
  { city: 'Teesside', country: 'GB', timezone: 'Europe/London' },
  { city: 'Houston', country: 'US', timezone: 'America/Chicago' },
  { city: 'Indianapolis', country: 'US', timezone: 'America/Indiana/Indianapolis' },
  { city: 'Raleigh', country: 'US', timezone: 'America/New_York' },
  { city: 'Baton Rouge', country: 'US', timezone: 'America/Chicago' },
  { city: 'Sacramento', country: 'US', timezone: 'America/Los_Angeles' },
  { city: 'Toronto', country: 'CA', timezone: 'America/Toronto' },
  { city: 'Monterrey', country: 'MX', timezone: 'America/Monterrey' },
  { city: 'Campinas', country: 'BR', timezone: 'America/Sao_Paulo' },
  { city: 'Singapore', country: 'SG', timezone: 'Asia/Singapore' },
  { city: 'Shanghai', country: 'CN', timezone: 'Asia/Shanghai' },
  { city: 'Osaka', country: 'JP', timezone: 'Asia/Tokyo' },
  { city: 'Pune', country: 'IN', timezone: 'Asia/Kolkata' },
  { city: 'Incheon', country: 'KR', timezone: 'Asia/Seoul' },
  { city: 'Geelong', country: 'AU', timezone: 'Australia/Melbourne' },
  { city: 'Durban', country: 'ZA', timezone: 'Africa/Johannesburg' },
  { city: 'Jebel Ali', country: 'AE', timezone: 'Asia/Dubai' },
];

export const INDUSTRY_INFO: Readonly<
  Record<Industry, { facilities: readonly string[]; description: string; areas: readonly string[] }>
> = {
  pharma: {
    facilities: ['API plant', 'fill-finish plant', 'biologics plant', 'oral solids plant'],
    description: 'GMP pharmaceutical manufacturing; batch processes under computerised-system validation.',
    areas: [
      'API synthesis',
      'Solvent recovery',
      'Fermentation',
      'Purification',
      'Formulation',
      'Fill-finish',
      'Clean utilities',
      'Tank farm',
      'Warehouse',
      'Wastewater',
    ],
  },
  chemicals: {
    facilities: ['chemical works', 'polymer plant', 'specialty chemicals plant'],
    description: 'Continuous and batch chemical production with hazardous inventories (Seveso upper tier).',
    areas: [
      'Reactor train A',
      'Reactor train B',
      'Distillation',
      'Tank farm',
      'Loading station',
      'Boiler house',
      'Flare system',
      'Cooling water',
      'Compressor house',
    ],
  },
  food: {
    facilities: ['packaging plant', 'dairy', 'beverage plant', 'bakery'],
    description: 'Food and beverage production with high-speed packaging lines and CIP systems.',
    areas: [
      'Mixing',
      'Filling line 1',
      'Filling line 2',
      'Packaging',
      'Palletizing',
      'CIP',
      'Cold store',
      'Utilities',
      'Goods receipt',
    ],
  },
  water: {
    facilities: ['water treatment works', 'wastewater treatment plant', 'water utility'],
    description: 'Drinking water production and distribution; essential service under national regulation.',
    areas: [
      'Raw water intake',
      'Filtration',
      'Disinfection',
      'Clear water reservoir',
      'Pumping stations',
      'Sludge treatment',
      'Distribution network',
      'Booster stations',
    ],
  },
  energy: {
    facilities: ['CHP plant', 'power station', 'grid substation'],
    description: 'Power and heat generation connected to the regional grid operator.',
    areas: [
      'Turbine hall',
      'Boiler',
      'Substation',
      'Balance of plant',
      'Fuel handling',
      'Cooling water',
      'Flue gas treatment',
    ],
  },
  automotive: {
    facilities: ['assembly plant', 'components plant', 'body and paint plant'],
    description: 'Discrete manufacturing with robot cells and just-in-sequence logistics.',
    areas: ['Press shop', 'Body shop', 'Paint shop', 'Final assembly', 'Powertrain', 'Conveyor systems', 'Test rigs'],
  },
};

export const INDUSTRIES = Object.keys(INDUSTRY_INFO) as Industry[];

/** A lowercase id slug (ASCII, hyphens). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
