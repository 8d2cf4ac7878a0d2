/** What a completion report file says it is, and the bounds of what a student types into it (src/schemas/assignmentReport.ts). */
export const REPORT_FORMAT = 'crm-assignment-report';
export const REPORT_VERSION = 1;

/** The longest name and student number a report carries (the fields stop there too). */
export const STUDENT_NAME_MAX = 80;
export const STUDENT_NUMBER_MAX = 40;
