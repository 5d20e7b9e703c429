import { text, z } from '../validation.ts';

export const PASSWORD_MIN = 10;
export const password = z
  .string()
  .min(PASSWORD_MIN, { message: `phải có ít nhất ${PASSWORD_MIN} ký tự` })
  .max(200)
  .refine((s) => !s.includes('\u0000'), { message: 'chứa ký tự không hợp lệ' });

export const loginBody = z.object({
  username: text(64),
  password: z.string().min(1).max(200),
  otp: z
    .string()
    .regex(/^\d{6}$/, { message: 'gồm 6 chữ số' })
    .optional(),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const tokenBody = z.object({ name: text(100) });
export const totpCodeBody = z.object({ code: z.string().regex(/^\d{6}$/, { message: 'gồm 6 chữ số' }) });
