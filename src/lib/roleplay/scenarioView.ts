/**
 * A role-play scenario in one language, as the page hands it to the widget (the other language's
 * text never reaches the browser), and the way back to the engine's shape. The engine, the path
 * search and the debrief read only ids, effects, links and endings, never the text, so the view
 * can drive them unchanged.
 */
import type {
  ChoiceEffects,
  EndingKind,
  FailureType,
  HandlingStep,
  LocalizedText,
  Mood,
  Scenario,
} from './scenarioTypes.ts';
import { locales, type Locale } from '../../i18n/locales.ts';

export type ViewLocale = keyof LocalizedText;

export interface ChoiceView {
  id: string;
  text: string;
  steps: HandlingStep[];
  effects: ChoiceEffects;
  feedback: string;
  next: string;
}

export interface NodeView {
  id: string;
  mood: Mood;
  customer: string;
  choices?: ChoiceView[] | undefined;
  ending?: EndingKind | undefined;
  /** At an ending: the justice total it takes, and the ending reached instead when short of it. */
  requires?: { total: number } | undefined;
  otherwise?: string | undefined;
}

export interface ScenarioView {
  id: string;
  title: string;
  business: string;
  failure: string;
  failureType: FailureType;
  role: string;
  startEmotion: number;
  start: string;
  nodes: NodeView[];
}

export function localizeScenario(scenario: Scenario, locale: ViewLocale): ScenarioView {
  return {
    id: scenario.id,
    title: scenario.title[locale],
    business: scenario.setting.business[locale],
    failure: scenario.setting.failure[locale],
    failureType: scenario.setting.failureType,
    role: scenario.setting.role[locale],
    startEmotion: scenario.startEmotion,
    start: scenario.start,
    nodes: scenario.nodes.map((node) => ({
      id: node.id,
      mood: node.mood,
      customer: node.customer[locale],
      ...(node.ending ? { ending: node.ending } : {}),
      ...(node.requires ? { requires: { total: node.requires.total } } : {}),
      ...(node.otherwise !== undefined ? { otherwise: node.otherwise } : {}),
      ...(node.choices
        ? {
            choices: node.choices.map((choice) => ({
              id: choice.id,
              text: choice.text[locale],
              steps: choice.steps,
              effects: choice.effects,
              feedback: choice.feedback[locale],
              next: choice.next,
            })),
          }
        : {}),
    })),
  };
}

/** The same text under every locale key: only so the view fits the engine's type, which never reads it. */
const asLocalized = (text: string): LocalizedText =>
  Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, string>;

export function engineScenario(view: ScenarioView): Scenario {
  return {
    id: view.id,
    title: asLocalized(view.title),
    setting: {
      business: asLocalized(view.business),
      failure: asLocalized(view.failure),
      failureType: view.failureType,
      role: asLocalized(view.role),
    },
    startEmotion: view.startEmotion,
    start: view.start,
    nodes: view.nodes.map((node) => ({
      id: node.id,
      mood: node.mood,
      customer: asLocalized(node.customer),
      ending: node.ending,
      requires: node.requires,
      otherwise: node.otherwise,
      choices: node.choices?.map((choice) => ({
        ...choice,
        text: asLocalized(choice.text),
        feedback: asLocalized(choice.feedback),
      })),
    })),
  };
}

/** Every reply of the scenario by id, to show the text of a choice the debrief names. */
export function choicesById(view: ScenarioView): Map<string, ChoiceView> {
  return new Map(view.nodes.flatMap((node) => (node.choices ?? []).map((choice) => [choice.id, choice] as const)));
}
