/** The course's own client directives, for type-checking `.astro` templates. */
declare module 'astro' {
  interface AstroClientDirectives {
    /** Prefetch the island's code when the browser is idle after load; hydrate it near the viewport. */
    'client:near'?: boolean;
  }
}

export {};
