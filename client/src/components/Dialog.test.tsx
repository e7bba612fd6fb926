import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

afterEach(cleanup);

describe('Dialog', () => {
  it('focuses the first field, keeps Tab inside and closes on Escape', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Anmelden" onClose={onClose} closeLabel="Schließen">
        <input aria-label="E-Mail" />
        <button type="button">Los</button>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Anmelden' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('E-Mail'));
    screen.getByRole('button', { name: 'Los' }).focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Schließen' }));
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Los' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
