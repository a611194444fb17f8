// Bodies of the routes that belong to one person rather than to a space's referee: the dates
// they keep, how often they want email, and the password that confirms deleting the account.
import { z } from 'zod';
import { isValidMonthDay } from './dates.ts';
import { oneLine } from './schemas.ts';
import { Limits } from './wire.ts';

export const EMAIL_FREQUENCIES = ['never', 'daily', 'weekly'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

export const dateBody = z
  .strictObject({
    label: oneLine(Limits.dateLabelChars).pipe(z.string().min(1, 'Please write what the day is.')),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    remindDaysBefore: z.number().int().min(0).max(Limits.remindDaysBeforeMax),
  })
  .refine((d) => isValidMonthDay(d.month, d.day), { message: 'That day does not exist in that month.', path: ['day'], params: { kind: 'not-a-date' } });

export const remindersBody = z.strictObject({ email: z.enum(EMAIL_FREQUENCIES) });

export const deleteAccountBody = z.strictObject({
  password: z.string().min(1).max(Limits.passwordMaxChars),
});

export type DateBody = z.infer<typeof dateBody>;
export type RemindersBody = z.infer<typeof remindersBody>;
