/**
 * Two sets of answers written out by hand, item by item, with their scores worked on paper in the
 * tests. They are the presets of content/servqual/servqual.yaml (a test holds the file to them),
 * so the figures the e2e tests expect on the page are these too.
 */

/** Hospital outpatient department: expected, perceived, desired, adequate for items 1–22. */
export const hospital = {
  //          tangibles   reliability      responsiveness assurance    empathy
  expected: [5, 6, 5, 5, 7, 7, 7, 7, 7, 6, 6, 6, 6, 7, 7, 6, 7, 6, 5, 6, 6, 6],
  perceived: [5, 4, 6, 4, 4, 5, 5, 3, 6, 3, 3, 4, 3, 6, 6, 5, 6, 3, 4, 3, 4, 3],
  desired: [6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 6, 7, 7, 7, 7, 6, 6, 6, 7, 7],
  adequate: [4, 4, 4, 3, 5, 5, 6, 5, 6, 4, 4, 4, 4, 5, 6, 4, 5, 4, 3, 4, 4, 4],
  importance: { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 15 },
};

/** Bank branch, in the same order. */
export const bank = {
  expected: [6, 6, 6, 5, 7, 6, 7, 7, 7, 6, 6, 6, 6, 6, 7, 6, 6, 5, 6, 5, 5, 5],
  perceived: [7, 6, 7, 6, 6, 5, 6, 6, 7, 4, 3, 5, 4, 6, 7, 6, 5, 4, 3, 4, 3, 4],
  desired: [6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 6, 6, 7, 7, 6, 7, 6, 6, 6, 6, 6],
  adequate: [4, 4, 5, 4, 6, 5, 6, 5, 6, 5, 4, 4, 4, 5, 6, 5, 5, 3, 4, 3, 4, 4],
  importance: { tangibles: 10, reliability: 35, responsiveness: 20, assurance: 20, empathy: 15 },
};
