/**
 * The slice of jsdom's API the kit uses (build-time chart rendering); jsdom ships no types of
 * its own and the project does not depend on @types/jsdom.
 */
declare module 'jsdom' {
  export class JSDOM {
    constructor(
      html?: string,
      options?: { url?: string; pretendToBeVisual?: boolean; contentType?: string },
    );
    readonly window: Window & typeof globalThis;
    serialize(): string;
  }
}
