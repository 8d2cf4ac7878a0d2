/** A chapter with broken frontmatter fails the build, and the message names the file and the field. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('fails the build naming the chapter file and the broken field', () => {
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CHAPTERS_DIR: './test/fixtures/broken-chapters',
      OUT_DIR: join(mkdtempSync(join(tmpdir(), 'crm-broken-')), 'dist'),
    },
  });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('zh-cn/01-broken');
  expect(output).toMatch(/minutes.*Expected type `"number"`, received `"string"`/s);
});
