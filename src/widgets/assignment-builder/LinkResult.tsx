/**
 * A made assignment link: the link in a read-only box with a Copy button (and, where the browser
 * refuses the clipboard, the link selected for Ctrl+C), its length against the limit, links to
 * open it as a student and to open its gradebook, and its QR code with a download.
 */
import { useRef } from 'preact/hooks';
import type { InstructorStrings } from '../../i18n/types.ts';
import type { CatalogueChapter } from '../../lib/assignment/catalogue.ts';
import type { LinkCode } from '../../lib/assignment/linkCode.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

export interface MadeLink {
  link: string;
  fragment: string;
  maxLength: number;
  title: string;
  code: LinkCode;
  /** The chapters the assignment uses, whose LMS packages are offered beside the link. */
  chapters: CatalogueChapter[];
}

interface Props {
  made: MadeLink;
  strings: InstructorStrings;
  gradebookPath: string;
  number: (n: number) => string;
  /** Says something in the builder's live region. */
  announce: (message: string) => void;
}

/** A file name from the title: letters (any script) and digits kept, the rest dashes. */
function fileName(title: string): string {
  const stem = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${stem || 'assignment'}-qr.svg`;
}

export function LinkResult({ made, strings, gradebookPath, number, announce }: Props) {
  const box = useRef<HTMLInputElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const label = fillTemplate(strings.qrLabel, { title: made.title });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made.link);
      announce(strings.copied);
    } catch {
      box.current?.focus();
      box.current?.select();
      announce(strings.copyRefused);
    }
  };

  const download = () => {
    if (!svg.current) return;
    const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${svg.current.outerHTML}`;
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName(made.title);
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section class="builder-result" aria-labelledby="builder-result-title">
      <h2 id="builder-result-title">{strings.resultTitle}</h2>
      <div class="field">
        <label for="builder-link">{strings.linkLabel}</label>
        <input
          id="builder-link"
          ref={box}
          type="text"
          readOnly
          value={made.link}
          aria-describedby="builder-link-length"
          onFocus={(event) => event.currentTarget.select()}
        />
        <p class="field-hint" id="builder-link-length">
          {fillTemplate(strings.linkLength, { length: number(made.fragment.length), max: number(made.maxLength) })}
        </p>
      </div>
      <div class="quiz-actions">
        <button type="button" class="button" id="builder-copy" onClick={() => void copy()}>
          {strings.copy}
        </button>
        <a href={made.link} id="builder-open-student">
          {strings.openStudent}
        </a>
        <a href={`${gradebookPath}#${made.fragment}`} id="builder-open-gradebook">
          {strings.openGradebook}
        </a>
      </div>
      <figure class="builder-qr">
        <svg
          ref={svg}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${made.code.side} ${made.code.side}`}
          role="img"
          aria-label={label}
          shape-rendering="crispEdges"
          data-ecc={made.code.ecc}
        >
          <title>{label}</title>
          <rect width={made.code.side} height={made.code.side} fill="#fff" />
          <path d={made.code.path} fill="#000" />
        </svg>
        <figcaption class="field-hint">{strings.qrNote}</figcaption>
      </figure>
      <p>
        <button type="button" class="button-secondary" id="builder-download-qr" onClick={download}>
          {strings.downloadQr}
        </button>
      </p>
    </section>
  );
}
