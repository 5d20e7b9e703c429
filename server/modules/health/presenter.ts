import { z } from '@hono/zod-openapi';

export const HealthJson = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    /** embedded = PGlite in the server's process, postgres = a PostgreSQL server. */
    database: z.enum(['embedded', 'postgres']),
  })
  .openapi('Health');
export type HealthJson = z.infer<typeof HealthJson>;
