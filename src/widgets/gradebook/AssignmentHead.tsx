/** The class's assignment as the page opens with it: its title, due date, instructions and tasks. */
import type { GradebookStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { Assignment } from '../../schemas/assignment.ts';

interface Props {
  assignment: Assignment;
  taskNames: readonly string[];
  strings: GradebookStrings;
  languageTag: string;
}

export function AssignmentHead({ assignment, taskNames, strings, languageTag }: Props) {
  // The due date is a calendar day; read in UTC it stays that day wherever the page is opened.
  const due =
    assignment.due &&
    new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${assignment.due}T00:00:00Z`),
    );
  return (
    <section class="gradebook-assignment" aria-labelledby="gradebook-assignment-title">
      <h2 id="gradebook-assignment-title">{fillTemplate(strings.assignmentHeading, { title: assignment.title })}</h2>
      {due && <p>{fillTemplate(strings.due, { date: due })}</p>}
      {assignment.instructions && <p class="gradebook-instructions">{assignment.instructions}</p>}
      <h3>{strings.tasksHeading}</h3>
      <ol>
        {taskNames.map((name, index) => (
          <li key={index}>{name}</li>
        ))}
      </ol>
    </section>
  );
}
