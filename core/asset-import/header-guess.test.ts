// Header guessing: the common spellings of scanner exports, CMDB dumps and hand-kept lists, and an
// explicit mapping that overrides the guess.
import { describe, expect, it } from 'vitest';
import { guessField, mapColumns, normalizeHeader, parseMapSpec } from './header-guess.js';

describe('guessField', () => {
  it.each([
    ['IP Address', 'ip'],
    ['IP', 'ip'],
    ['IPv4', 'ip'],
    ['ip_address', 'ip'],
    ['Hostname', 'name'],
    ['Host name', 'name'],
    ['Device name', 'name'],
    ['Manufacturer', 'vendor'],
    ['Vendor', 'vendor'],
    ['Make', 'vendor'],
    ['Firmware Version', 'firmware'],
    ['FW', 'firmware'],
    ['Model', 'model'],
    ['Product', 'model'],
    ['Serial Number', 'serial'],
    ['S/N', 'serial'],
    ['MAC Address', 'mac'],
    ['Order number', 'orderNumber'],
    ['Article number', 'orderNumber'],
    ['MLFB', 'orderNumber'],
    ['Asset ID', 'id'],
    ['Tag', 'id'],
    ['Zone', 'zone'],
    ['Type', 'type'],
    ['Device type', 'type'],
    ['Location', 'location'],
    ['Area', 'location'],
    ['Owner', 'owner'],
    ['Last seen', 'lastSeen'],
    ['LAST-SEEN', 'lastSeen'],
    ['Component class', 'componentClass'],
    ['Lifecycle', 'lifecycle'],
    ['Criticality', 'criticality'],
    ['Safety', 'safety'],
    ['Legacy', 'legacy'],
    ['Comments', 'notes'],
  ])('"%s" → %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  it('leaves unknown headers and online/offline "Status" columns alone', () => {
    expect(guessField('Rack position')).toBeNull();
    expect(guessField('Status')).toBeNull();
    expect(guessField('')).toBeNull();
  });

  it('ignores case, spaces, punctuation and accents', () => {
    expect(normalizeHeader(' Firmware-Version (FW) ')).toBe('firmwareversionfw');
    expect(normalizeHeader('Numéro')).toBe('numero');
  });
});

describe('mapColumns', () => {
  it('guesses, reports unknown columns and lets the first of two candidates fill a field', () => {
    const { columns, problems } = mapColumns(['Hostname', 'IP Address', 'IPv4', 'Rack', '']);
    expect(problems).toEqual([]);
    expect(columns).toEqual([
      { index: 0, header: 'Hostname', field: 'name', guessed: true },
      { index: 1, header: 'IP Address', field: 'ip', guessed: true },
      {
        index: 2,
        header: 'IPv4',
        field: null,
        guessed: false,
        note: 'looks like ip, which column "IP Address" already fills',
      },
      { index: 3, header: 'Rack', field: null, guessed: false },
      { index: 4, header: '', field: null, guessed: false },
    ]);
  });

  it('lets an explicit mapping override the guess, matched exactly or ignoring case', () => {
    const { columns } = mapColumns(
      ['Hostname', 'Description', 'Rack', 'IP'],
      new Map([
        ['description', 'name'],
        ['Hostname', null],
        ['Rack', 'location'],
      ]),
    );
    expect(columns.map((c) => [c.header, c.field, c.guessed])).toEqual([
      ['Hostname', null, false],
      ['Description', 'name', false],
      ['Rack', 'location', false],
      ['IP', 'ip', true],
    ]);
  });

  it('gives an explicitly mapped field precedence over a guessed column', () => {
    const { columns } = mapColumns(['IP', 'Mgmt IP'], new Map([['Mgmt IP', 'ip']]));
    expect(columns.map((c) => c.field)).toEqual([null, 'ip']);
  });

  it('reports mapped columns the file lacks and two columns mapped to one field', () => {
    expect(mapColumns(['Name', 'IP'], new Map([['Adresse', 'ip']])).problems).toEqual([
      'the mapping names column "Adresse", which the file does not have (its columns: "Name", "IP")',
    ]);
    expect(
      mapColumns(
        ['A', 'B'],
        new Map([
          ['A', 'ip'],
          ['B', 'ip'],
        ]),
      ).problems,
    ).toEqual(['columns "A" and "B" are both mapped to ip; map one of them elsewhere']);
  });
});

describe('parseMapSpec', () => {
  it('reads Header:field pairs, splitting header and field on the last colon', () => {
    const { map, problems } = parseMapSpec('IP Address:ip, Hostname:name,Time: last:lastseen,Rack:-');
    expect(problems).toEqual([]);
    expect([...map]).toEqual([
      ['IP Address', 'ip'],
      ['Hostname', 'name'],
      ['Time: last', 'lastSeen'],
      ['Rack', null],
    ]);
  });

  it('reads the JSON form, for headers with commas', () => {
    const { map, problems } = parseMapSpec('{"Name, full": "name", "Rack": null, "Kind": "Type"}');
    expect(problems).toEqual([]);
    expect([...map]).toEqual([
      ['Name, full', 'name'],
      ['Rack', null],
      ['Kind', 'type'],
    ]);
    expect(parseMapSpec('{"A": 1}').problems).toEqual(['the field for column "A" must be text or null']);
    expect(parseMapSpec('{oops').problems).toEqual([
      'a JSON mapping is an object of header → field (or null to ignore)',
    ]);
  });

  it('names unknown fields and malformed pairs', () => {
    expect(parseMapSpec('IP:address,Hostname').problems).toEqual([
      `"address" (for column "IP") is not a field; use one of id, name, zone, type, componentClass, vendor, model, firmware, orderNumber, serial, ip, mac, lifecycle, legacy, safety, criticality, owner, location, notes, lastSeen, or - to ignore`,
      '"Hostname" is not "Header:field"',
    ]);
  });
});
