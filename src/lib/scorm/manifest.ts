/**
 * The `imsmanifest.xml` of a chapter's SCORM 1.2 package: one organization with one item (the
 * chapter, one SCO whose launch page is the chapter page), its mastery score, and every file the
 * package holds, as the ADL SCORM 1.2 content-packaging schemas (imscp_rootv1p1p2.xsd,
 * adlcp_rootv1p2.xsd) describe it.
 */
import { MASTERY_SCORE } from './lessonResult.ts';

export interface ManifestInput {
  /** The package's identifier, also the stem of its file name: `crm-04-satisfaction-en`. */
  identifier: string;
  /** The chapter's title in the package's language: the organization's and the item's title. */
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package but the manifest itself, relative to the package root. */
  files: readonly string[];
}

/** The XML schema files the manifest names; a package carries them at its root, as SCORM 1.2 asks. */
export const SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
] as const;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and in a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** The manifest's XML text. */
export function buildManifest({ identifier, title, launch, files }: ManifestInput): string {
  const id = escapeXml(identifier);
  const name = escapeXml(title);
  const fileLines = [...new Set(files)].sort().map((file) => `      <file href="${escapeXml(file)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${name}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${name}</title>`,
    `        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
    ...fileLines,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
