import { describe, expect, it } from 'vitest';
import { magnify } from './magnify';

const centre = { latitude: 51, longitude: 13 };
const at = (latitude: number, longitude: number) => ({ location: { latitude, longitude } });

describe('magnify', () => {
  it('scales offsets from the centre by one factor, keeping directions and ratios', () => {
    const [a, b, c] = magnify([at(51.1, 13), at(51, 12.95), { location: null }], centre);
    expect(a?.location?.latitude).toBeCloseTo(51.4);
    expect(b?.location?.longitude).toBeCloseTo(12.8);
    expect(c?.location).toBeNull();
  });
  it('never shrinks a wide spread and leaves a single point alone', () => {
    expect(magnify([at(53, 13)], centre)[0]?.location?.latitude).toBe(53);
    expect(magnify([at(51, 13)], centre)[0]?.location?.latitude).toBe(51);
  });
});
