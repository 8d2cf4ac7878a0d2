/**
 * UI strings whose `{name}` placeholders the type checker knows, and the filler that replaces
 * them: a template typed from the default locale's literal text demands exactly its placeholders,
 * so a missing or misspelt `{name}` fails the type check instead of showing up in a page.
 */

/** The placeholder names in a literal string: "第 {n} 章，{title}" → "n" | "title". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

declare const placeholderNames: unique symbol;

/** A string that may contain the placeholders `P` (any string of any locale is one). */
export type Template<P extends string = never> = string & { readonly [placeholderNames]?: P };

/** A strings module with every literal leaf turned into a template carrying its placeholders. */
export type Localized<T> = T extends string
  ? Template<Placeholders<T>>
  : T extends readonly (infer Element)[]
    ? readonly Localized<Element>[]
    : { readonly [K in keyof T]: Localized<T[K]> };

/** Exactly the values a template needs: none at all for a template without placeholders. */
export type TemplateValues<P extends string> = [P] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [K in P]: string | number };

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it is noticed. */
export function fillTemplate<P extends string>(template: Template<P>, values: TemplateValues<P>): string {
  const given: Readonly<Record<string, string | number>> = values;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(given, name) ? String(given[name]) : whole,
  );
}
