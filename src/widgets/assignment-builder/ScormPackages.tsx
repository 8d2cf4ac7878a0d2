/**
 * Under a made link: the SCORM 1.2 packages of the chapters the assignment uses, in the page's
 * language, as plain download links to the files the site build wrote
 * (src/integrations/scormPackages.ts), with what a package holds and who keeps the results once a
 * platform has it.
 */
import type { InstructorStrings } from '../../i18n/types.ts';
import type { CatalogueChapter } from '../../lib/assignment/catalogue.ts';
import { packageName } from '../../lib/scorm/packageFiles.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  chapters: readonly CatalogueChapter[];
  /** The packages' folder with the site's base (`/crm/scorm/`). */
  packagesPath: string;
  locale: string;
  strings: InstructorStrings;
}

export function ScormPackages({ chapters, packagesPath, locale, strings }: Props) {
  return (
    <section class="builder-scorm" aria-labelledby="builder-scorm-title">
      <h2 id="builder-scorm-title">{strings.scormTitle}</h2>
      <p>{strings.scormLead}</p>
      <ul id="builder-scorm-list">
        {chapters.map((chapter) => {
          const name = packageName(chapter.slug, locale);
          return (
            <li key={chapter.slug}>
              <a href={packagesPath + name} id={`builder-scorm-${chapter.slug}`} download={name}>
                {fillTemplate(strings.scormLink, { n: String(chapter.number), title: chapter.title })}
              </a>
            </li>
          );
        })}
      </ul>
      <p class="field-hint">{strings.scormKeeps}</p>
    </section>
  );
}
