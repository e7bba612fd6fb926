import { describe, expect, it, vi } from 'vitest';
import { handleGraphKey } from './graphKeys';

const ids = ['a', 'b', 'c'];
const plain = (key: string) => ({ key, altKey: false, ctrlKey: false, metaKey: false });

describe('graph keyboard', () => {
  it('steps through the nodes in order, wrapping at both ends', () => {
    const onSelect = vi.fn();
    const key = (name: string, selectedId: string | null) =>
      handleGraphKey(plain(name), { ids, selectedId, onSelect, cy: null });
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
    expect(handleGraphKey(plain('Enter'), options)).toBe(true);
    expect(handleGraphKey(plain('Escape'), options)).toBe(true);
    expect(handleGraphKey(plain('Tab'), options)).toBe(false);
    expect(handleGraphKey(plain('ArrowDown'), { ...options, ids: [] })).toBe(false);
    expect(onActivate).toHaveBeenCalledWith('b');
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('leaves browser shortcuts alone: Alt+arrows, Ctrl/Cmd with + − 0', () => {
    const onSelect = vi.fn();
    const options = { ids, selectedId: 'b', onSelect, cy: null };
    const shortcuts = [
      { ...plain('ArrowLeft'), altKey: true },
      { ...plain('ArrowRight'), altKey: true },
      { ...plain('+'), ctrlKey: true },
      { ...plain('-'), ctrlKey: true },
      { ...plain('0'), ctrlKey: true },
      { ...plain('+'), metaKey: true },
      { ...plain('0'), metaKey: true },
      { ...plain('Escape'), ctrlKey: true },
    ];
    for (const event of shortcuts) expect(handleGraphKey(event, options)).toBe(false);
    expect(onSelect).not.toHaveBeenCalled();
  });
});
