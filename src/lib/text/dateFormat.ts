/**
 * A moment as the page's language writes it (date and time), once per language. A moment no date
 * can hold gives an empty string instead of an error, so one bad timestamp never breaks a page.
 */
export function dateFormat(languageTag: string): (time: number | Date) => string {
  const format = new Intl.DateTimeFormat(languageTag, { dateStyle: 'medium', timeStyle: 'short' });
  return (time) => {
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? '' : format.format(date);
  };
}
