// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { openComplaint } from '@/lib/crm/complaints';
import { viewComplaint } from '@/lib/db/complaints/complaints';
import { ComplaintCard } from './ComplaintCard';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;

afterEach(cleanup);

function complaintReceived(hoursAgo: number) {
  const opened = openComplaint({
    receivedAt: NOW - hoursAgo * HOUR,
    severity: 'high',
    tier: 'B',
    category: 'Late delivery',
  });
  if (!opened.ok) throw new Error(opened.error);
  const record = {
    id: 'c1',
    contactId: 'ann',
    description: 'Two weeks late',
    state: { ...opened.state, steps: [...opened.state.steps] },
    open: 1 as const,
    createdAt: NOW,
    updatedAt: NOW,
  };
  return viewComplaint(record, 'Ann', NOW);
}

describe('a complaint card', () => {
  it('offers only the next step, and marks a missed deadline', () => {
    render(<ComplaintCard complaint={complaintReceived(10)} now={NOW} />);
    expect(screen.getByRole('button', { name: 'Done: Acknowledge and listen' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Done: Investigate' })).toHaveProperty('disabled', true);
    const first = screen.getByText('Acknowledge and listen').closest('li');
    expect(first?.className).toContain('overdue');
    expect(first?.textContent).toContain('overdue');
  });
});
