/** The banner that says the results shown come from the last valid input, while some input needs fixing. */
export function StaleNotice({ text }: { text: string }) {
  return (
    <p class="stale-notice">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}
