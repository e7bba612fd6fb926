/** GraphQL enums of topic clusters and theme co-occurrence; values equal the pure analyses' options. */
import { registerEnumType } from 'type-graphql';

export enum ClusterMode {
  cooperation = 'cooperation',
  themes = 'themes',
}
registerEnumType(ClusterMode, {
  name: 'ClusterMode',
  description: 'What topic clusters are built from.',
  valuesConfig: {
    cooperation: { description: 'Institutions grouped by their active cooperations.' },
    themes: { description: 'Persons and institutions grouped by the topics they work on.' },
  },
});

export enum ThemeLevel {
  topic = 'topic',
  key = 'key',
}
registerEnumType(ThemeLevel, {
  name: 'ThemeLevel',
  description: 'Granularity of the theme co-occurrence network.',
  valuesConfig: {
    topic: { description: 'Topics as actors name them (sub-topics stay separate).' },
    key: { description: 'Every topic mapped to its key theme (Schlüsselthema).' },
  },
});
