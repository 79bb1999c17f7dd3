// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { openComplaint } from '@/lib/crm/complaints';
import { viewComplaint } from '@/lib/db/complaints/complaints';
import { createI18n } from '@/lib/i18n';
import { RpcError } from '@/lib/messaging/client';
import { ComplaintCard } from './ComplaintCard';
import { crmErrorText } from './crm-error';

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

describe('CRM error messages', () => {
  it('translates a refused change, and describes anything else as usual', () => {
    const zh = createI18n('zh-CN');
    expect(crmErrorText(zh, new RpcError('failed', 'step-out-of-order'))).toBe('请按顺序完成：上一步尚未完成。');
    expect(crmErrorText(createI18n('en'), new RpcError('failed', 'disk on fire'))).toContain('disk on fire');
  });
});
