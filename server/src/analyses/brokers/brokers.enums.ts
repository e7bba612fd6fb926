/** GraphQL enum of the brokers analysis; values equal the pure analysis' NetworkKind (kernel/graphs.ts). */
import { registerEnumType } from 'type-graphql';

export enum AnalysisNetwork {
  cooperation = 'cooperation',
  social = 'social',
}
registerEnumType(AnalysisNetwork, {
  name: 'AnalysisNetwork',
  description: 'Which ties an analysis uses.',
  valuesConfig: {
    cooperation: { description: 'Institutions and their active cooperations.' },
    social: {
      description: 'Persons and institutions with cooperations, memberships and acquaintances.',
    },
  },
});
