/**
 * Which customers the explorer shows: the bundled sample (read when the site was built and
 * fetched from this site, so nothing leaves it) until the student chooses a file of their own,
 * and what came of the last file chosen, in words. Reading, checking and wording a file
 * (src/lib/rfm/customerFile.ts, customerFileText.ts) load only when a file is chosen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CustomerPyramidStrings } from '../../i18n/types.ts';
import { tableCustomers, type CustomerRecord } from '../../lib/rfm/customerRecord.ts';
import type { FileReport } from '../../lib/rfm/customerFileText.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';

export type CustomerData =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; customers: CustomerRecord[]; own: boolean };

export interface CustomerSource {
  data: CustomerData;
  /** What came of the file chosen last; null while the sample is shown or a file is being read. */
  report: FileReport | null;
  chooseFile: (file: File) => Promise<void>;
  backToSample: () => void;
}

export function useCustomerData(
  sampleUrl: string,
  strings: CustomerPyramidStrings,
  formats: NumberFormats,
): CustomerSource {
  const [data, setData] = useState<CustomerData>({ state: 'loading' });
  const [report, setReport] = useState<FileReport | null>(null);
  const loadSample = () => {
    fetch(sampleUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((table: unknown) => {
        const customers = tableCustomers(table);
        setData(customers ? { state: 'ready', customers, own: false } : { state: 'failed' });
      })
      .catch(() => setData({ state: 'failed' }));
  };
  useEffect(loadSample, [sampleUrl]);

  const chooseFile = async (chosen: File) => {
    setReport(null);
    try {
      const [{ readCustomerFile }, { fileReport }] = await Promise.all([
        import('../../lib/rfm/customerFile.ts'),
        import('../../lib/rfm/customerFileText.ts'),
      ]);
      const read = await readCustomerFile(chosen);
      setReport(fileReport(read, strings, formats));
      if (read.ok) setData({ state: 'ready', customers: read.customers, own: true });
    } catch {
      // The reader's code could not be fetched (the connection dropped): the file was not read.
      setReport({ problems: [strings.fileUnreadable], rowErrors: null });
    }
  };
  const backToSample = () => {
    setReport(null);
    setData({ state: 'loading' });
    loadSample();
  };
  return { data, report, chooseFile, backToSample };
}
