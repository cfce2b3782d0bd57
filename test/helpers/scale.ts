// The size of the scale checks: literally 2 000 units in `npm run test:scale` (jest.scale.config.js, also run by
// `npm run bench`); in `npm test` the smallest size at which the same items still go on over several runs by the clock.

/** Set by jest.scale.config.js (`globals`); absent in `npm test`. */
export const FULL_SCALE = (globalThis as { MENTOR_MONITOR_FULL_SCALE?: boolean }).MENTOR_MONITOR_FULL_SCALE === true;

/** The units of a check written for 2 000: 2 000 in the scale run, `reduced` in `npm test`. */
export function scaleUnits(reduced: number): number {
  return FULL_SCALE ? 2000 : reduced;
}
