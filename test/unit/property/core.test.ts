import fc from 'fast-check';
import { CORE_PROPERTIES, TEST_SEED, unitRuns } from './properties';

// The same properties run with a random seed and many more cases in `npm run fuzz`; a twentieth of the cases by
// default, all of them with NEWS_LENS_PROPERTY_BUDGET=full (CI).
describe(`core properties (fast-check, seed ${TEST_SEED})`, function () {
  // A bound for a hang only: the full budget took over 120 s for one property on a loaded machine (two CPU burners).
  this.timeout(1_800_000);
  for (const prop of CORE_PROPERTIES) {
    it(`${prop.name} (${unitRuns(prop.runs)} cases)`, async () => {
      await fc.assert(prop.property(), { seed: TEST_SEED, numRuns: unitRuns(prop.runs) });
    });
  }
});
