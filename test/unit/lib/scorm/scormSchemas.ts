/**
 * Validates an imsmanifest.xml against the vendored SCORM 1.2 schemas (src/scorm/schemas/)
 * with libxml2's xmllint, compiled to wasm. libxml2 is stricter than the Xerces parser of ADL's
 * own test suite about two things in these 2001 files, so: ims_xml.xsd is read without its
 * binding of the XML namespace as the default namespace (which the XML namespace rules forbid;
 * nothing in the file uses it: every reference is `xsd:`-prefixed), and the IMS meta-data schema
 * (imsmd_rootv1p2p1.xsd, whose content models libxml2 rejects as non-deterministic) is not
 * loaded: the manifests use none of its elements, so the namespaces they do use are all checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const folder = 'src/scorm/schemas';
const files = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];

/** One schema that brings in the two a SCORM 1.2 manifest mixes: IMS content packaging and ADL's extensions. */
const driver = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:crm-course:scorm12-manifest">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>
`;

export async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'manifest-driver.xsd', contents: driver }],
    preload: files.map((fileName) => ({
      fileName,
      contents: readFileSync(join(folder, fileName), 'utf8').replace(
        'xmlns="http://www.w3.org/XML/1998/namespace"',
        '',
      ),
    })),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
