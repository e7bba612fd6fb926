import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_VIEWER,
  ForbiddenError,
  UnauthenticatedError,
  requireRole,
  viewerFor,
} from './viewer.js';

describe('viewer', () => {
  it('widens visibility with the role', () => {
    expect(ANONYMOUS_VIEWER.visibilities).toEqual(['public']);
    expect(viewerFor('member', 'acc-1').visibilities).toEqual(['public', 'members']);
    expect(viewerFor('coordinator', 'acc-2').visibilities).toContain('coordinators');
    expect(viewerFor('member', 'acc-1').seesPersonalData).toBe(false);
    expect(viewerFor('admin', 'acc-3').seesPersonalData).toBe(true);
  });

  it('asks anonymous visitors to sign in and refuses weaker roles', () => {
    expect(() => requireRole(ANONYMOUS_VIEWER, 'member')).toThrow(UnauthenticatedError);
    expect(() => requireRole(viewerFor('member', 'acc-1'), 'coordinator')).toThrow(ForbiddenError);
    expect(() => requireRole(viewerFor('admin', 'acc-1'), 'coordinator')).not.toThrow();
  });
});
