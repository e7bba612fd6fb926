import { registerEnumType } from 'type-graphql';
import type { GapVerdict } from '../kernel/gap-verdict.js';

/** The verdicts of kernel/gap-verdict.ts; values equal the pure analysis' values. */
export const GapVerdictEnum: { readonly [V in GapVerdict]: V } = {
  gap: 'gap',
  unremarkable: 'unremarkable',
  insufficientData: 'insufficientData',
};

registerEnumType(GapVerdictEnum, {
  name: 'GapVerdict',
  description: 'Verdict of the exact test on one sector × sector cell.',
  valuesConfig: {
    gap: {
      description:
        'Lücke: significantly fewer cooperations than chance gives (exact test, p < alpha).',
    },
    unremarkable: {
      description:
        'Unauffällig: as many cooperations as chance gives, more, or a shortfall within chance.',
    },
    insufficientData: {
      description:
        'Zu wenig Daten: even no cooperation at all would be within chance here; see dataNeeded.',
    },
  },
});
