/**
 * The quiz (or exam) items that check an objective their chapter does not declare. One rule for
 * the build (src/data/quizzes.ts stops on the first), the quiz tests and the content checker
 * (which names the file and line of each).
 */
export function undeclaredObjectives<Item extends { objective: string }>(
  items: readonly Item[],
  objectives: readonly { id: string }[],
): Item[] {
  const declared = new Set(objectives.map((objective) => objective.id));
  return items.filter((item) => !declared.has(item.objective));
}
