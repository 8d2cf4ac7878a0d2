/**
 * Which customers the explorer shows: the bundled sample (fetched from this site, so nothing
 * leaves it) until the student chooses a file of their own, and what came of the last file
 * chosen. Reading and checking a file are src/lib/rfm/customerFile.ts; this hook keeps the state.
 */
import { useEffect, useState } from 'preact/hooks';
import { readCustomerFile, type CustomerFile } from '../../lib/rfm/customerFile';
import type { CustomerRecord } from '../../lib/rfm/customerRecord';
import { importCustomerCsv } from '../../lib/rfm/importCustomers';

export type CustomerData =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; customers: CustomerRecord[]; own: boolean };

export interface CustomerSource {
  data: CustomerData;
  /** What came of the file chosen last; null while the sample is shown or a file is being read. */
  file: CustomerFile | null;
  chooseFile: (file: File) => Promise<void>;
  backToSample: () => void;
}

export function useCustomerData(sampleUrl: string): CustomerSource {
  const [data, setData] = useState<CustomerData>({ state: 'loading' });
  const [file, setFile] = useState<CustomerFile | null>(null);
  const loadSample = () => {
    fetch(sampleUrl)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((csv) => setData({ state: 'ready', customers: importCustomerCsv(csv).customers, own: false }))
      .catch(() => setData({ state: 'failed' }));
  };
  useEffect(loadSample, [sampleUrl]);

  const chooseFile = async (chosen: File) => {
    setFile(null);
    const read = await readCustomerFile(chosen);
    setFile(read);
    if (read.ok) setData({ state: 'ready', customers: read.customers, own: true });
  };
  const backToSample = () => {
    setFile(null);
    setData({ state: 'loading' });
    loadSample();
  };
  return { data, file, chooseFile, backToSample };
}
