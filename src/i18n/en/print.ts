/** UI strings for printing: widget summaries, quiz worksheets and the whole-course page, in English. */
import type { PrintStrings } from '../types.ts';

export const print: PrintStrings = {
  widgets: {
    ChurnCompounding:
      'Interactive exercise on the web page: two firms each start with 1,000 customers and win 100 new ones a year; Firm A loses 5% of its customers a year, Firm B 10%. After 5 years Firm A has about 1,226 customers while Firm B still has 1,000. Readers change churn, new customers, revenue per customer and the horizon to see how the gap builds up.',
    LifetimeValueCalculator:
      'Interactive exercise on the web page: two scenarios of a cohort of 1,000 customers with a ¥100 yearly margin, a 10% discount rate and a ¥150 acquisition cost, retaining 80% (A) or 85% (B) a year. Counting margins at the end of each year, A is worth ¥164.09 per customer after 3 years (payback in year 3) and ¥266.67 over a lifetime. Readers change every input and compare tables, a chart and the effect of more retention.',
    CustomerPyramidExplorer:
      'Interactive exercise on the web page: 3,000 synthetic customers ranked by profit and cut into platinum (top 5%), gold (next 15%), iron (next 50%) and lead tiers; in this sample the top 20% bring about 82% of the profit. Readers move the cut-offs, compare each tier’s share of customers and of profit and its mean RFM scores, and may load their own file.',
    QueueSimulator:
      'An interactive exercise on the web page: a queue simulator. Readers choose one of four scenes (a bank branch, a hospital clinic, a theme-park ride, a telecom hotline), set arrivals, servers, service times, line layout, walking away and giving up, and tick the psychological situations of the wait; the simulator reports actual and perceived waits, utilisation, the share overtaken and the share whose perceived wait exceeded what they accept, and compares two runs.',
    ComplaintRolePlay:
      'Interactive exercise: choose one of several complaint scenarios, answer the customer round by round, watch the customer’s mood change, and read the scores for distributive, procedural and interactional justice and the handling steps you missed.',
    NpsCalculator:
      'Interactive exercise on the web page: enter the number of respondents in each group, or each respondent’s 0–10 score, to get the NPS with its 95% interval (Wald method), and compare two samples. In the example two branches have 80 respondents each and an NPS of +32.5 (interval about +15.3 to +49.7) and +20 (about +2.2 to +37.8); the 95% interval of the +12.5 difference runs from about −12.3 to +37.3 and includes 0, so the gap could be chance.',
    KanoClassifier:
      'Interactive exercise on the web page: 30 riders (invented teaching data) answered a Kano questionnaire on seven features of a ride-hailing app. A clean car comes out must-be, a quick pick-up and a fixed fare quoted before booking one-dimensional, free water and a charging cable attractive, and a driver who chats unprompted reverse; trip sharing with an emergency button is too close to call between must-be and one-dimensional, and choosing the music between indifferent and attractive. Readers see each feature’s answer pairs by class, its Better and Worse coefficients and a scatter chart, and can answer the questions themselves or import survey results.',
    ServqualGapScorer:
      'Interactive exercise on the web page: the 22 SERVQUAL statements, grouped into tangibles, reliability, responsiveness, assurance and empathy. Readers rate expectation and perception of each from 1 to 7 and get each dimension’s gap (perceived − expected), the overall gap unweighted and weighted by importance, and the dimension with the largest gap. For the hospital outpatient example, responsiveness has the largest gap (−2.75) and the overall gap is −1.81. Readers can also switch to desired, adequate and perceived levels to see the zone of tolerance, or import a class’s answers to get confidence intervals.',
    LoyaltyMatrix:
      'Interactive exercise on the web page: {n} short customer stories, each placed by the reader in a cell of the Dick–Basu matrix (true, latent, spurious or no loyalty) by relative attitude and repeat patronage, with an explanation and what the firm should do after each; and a five-question questionnaire that places a brand of the reader’s own in the matrix.',
    SatisfactionLoyaltyCurve:
      'Interactive exercise on the web page: illustrative curves of the likelihood of buying again at satisfaction scores 1 to 5 in a highly competitive market and in one with little competition, with the zones of defection, indifference (quality-insensitive) and affection marked and a slider for switching costs. For the distribution of the chapter’s illustrative calculation (250, 450, 200, 70 and 30 customers scoring 5 down to 1), expected retention is about {competitive} in the competitive market and {sheltered} with little competition, against {table} by the course-note table.',
    LoyaltyScorecard:
      'Interactive exercise on the web page, in two parts. The loyalty scorecard: with the chapter’s weights (repeat purchases 20%, share of wallet 20%, attention to the brand 10%, choice time 10%, price sensitivity 15%, attitude to competitors 15%, tolerance of quality incidents 10%) customer A’s loyalty index is 3.30 and customer B’s 3.95; with repeat purchases and share of wallet at 30% each and the rest at 8%, A scores 3.74 and B 3.64, and the ranking flips. The KPI calculator: 2,000 members at the start, 500 new, 350 lost, 2,150 at the end, 240 upgraded and ¥1,245,000 profit give 82.5% retention, 17.5% defection, a 25% new-customer rate, a 12% upgrade rate and ¥600 average profit per member.',
    PipelineForecast:
      'Interactive exercise on the web page: an invented warehouse-software firm has ten deals this quarter. With the chapter’s example probabilities (first contact 10%, needs confirmed 20%, proposal and quote 50%, negotiation 80%, verbal commitment 90%) the weighted pipeline is {weighted} and the pipeline {pipeline}; against a {quota} quota the chance of reaching it is about {reach}, and P10, P50 and P90 are {p10}, {p50} and {p90}. Readers change the probabilities, the stages and the quota.',
    DataCleaning:
      'An interactive exercise on the web page: a customer table of {n} rows with duplicates written in different ways (full-width digits, spaces and dashes in numbers, an accent, a swapped name order, nicknames) and bad data (impossible dates, mobiles of the wrong length or prefix, malformed e-mails, empty fields). Readers merge duplicates and flag cells by hand and read why each miss or false mark is one; then they tune a matching rule (standardise mobiles and e-mails or not, how to compare names, a points threshold) and see its precision and recall against the answer key.',
    CustomerLadder:
      'Interactive exercise on the web page: {n} short customer stories, each placed by the reader on a rung of the customer ladder (from prospect to partner); checking shows whether each is right, how many rungs off, why, and what a firm does to move customers up from each rung.',
    BondLevels:
      'Interactive exercise on the web page: {n} cards, each a tactic a firm uses to keep customers, sorted by the reader into financial, social or structural bonds; checking shows why for each, and the limit of each kind of bond.',
    RelationshipStages:
      'Interactive exercise on the web page: {n} events of one customer relationship, each placed by the reader on a stage of Dwyer, Schurr and Oh’s model of relationship development; checking shows whether each is right, how many stages off, why, and what the firm should do at each stage.',
  },
  liveAt: 'Try this exercise on the web page:',
  qrLabel: 'QR code: opens this interactive exercise on the web page',
  quizInChapter:
    'This chapter’s quiz is also a printable worksheet with the same questions, with an answer key to add if you wish:',
  quizQrLabel: 'QR code: opens this chapter’s quiz worksheet',
  worksheet: {
    link: 'Print this quiz as a worksheet',
    pageTitle: 'Chapter {n} quiz worksheet: {title}',
    lead: 'This worksheet holds all {count} questions of the chapter {n} quiz, for pen-and-paper practice or a quiz in class. The options come in one fixed order, the same on every copy, so one answer key marks the whole class’s worksheets.',
    howTo:
      'Print this page with the browser’s Print command (Ctrl+P, or ⌘P on a Mac) on A4 paper. The box below decides whether the answer key is printed.',
    includeKey: 'Print the answer key and explanations too (starting on a new page)',
    includeKeyHint:
      'Left unticked, the answer key is neither shown nor printed, so a worksheet handed to students carries no answers; tick it for your own copy.',
    studentName: 'Name',
    studentClass: 'Class',
    date: 'Date',
    items: 'Questions',
    answerLine: 'Answer:',
    typeHint: {
      single: 'Single choice: circle one letter.',
      multiple: 'Multiple choice: circle the letters of every correct option.',
      trueFalse: 'True or false: circle one.',
      ordering: 'Ordering: write the letters in the right order.',
      matching: 'Matching: on the line after each item on the left, write the letter of its partner on the right.',
      categorising: 'Sorting: on the line after each item, write the letter of the category it belongs to.',
      numeric: 'Calculation: show your working and the result.',
      text: 'Fill in: write a word or a short phrase.',
    },
    categories: 'Categories',
    unit: 'Unit: {unit}',
    keyTitle: 'Answer key and explanations',
    keyLead: 'Answers to the chapter {n} quiz worksheet. The letters are those of the options on the worksheet.',
    keyItem: 'Question {n}',
    answer: 'Answer: ',
    explanation: 'Why: ',
    backToQuiz: 'Back to the quiz on the web',
  },
  course: {
    link: 'Print the whole course',
    pageTitle: 'The whole course, for printing',
    lead: 'This page holds the text of all {n} chapters in order, each starting on a new page: print it as a handout or save it as a PDF. Interactive exercises print as a description with their web address and a QR code.',
    howTo:
      'Print this page with the browser’s Print command (Ctrl+P, or ⌘P on a Mac) on A4 paper. Teaching notes for instructors are left out unless you open them on the page first.',
    contents: 'Contents',
    worksheets: 'Quiz worksheets, chapter by chapter',
    worksheetLink: 'Chapter {n} worksheet',
    homeTitle: 'Printing and handouts',
    homeLead:
      'Every chapter prints from the browser as an A4 handout. You can also print the whole course at once, or each chapter’s quiz as a paper worksheet (with an answer key if you wish).',
  },
};
