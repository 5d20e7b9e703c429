import { ROLES } from '../roles.ts';
import { id, level, text, z } from '../validation.ts';
import { password } from './auth.ts';

export const username = text(64, 3).refine((s) => /^[a-z0-9._-]+$/.test(s), {
  message: 'chỉ gồm chữ thường không dấu, số và các dấu . _ -',
});

export const createUserBody = z.object({
  username,
  password,
  fullName: text(120),
  orgId: id,
  role: z.enum(ROLES),
  clearance: level,
});

export const updateUserBody = z.object({
  fullName: text(120).optional(),
  orgId: id.optional(),
  role: z.enum(ROLES).optional(),
  clearance: level.optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordBody = z.object({ newPassword: password });
