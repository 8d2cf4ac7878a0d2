/**
 * Where the site build puts the chapters' SCORM packages and what each is called: one place for
 * the build (src/integrations/scormPackages.ts), the service worker that leaves them out, and the
 * instructor's page that links to them, so a renamed file cannot leave a dead download link.
 */

/** The folder of the build output that holds the packages. */
export const scormFolder = 'scorm';

/** A package's file name: `crm-03-customer-value-zh-cn.zip`. */
export const packageName = (slug: string, locale: string): string => `crm-${slug}-${locale}.zip`;
