// What a copy tree may hold: keys made of letters, digits and dashes, and words that are never
// empty. Apart from copy.ts so the client, which only reads words, loads no schema library.
import { z } from 'zod';
import type { Copy } from './copy.ts';

export const copySchema: z.ZodType<Copy> = z.lazy(() =>
  z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/), z.union([z.string().min(1), copySchema])),
);
