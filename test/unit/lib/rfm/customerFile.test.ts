/** A chosen file, from its size to its customers: refused unread when too big, reported when unreadable. */
import { describe, expect, it } from 'vitest';
import { readCustomerFile, type ChosenFile } from '../../../../src/lib/rfm/customerFile.ts';

const header = 'customerId,lastPurchaseDaysAgo,purchases,revenue,profit';
const limits = { maxBytes: 100, maxRows: 10, maxListedErrors: 2 };

/** A stand-in for a browser File that counts how often it is read. */
function chosen(text: string, size = new TextEncoder().encode(text).length) {
  const file = {
    size,
    reads: 0,
    text: () => {
      file.reads += 1;
      return Promise.resolve(text);
    },
  };
  return file;
}

describe('readCustomerFile', () => {
  it('refuses a file over the size limit without reading a byte of it', async () => {
    const file = chosen('x', 6 * 1024 * 1024);
    expect(await readCustomerFile(file)).toEqual({
      ok: false,
      problems: [{ code: 'fileTooLarge', bytes: 6 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 }],
    });
    expect(file.reads).toBe(0);
  });

  it('reads a file of exactly the limit', async () => {
    const text = `${header}\nC1,1,1,1,1`.padEnd(100, '\n');
    const file = chosen(text);
    expect(file.size).toBe(100);
    expect(await readCustomerFile(file, limits)).toMatchObject({ ok: true, customers: [{ customerId: 'C1' }] });
  });

  it('says so when the browser cannot read the file', async () => {
    const broken: ChosenFile = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readCustomerFile(broken)).toEqual({ ok: false, problems: [{ code: 'fileUnreadable' }] });
  });

  it('passes on what is wrong with the file as a whole, importing nothing', async () => {
    expect(await readCustomerFile(chosen('customerId,purchases\nC1,1'))).toEqual({
      ok: false,
      problems: [
        { code: 'missingColumn', column: 'lastPurchaseDaysAgo' },
        { code: 'missingColumn', column: 'revenue' },
        { code: 'missingColumn', column: 'profit' },
      ],
    });
  });

  it('keeps the good rows and lists the bad ones, counting those past the listed ones', async () => {
    const text = [header, 'A,1,1,1,1', 'B,x,1,1,1', 'C,1,"1,5",1,1', 'D,1,1,-1,1'].join('\n');
    expect(await readCustomerFile(chosen(text), { ...limits, maxBytes: 1000 })).toEqual({
      ok: true,
      customers: [{ customerId: 'A', lastPurchaseDaysAgo: 1, purchases: 1, revenue: 1, profit: 1 }],
      rowErrors: [
        { line: 3, field: 'lastPurchaseDaysAgo', code: 'notANumber' },
        { line: 4, field: 'purchases', code: 'decimalComma' },
      ],
      unlistedRowErrors: 1,
    });
  });
});
