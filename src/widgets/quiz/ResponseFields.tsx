/**
 * The fields for answering one item, by question type; every one works by keyboard and by tap.
 * Ordering uses Move up / Move down buttons (no drag needed); matching and categorising use one
 * select per thing to place. Controlled: the parent holds the input and is told of each change.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { QuizStrings } from '../../i18n/types.ts';
import type { ItemInput } from '../../lib/quiz/itemInput.ts';
import type { Choice, QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { ANSWER_TEXT_MAX, NUMBER_TEXT_MAX } from '../../lib/progress/progressState.ts';

interface Props {
  item: QuizItemView;
  input: ItemInput;
  onInput: (input: ItemInput) => void;
  /** Ids of the prompt and of any problem message, so every field is named and described. */
  promptId: string;
  describedBy: string | undefined;
  invalid: boolean;
  strings: QuizStrings;
  announce: (message: string) => void;
}

function ChoiceList({ item, input, onInput, promptId, describedBy, strings }: Props) {
  const name = `${promptId}-choice`;
  if (input.kind === 'multiple') {
    return (
      <div role="group" aria-labelledby={promptId} aria-describedby={describedBy} class="quiz-choices">
        {item.choices.map((choice) => (
          <label key={choice.id} class="quiz-choice">
            <input
              type="checkbox"
              name={name}
              checked={input.choices.includes(choice.id)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                const others = input.choices.filter((id) => id !== choice.id);
                onInput({ kind: 'multiple', choices: checked ? [...others, choice.id] : others });
              }}
            />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    );
  }
  const options: { value: string | boolean; text: string }[] =
    input.kind === 'trueFalse'
      ? [
          { value: true, text: strings.true },
          { value: false, text: strings.false },
        ]
      : item.choices.map((choice) => ({ value: choice.id, text: choice.text }));
  const chosen = input.kind === 'single' || input.kind === 'trueFalse' ? input.choice : undefined;
  return (
    <div role="radiogroup" aria-labelledby={promptId} aria-describedby={describedBy} class="quiz-choices">
      {options.map((option) => (
        <label key={String(option.value)} class="quiz-choice">
          <input
            type="radio"
            name={name}
            checked={chosen === option.value}
            onChange={() => onInput({ kind: input.kind, choice: option.value } as ItemInput)}
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}

function OrderList({ item, input, onInput, promptId, describedBy, strings, announce }: Props) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Focus follows the moved item, so pressing the same button again keeps moving it. A layout
  // effect moves it in the same task as the render, before a quick second key press.
  const follow = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    if (follow.current) buttons.current.get(follow.current)?.focus();
    follow.current = undefined;
  });
  if (input.kind !== 'ordering') return null;
  const textOf = (id: string) => item.choices.find((choice) => choice.id === id)?.text ?? id;
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= input.order.length) return;
    const order = [...input.order];
    const [moved] = order.splice(index, 1);
    order.splice(target, 0, moved!);
    onInput({ kind: 'ordering', order });
    announce(fillTemplate(strings.moved, { item: textOf(moved!), n: target + 1, total: order.length }));
    follow.current = `${moved}:${by}`;
  };
  return (
    <ol class="quiz-order" aria-labelledby={promptId} aria-describedby={describedBy}>
      {input.order.map((id, index) => (
        <li key={id}>
          <span class="quiz-order-text">{textOf(id)}</span>
          <span class="quiz-order-buttons">
            {([-1, 1] as const).map((by) => {
              const atEnd = by === -1 ? index === 0 : index === input.order.length - 1;
              return (
                <button
                  key={by}
                  type="button"
                  class="button-secondary"
                  ref={(element) => {
                    if (element) buttons.current.set(`${id}:${by}`, element);
                  }}
                  aria-label={fillTemplate(by === -1 ? strings.moveUpLabel : strings.moveDownLabel, {
                    item: textOf(id),
                  })}
                  aria-disabled={atEnd ? 'true' : undefined}
                  onClick={() => move(index, by)}
                >
                  <span aria-hidden="true">{by === -1 ? '↑' : '↓'}</span>
                  <span class="quiz-order-button-text">{by === -1 ? strings.moveUp : strings.moveDown}</span>
                </button>
              );
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

function PlacementList({ item, input, onInput, promptId, describedBy, strings }: Props) {
  if (input.kind !== 'matching' && input.kind !== 'categorising') return null;
  const things: Choice[] = input.kind === 'matching' ? item.left : item.choices;
  const placed = input.kind === 'matching' ? input.pairs : input.placements;
  const place = (thing: string, target: string) => {
    const next = { ...placed };
    if (target) next[thing] = target;
    else delete next[thing];
    onInput(input.kind === 'matching' ? { kind: 'matching', pairs: next } : { kind: 'categorising', placements: next });
  };
  return (
    <div role="group" aria-labelledby={promptId} aria-describedby={describedBy} class="quiz-placements">
      {things.map((thing) => {
        const id = `${promptId}-${thing.id}`;
        return (
          <div key={thing.id} class="quiz-placement">
            <label for={id}>{thing.text}</label>
            <select
              id={id}
              value={placed[thing.id] ?? ''}
              onChange={(event) => place(thing.id, event.currentTarget.value)}
            >
              <option value="">{strings.choose}</option>
              {item.right.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

function TypedAnswer({ item, input, onInput, promptId, describedBy, invalid, strings }: Props) {
  if (input.kind !== 'numeric' && input.kind !== 'text') return null;
  const id = `${promptId}-answer`;
  const formatHintId = `${promptId}-format`;
  const numeric = input.kind === 'numeric';
  // The box stops where the record does, so an answer can always be saved; near that, it says so.
  const max = numeric ? NUMBER_TEXT_MAX : ANSWER_TEXT_MAX;
  const left = max - input.text.length;
  const counterId = left <= max / 10 ? `${promptId}-left` : '';
  return (
    <div class="field quiz-typed">
      <label for={id}>{strings.yourAnswer}</label>
      <span class="quiz-typed-row">
        <input
          id={id}
          type="text"
          inputMode={numeric ? 'decimal' : 'text'}
          autoComplete="off"
          spellcheck={false}
          maxLength={max}
          value={input.text}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={[promptId, numeric ? formatHintId : '', counterId, describedBy ?? '']
            .filter(Boolean)
            .join(' ')}
          onInput={(event) => onInput({ kind: input.kind, text: event.currentTarget.value })}
        />
        {item.unit && <span class="quiz-unit">{item.unit}</span>}
      </span>
      {numeric && (
        <span id={formatHintId} class="widget-note">
          {strings.formatHint[item.format]}
        </span>
      )}
      {counterId && (
        <span id={counterId} class="widget-note">
          {fillTemplate(strings.charactersLeft, { n: left })}
        </span>
      )}
    </div>
  );
}

export function ResponseFields(props: Props) {
  switch (props.input.kind) {
    case 'single':
    case 'multiple':
    case 'trueFalse':
      return <ChoiceList {...props} />;
    case 'ordering':
      return <OrderList {...props} />;
    case 'matching':
    case 'categorising':
      return <PlacementList {...props} />;
    default:
      return <TypedAnswer {...props} />;
  }
}
