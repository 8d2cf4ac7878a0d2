/** The packages' imsmanifest.xml against the SCORM 1.2 schemas, and broken manifests that must fail them. */
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../../src/lib/scorm/manifest.ts';
import { validateManifest } from './scormSchemas.ts';

const manifest = buildManifest({
  identifier: 'crm-07-complaints-zh-cn',
  // Characters XML must escape, in a Chinese title.
  title: "第 7 章：顾客抱怨与投诉处理 <“退换货” & '服务补救'>",
  launch: 'chapters/07-complaints/index.html',
  files: [
    'chapters/07-complaints/index.html',
    'quizzes/07-complaints/index.html',
    '_astro/Quiz.x&y.js',
    'scorm-adapter.js',
  ],
});

describe('imsmanifest.xml', () => {
  it('is valid against imscp_rootv1p1p2.xsd and adlcp_rootv1p2.xsd (with ims_xml.xsd)', async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('states SCORM 1.2, one SCO launched at the chapter page, a mastery score of 60 and the title escaped', () => {
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest.match(/<item /g)).toHaveLength(1);
    expect(manifest).toContain('adlcp:scormtype="sco" href="chapters/07-complaints/index.html"');
    expect(manifest).toContain('<adlcp:masteryscore>60</adlcp:masteryscore>');
    expect(manifest).toContain(
      '<title>第 7 章：顾客抱怨与投诉处理 &lt;“退换货” &amp; &apos;服务补救&apos;&gt;</title>',
    );
    expect(manifest).toContain('<file href="_astro/Quiz.x&amp;y.js"/>');
  });

  // A check that passes every manifest proves nothing: each of these breaks one rule of the schemas.
  // (The schemas type adlcp:masteryscore and the IMS schemaversion as free strings, so neither is
  // checked here; the test above pins them.)
  it.each([
    ['a SCORM type the schema does not know', manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')],
    ['an item shown "sometimes"', manifest.replace('isvisible="true"', 'isvisible="sometimes"')],
    ['a file without its href', manifest.replace('<file href="scorm-adapter.js"/>', '<file/>')],
    [
      'an element content packaging does not define',
      manifest.replace('<schema>ADL SCORM</schema>', '<standard>ADL SCORM</standard>'),
    ],
    ['an item without its identifier', manifest.replace(/<item identifier="[^"]*"/, '<item')],
    [
      'resources before organizations',
      manifest.replace(/(<organizations[\s\S]*<\/organizations>)\s*(<resources>[\s\S]*<\/resources>)/, '$2\n$1'),
    ],
  ])('fails with %s', async (_, broken) => {
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});
