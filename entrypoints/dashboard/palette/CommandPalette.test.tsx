// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandPalette } from './CommandPalette';
import type { PaletteCommand } from './palette-command';

vi.mock('@/lib/protocol/client', () => ({ rpc: vi.fn(async () => []) }));
afterEach(cleanup);

function setup(extra: Partial<PaletteCommand> = {}) {
  const ran: string[] = [];
  const onClose = vi.fn();
  const commands: PaletteCommand[] = [
    { id: 'a', kind: 'view', label: 'Overview', run: () => ran.push('overview') },
    { id: 'b', kind: 'view', label: 'Settings', run: () => ran.push('settings') },
    {
      id: 'c',
      kind: 'action',
      label: 'Load the demo workspace',
      confirm: { question: 'Replace everything?', yes: 'Yes, replace' },
      run: () => ran.push('demo'),
      ...extra,
    },
  ];
  render(<CommandPalette commands={commands} onOpenContact={() => undefined} onClose={onClose} />);
  return { ran, onClose, input: screen.getByRole('combobox') };
}

describe('the command palette', () => {
  it('takes focus and runs the highlighted command on Enter', () => {
    const { ran, onClose, input } = setup();
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Settings');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { selected: true }).id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(ran).toEqual(['settings']);
    expect(onClose).toHaveBeenCalled();
  });

  it('narrows the list as you type, and wraps around with the arrows', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'sett' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Settings')]);
    fireEvent.input(input, { target: { value: '' } });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Load the demo');
  });

  it('asks before a command that replaces data, and defaults to Cancel', () => {
    const { ran, input } = setup();
    fireEvent.input(input, { target: { value: 'demo' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByText('Replace everything?')).toBeTruthy();
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Cancel');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(ran).toEqual(['demo']);
  });

  it('closes on Escape', () => {
    const { onClose, input } = setup();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
