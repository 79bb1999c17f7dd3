// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { createI18n, type I18n } from '@/lib/i18n';
import { type Feedback, FeedbackProvider, useFeedback } from './feedback';

let feedback: Feedback;
function Grab() {
  feedback = useFeedback();
  return null;
}
const describePlainly = (_i18n: I18n, error: unknown) => `page says: ${String(error)}`;

beforeEach(() => {
  render(
    <I18nProvider value={createI18n('en')}>
      <FeedbackProvider describe={describePlainly}>
        <Grab />
      </FeedbackProvider>
    </I18nProvider>,
  );
});

afterEach(cleanup);

const toast = () => screen.getByRole('status');
const undoButton = () => screen.queryByRole('button', { name: 'Undo' });

describe("the page's feedback", () => {
  it('says one thing at a time, the newest replacing the last', () => {
    act(() => feedback.say('Saved.'));
    expect(toast().textContent).toBe('Saved.');
    act(() => feedback.say('Saved again.'));
    expect(toast().textContent).toBe('Saved again.');
    expect(toast().classList.contains('error')).toBe(false);
  });

  it('describes a failure as the page does, or as the caller asks, in the error tone', () => {
    act(() => feedback.fail('boom'));
    expect(toast().textContent).toBe('page says: boom');
    expect(toast().classList.contains('error')).toBe(true);
    act(() => feedback.fail('boom', (_i18n, e) => `crm says: ${String(e)}`));
    expect(toast().textContent).toBe('crm says: boom');
  });

  it('offers Undo; pressing it hides the offer at once, takes the change back, then says so', async () => {
    let finish: () => void = () => undefined;
    const undo = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    act(() => feedback.offerUndo('Logged 2 emails.', { undo, undone: 'Log undone.' }));
    expect(toast().textContent).toContain('Logged 2 emails.');
    act(() => {
      fireEvent.click(undoButton() as HTMLElement);
    });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(undoButton()).toBeNull();
    expect(toast().classList.contains('visible')).toBe(false);
    await act(async () => finish());
    expect(toast().textContent).toBe('Log undone.');
    expect(undoButton()).toBeNull();
  });

  it('reports an undo that failed, described as the offer asks', async () => {
    const undo = () => Promise.reject('gone');
    act(() =>
      feedback.offerUndo('Next step saved.', {
        undo,
        undone: 'Change undone.',
        describe: (_i18n, e) => `crm says: ${String(e)}`,
      }),
    );
    await act(async () => {
      fireEvent.click(undoButton() as HTMLElement);
    });
    expect(toast().textContent).toBe('crm says: gone');
    expect(toast().classList.contains('error')).toBe(true);
  });
});
