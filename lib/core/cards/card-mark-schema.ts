import { z } from 'zod';
import type { Flag, MarkAction } from './card-mark';

/** The schemas of card marks' inputs, apart from card-mark.ts so that client code never bundles zod. */
export const FlagSchema = z.number().int().min(0).max(7) satisfies z.ZodType<Flag>;

export const MarkActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('suspend') }),
  z.object({ type: z.literal('unsuspend') }),
  z.object({ type: z.literal('bury') }),
  z.object({ type: z.literal('unbury') }),
  z.object({ type: z.literal('flag'), flag: FlagSchema }),
]) satisfies z.ZodType<MarkAction>;
