/**
 * Broken content fails the build with a message that names the file and what is wrong: a
 * chapter's frontmatter, a quiz item that checks an objective its chapter does not declare, a
 * quiz answer that is not among the item's options, queue simulator text that is missing a
 * language or names a lever the engine does not have, loyalty-matrix stories in a cell the
 * matrix does not have, and a card sort with a card in a category it does not have.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

function buildWith(env: Record<string, string>) {
  const result = spawnSync('astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, OUT_DIR: join(mkdtempSync(join(tmpdir(), 'crm-broken-')), 'dist') },
  });
  // Astro colours its messages (it does under CI=true too): compare the words, not the escape codes.
  return { status: result.status, output: (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

it('fails the build naming the chapter file and the broken field', () => {
  const { status, output } = buildWith({ CHAPTERS_DIR: './test/fixtures/broken-chapters' });
  expect(status).not.toBe(0);
  expect(output).toContain('zh-cn/01-broken');
  expect(output).toMatch(/minutes.*Expected type `"number"`, received `"string"`/s);
});

it('fails the build naming the quiz file and the item that checks an undeclared objective', () => {
  const { status, output } = buildWith({ QUIZZES_DIR: './test/fixtures/broken-quizzes/undeclared-objective' });
  expect(status).not.toBe(0);
  expect(output).toContain(
    'undeclared-objective/01-foundations.yaml: item ch1-client-definition checks objective lo-1-9, which chapter 1 does not declare',
  );
});

it('fails the build naming the quiz file and the item whose answer is not an option', () => {
  const { status, output } = buildWith({ QUIZZES_DIR: './test/fixtures/broken-quizzes/answer-not-an-option' });
  expect(status).not.toBe(0);
  expect(output).toContain('answer-not-an-option/01-foundations.yaml');
  expect(output).toContain('ch1-client-definition: answer "named-recrod" is not among the options');
});

it('fails the build naming the queue text file and the preset that lacks a language', () => {
  const { status, output } = buildWith({ QUEUE_TEXT_DIR: './test/fixtures/broken-queue-text/missing-locale' });
  expect(status).not.toBe(0);
  expect(output).toContain('broken-queue-text/missing-locale/simulator.yaml');
  expect(output).toMatch(/presets\.theme-park-ride\.question\.en\W+.*Required/);
});

it('fails the build naming the queue text file and an id the engine does not define', () => {
  const { status, output } = buildWith({ QUEUE_TEXT_DIR: './test/fixtures/broken-queue-text/unknown-id' });
  expect(status).not.toBe(0);
  expect(output).toContain('broken-queue-text/unknown-id/simulator.yaml');
  expect(output).toContain('"unfamilar": no lever has this id in src/lib/queue/waitLevers.ts');
  expect(output).toContain('levers.unfamiliar: this lever has no text');
});

it('fails the build naming the loyalty stories file, the story with an unknown cell and the missing stories', () => {
  const { status, output } = buildWith({ LOYALTY_STORIES_DIR: './test/fixtures/broken-loyalty-stories' });
  expect(status).not.toBe(0);
  expect(output).toContain('broken-loyalty-stories/stories.yaml');
  expect(output).toMatch(
    /stories\.0\.cell\W+.*must be one of the matrix's cells: true-loyalty, latent, spurious, no-loyalty/,
  );
  expect(output).toContain('give at least 10 stories');
});

it('fails the build naming the card-sort file, the card in an unknown category and the category left empty', () => {
  const { status, output } = buildWith({ CARD_SORTS_DIR: './test/fixtures/broken-card-sorts' });
  expect(status).not.toBe(0);
  expect(output).toContain('broken-card-sorts/bond-levels.yaml');
  expect(output).toContain('"emotional" is not one of this file\'s categories: financial, social');
  expect(output).toContain('no card belongs in "social": give it at least one');
});
