/** The SERVQUAL gap scorer's items and presets (content/servqual/servqual.yaml), for its wrapper to put in one locale. */
import { getEntry } from 'astro:content';
import type { ServqualData } from '../schemas/servqualData.ts';

export async function servqualData(): Promise<ServqualData> {
  const entry = await getEntry('servqual', 'servqual');
  if (!entry) throw new Error('content/servqual/servqual.yaml is missing: the SERVQUAL scorer has no items to show');
  return entry.data;
}
