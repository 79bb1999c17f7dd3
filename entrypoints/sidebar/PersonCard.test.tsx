// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { newContact } from '@/lib/db/contacts/contacts';
import { createI18n } from '@/lib/i18n';
import { PersonCard } from './PersonCard';

afterEach(cleanup);

describe('the sidebar card', () => {
  it('names the owner (客户经理) when the customer has one', () => {
    const contact = { ...newContact({ name: 'Mei Chen', source: 'manual' }, 'mei', 1), owner: 'Ann' };
    render(
      <I18nProvider value={createI18n('en')}>
        <PersonCard card={{ contact, recent: [], notes: [], openComplaints: [] }} />
      </I18nProvider>,
    );
    expect(screen.getByText('Owner: Ann')).toBeTruthy();
  });
});
