/**
 * What grading a card sort needs to know, in no language: the categories in display order,
 * whether that order means something (ladder rungs low to high, stages in time), and each card's
 * own category. Both the content file's schema and the one-locale view the island gets fit it.
 */
export interface SortKey {
  /** Category ids in display order; for an ordered set, lowest (or earliest) first. */
  categories: readonly string[];
  ordered: boolean;
  cards: readonly { id: string; category: string }[];
}

/** The learner's placements so far: card id → category id. */
export type Placements = Readonly<Record<string, string>>;
