import { describe, expect, it } from 'vitest';
import { countsOwnRegions, queueScopeOf } from './useQueueScope';

describe('the scope of the coordinators’ queues', () => {
  const coordinator = { hasRegions: true, role: 'coordinator', regionId: null };

  it('starts a coordinator with districts on them, and follows the URL once chosen', () => {
    expect(queueScopeOf(null, coordinator)).toBe('mine');
    expect(queueScopeOf('all', coordinator)).toBe('all');
    expect(queueScopeOf('mine', coordinator)).toBe('mine');
  });

  it('starts admins and a permalink with a district on all of Saxony', () => {
    expect(queueScopeOf(null, { ...coordinator, role: 'admin' })).toBe('all');
    expect(queueScopeOf(null, { ...coordinator, regionId: 'reg-14713' })).toBe('all');
  });

  it('offers no switch to an account without districts', () => {
    expect(queueScopeOf('mine', { ...coordinator, hasRegions: false })).toBeNull();
  });

  it('counts the own districts in the navigation for coordinators with some only', () => {
    expect(countsOwnRegions({ regionIds: ['reg-14626'] }, 'coordinator')).toBe(true);
    expect(countsOwnRegions({ regionIds: ['reg-14626'] }, 'admin')).toBe(false);
    expect(countsOwnRegions({ regionIds: [] }, 'coordinator')).toBe(false);
    expect(countsOwnRegions(null, 'viewer')).toBe(false);
  });
});
