import { describe, expect, it, vi } from 'vitest';
import { handleGraphKey } from './graphKeys';

const ids = ['a', 'b', 'c'];

describe('graph keyboard', () => {
  it('steps through the nodes in order, wrapping at both ends', () => {
    const onSelect = vi.fn();
    const key = (name: string, selectedId: string | null) =>
      handleGraphKey(name, { ids, selectedId, onSelect, cy: null });
    key('ArrowDown', null);
    key('ArrowRight', 'c');
    key('ArrowUp', 'a');
    key('ArrowLeft', 'b');
    expect(onSelect.mock.calls).toEqual([['a'], ['a'], ['c'], ['a']]);
  });

  it('activates the selection with Enter, clears it with Escape and leaves other keys alone', () => {
    const onSelect = vi.fn();
    const onActivate = vi.fn();
    const options = { ids, selectedId: 'b', onSelect, onActivate, cy: null };
    expect(handleGraphKey('Enter', options)).toBe(true);
    expect(handleGraphKey('Escape', options)).toBe(true);
    expect(handleGraphKey('Tab', options)).toBe(false);
    expect(handleGraphKey('ArrowDown', { ...options, ids: [] })).toBe(false);
    expect(onActivate).toHaveBeenCalledWith('b');
    expect(onSelect).toHaveBeenCalledWith(null);
  });
});
