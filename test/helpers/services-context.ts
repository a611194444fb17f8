// What the global setup (test/services-setup.ts) hands to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    /** An administrator's URL of the PostgreSQL the run shares, or null when there is none. */
    pgUrl: string | null;
  }
}

export {};
