/** Types for the one file of @mozilla/readability the engine imports (the cheap readerable check). */
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Element) => boolean },
  ): boolean;
}
