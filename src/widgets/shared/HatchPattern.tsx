/**
 * The diagonal hatching that marks the second series of a bar chart (perceived wait, share of
 * profit), so the two series differ by texture as well as colour. Goes inside an SVG's <defs>;
 * bars use it as fill="url(#id)". Colours come from .hatch-ground and .hatch-stripe.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="hatch-ground" width="6" height="6" />
      <rect class="hatch-stripe" width="3" height="6" />
    </pattern>
  );
}
