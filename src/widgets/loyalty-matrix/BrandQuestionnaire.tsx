/**
 * The questionnaire that places a brand of the learner's own, fetched only when they ask for it:
 * five questions of four answers each (radio buttons, in the fixed order of their scores), the
 * rule in words, and the result as each axis's mean and level, the cell, a warning when an axis
 * is one answer from the line, and what the cell means. The rule is src/lib/loyalty-matrix/
 * brandPlacement.ts; the result goes up to the matrix, where the brand appears in its cell.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LoyaltyMatrixStrings } from '../../i18n/types.ts';
import { placeBrand, type BrandAnswers } from '../../lib/loyalty-matrix/brandPlacement.ts';
import { brandQuestions } from '../../lib/loyalty-matrix/brandQuestions.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import type { BrandMark } from './MatrixGrid.tsx';

interface Props {
  strings: LoyaltyMatrixStrings;
  /** A mean score to at most one decimal, in the page's language. */
  decimal: (value: number) => string;
  /** Called on every answer, for the widget's "tried" mark. */
  onAnswer: () => void;
  /** The brand's cell once every question is answered, or null. */
  onPlace: (brand: BrandMark | null) => void;
}

/** The longest brand name kept: enough for any real one, short enough for a cell of the matrix. */
const NAME_MAX = 40;

export function BrandQuestionnaire({ strings, decimal, onAnswer, onPlace }: Props) {
  const words = strings.brand;
  const [answers, setAnswers] = useState<BrandAnswers>({});
  const [name, setName] = useState('');
  const result = placeBrand(answers);
  const cell = result.ok ? result.placement.cell : null;
  useEffect(() => onPlace(cell ? { name, cell } : null), [cell, name]);

  let sentences: string[];
  if (result.ok) {
    const { placement } = result;
    const axes = (['attitude', 'patronage'] as const).map((axis) => ({
      axis,
      name: strings[axis],
      ...placement[axis],
    }));
    sentences = [
      fillTemplate(words.cell, { brand: name.trim() || words.thisBrand, cell: strings.cells[placement.cell] }),
      ...axes.map(({ name: axis, mean, level }) =>
        fillTemplate(words.axis, { axis, mean: decimal(mean), level: strings.levels[level] }),
      ),
      ...axes.filter(({ nearLine }) => nearLine).map(({ name: axis }) => fillTemplate(words.nearLine, { axis })),
      words.advice[placement.cell],
    ];
  } else {
    // The only problem answers made with these radio buttons can have is being incomplete.
    const open = result.problem.kind === 'unanswered' ? result.problem.questions : [];
    sentences = [
      fillTemplate(words.unanswered, {
        questions: open
          .map((id) => brandQuestions.findIndex((question) => question.id === id) + 1)
          .join(words.listSeparator),
      }),
    ];
  }

  return (
    <div class="lm-questionnaire">
      <p>{words.intro}</p>
      <div class="field">
        <label for="lm-brand-name">{words.name}</label>
        <input
          id="lm-brand-name"
          type="text"
          maxLength={NAME_MAX}
          autoComplete="off"
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      {brandQuestions.map(({ id }) => (
        <fieldset key={id} class="lm-question">
          <legend>{words.questions[id].text}</legend>
          {words.questions[id].options.map((option, score) => (
            <label key={score} class="option-row">
              <input
                type="radio"
                name={`lm-brand-${id}`}
                id={`lm-brand-${id}-${score}`}
                checked={answers[id] === score}
                onChange={() => {
                  setAnswers({ ...answers, [id]: score });
                  onAnswer();
                }}
              />
              {option}
            </label>
          ))}
        </fieldset>
      ))}
      <p class="widget-note">{words.rule}</p>
      <div class="widget-result" data-testid="lm-brand-result">
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {/* Silent until the first answer: opening the questionnaire is not news. */}
      <LiveRegion message={Object.keys(answers).length > 0 ? sentences.join(' ') : ''} />
    </div>
  );
}
