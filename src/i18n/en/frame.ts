/** UI strings for the page frame: site name, navigation, home page, chapter page, not-found page, in English. */
import type { FrameStrings } from '../types.ts';

export const frame: FrameStrings = {
  site: {
    title: 'Customer Relationship Management',
    subtitle: 'an interactive course',
    description:
      'A hands-on course in customer relationship management: chapters, cases and interactive models, in Chinese and English.',
  },
  nav: {
    skipToContent: 'Skip to content',
    home: 'Home',
    chapters: 'Chapters',
    onThisPage: 'On this page',
    previous: 'Previous chapter',
    next: 'Next chapter',
    prevNext: 'Previous and next chapter',
    menu: 'Chapter list',
    contents: 'Contents',
    close: 'Close',
    backToTop: 'Back to top',
    languageSwitch: 'Change language',
    themeToggle: 'Dark mode',
    themeOn: ': on',
    themeOff: ': off',
    learnerLinks: 'Your learning',
    instructorLinks: 'For instructors',
    footer: 'Content licensed CC BY-SA 4.0. Your progress stays on your device.',
  },
  home: {
    lead: 'Why do customers stay, and why do they leave? How does a firm find, win and keep the customers worth keeping? This course answers with cases, data and models you can adjust yourself.',
    audience:
      'Written for students of management, marketing and e-commerce, their instructors, and self-learners, on a phone or a laptop.',
    whatYouLearn: 'What you will learn',
    learnItems: {
      foundations:
        'Tell customers, consumers and clients apart, and see why CRM is a philosophy, a process and a technology at once',
      value:
        'Work out what churn and customer lifetime value cost and earn, and check claims such as “5% more retention, 25–85% more profit” against their source',
      satisfaction:
        'Understand where satisfaction comes from, measure it with SERVQUAL, the Kano model and NPS, and see where these tools fall short',
      loyalty: 'See the satisfaction trap: why satisfied customers still leave, and what real loyalty is',
      experience: 'Understand how waiting and complaint handling shape the customer’s experience',
      systems: 'Collect, clean and use customer information the way a CRM system does',
    },
    chapterList: 'Chapters',
    chapterLabel: 'Chapter {n}',
    minutes: 'about {n} min',
  },
  chapter: {
    chapterLabel: 'Chapter {n}',
    chapterLabelShort: 'Ch. {n}',
    readingTime: '{n} min read',
    studyTime: 'about {n} min of study, exercises included',
    readNotSaved:
      'Storage on this device is full or blocked, so this chapter could not be marked as read: your progress page will still list it as unread.',
    objectives: 'Learning objectives',
    objectivesLead: 'After this chapter you should be able to:',
    keyTerms: 'Key terms',
    caseLabel: 'Case',
    teachingNotes: 'Teaching notes for instructors (expand)',
    /** A chapter table's scrolling box, named after its columns. */
    tableLabel: 'Table: {columns}',
    tableColumnSeparator: ', ',
    widgetLabel: 'Interactive exercise',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. The link may be mistyped, or the page has moved.',
    back: 'Back to the course home',
  },
};
