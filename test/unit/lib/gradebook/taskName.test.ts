/** Task names for the class table's headers, from a small catalogue; ids stand in for what it lacks. */
import { describe, expect, it } from 'vitest';
import type { AssignmentCatalogue } from '../../../../src/lib/assignment/catalogue.ts';
import { taskName, type TaskNameWords } from '../../../../src/lib/gradebook/taskName.ts';
import { responseText, type ResponseWords } from '../../../../src/lib/gradebook/responseText.ts';

const catalogue: AssignmentCatalogue = {
  chapters: [
    {
      slug: '03-customer-value',
      number: 3,
      title: '客户价值',
      href: '/chapters/03-customer-value/',
      quizItems: [],
      examItems: [],
      widgets: [{ id: 'LifetimeValueCalculator', label: '客户终身价值计算器', href: '/x' }],
    },
  ],
  scenarios: [{ id: 'lost-parcel', label: '丢失的包裹', href: '/y' }],
};
const words: TaskNameWords = {
  read: '阅读第 {chapter} 章',
  quiz: '第 {chapter} 章测验（{mode}）',
  quizItems: '第 {chapter} 章测验 {count} 题（{mode}）',
  practice: '练习',
  test: '测试',
  roleplay: '角色扮演：{scenario}',
  exam: '考试题 {count} 道',
  exercise: '{widget}（第 {chapter} 章）',
};

describe('taskName', () => {
  it('names each kind of task', () => {
    expect(taskName({ kind: 'read', chapter: '03-customer-value' }, catalogue, words)).toBe('阅读第 3 章');
    expect(taskName({ kind: 'quiz', chapter: '03-customer-value', mode: 'test' }, catalogue, words)).toBe(
      '第 3 章测验（测试）',
    );
    expect(
      taskName({ kind: 'quiz', chapter: '03-customer-value', mode: 'practice', items: ['a', 'b'] }, catalogue, words),
    ).toBe('第 3 章测验 2 题（练习）');
    expect(taskName({ kind: 'roleplay', scenario: 'lost-parcel' }, catalogue, words)).toBe('角色扮演：丢失的包裹');
    expect(taskName({ kind: 'exam', items: ['ch6-a', 'ch6-b', 'ch7-c'] }, catalogue, words)).toBe('考试题 3 道');
    expect(
      taskName({ kind: 'exercise', chapter: '03-customer-value', widget: 'LifetimeValueCalculator' }, catalogue, words),
    ).toBe('客户终身价值计算器（第 3 章）');
  });

  it('falls back on the slug number and ids for what the catalogue does not hold', () => {
    expect(taskName({ kind: 'read', chapter: '12-future' }, catalogue, words)).toBe('阅读第 12 章');
    expect(taskName({ kind: 'roleplay', scenario: 'gone' }, catalogue, words)).toBe('角色扮演：gone');
    expect(taskName({ kind: 'exercise', chapter: '12-future', widget: 'Nope' }, catalogue, words)).toBe(
      'Nope（第 12 章）',
    );
  });
});

describe('responseText', () => {
  const answerWords: ResponseWords = {
    true: '对',
    false: '错',
    then: ' → ',
    and: '、',
    formatNumber: (value) => new Intl.NumberFormat('zh-CN').format(value),
  };
  const item = {
    choices: [
      { id: 'a', text: '留存' },
      { id: 'b', text: '获客' },
    ],
    left: [{ id: 'x', text: '满意' }],
    right: [{ id: '1', text: '态度' }],
  };

  it('puts an answer in the words of the item it answers', () => {
    expect(responseText({ kind: 'single', choice: 'b' }, item, answerWords)).toBe('获客');
    expect(responseText({ kind: 'multiple', choices: ['b', 'a'] }, item, answerWords)).toBe('获客、留存');
    expect(responseText({ kind: 'ordering', order: ['a', 'b'] }, item, answerWords)).toBe('留存 → 获客');
    expect(responseText({ kind: 'matching', pairs: { x: '1' } }, item, answerWords)).toBe('满意 — 态度');
    expect(responseText({ kind: 'categorising', placements: { a: '1' } }, item, answerWords)).toBe('留存: 态度');
    expect(responseText({ kind: 'trueFalse', choice: false }, item, answerWords)).toBe('错');
    expect(responseText({ kind: 'numeric', value: 1234.5 }, item, answerWords)).toBe('1,234.5');
    expect(responseText({ kind: 'text', text: '客户份额' }, item, answerWords)).toBe('客户份额');
  });

  it('shows an id the item does not hold as the id', () => {
    expect(responseText({ kind: 'single', choice: 'z' }, item, answerWords)).toBe('z');
    expect(responseText({ kind: 'single', choice: 'a' }, undefined, answerWords)).toBe('a');
  });
});
