import type { I18n } from '@/lib/i18n';
import type { NextStep } from '@/lib/schema/records';

/** A playbook step is stored as a code and shown in the reader's language; a typed step as written. */
export function nextStepText(i18n: I18n, step: Pick<NextStep, 'text' | 'code'>): string {
  return step.code ? i18n.t(`card.winBack.step.${step.code}`) : step.text;
}
