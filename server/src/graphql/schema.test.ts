import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from './print.js';
import { buildGraphQLSchema } from './schema.js';

describe('schema.graphql', () => {
  it('matches the schema built from the resolvers', async () => {
    const file = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
    const committed = await readFile(file, 'utf8').catch(() => '');
    const built = printSortedSchema(await buildGraphQLSchema());
    expect(
      committed,
      'server/schema.graphql is out of date: run `npm run schema -w @nzr/server`',
    ).toBe(built);
  });

  it('describes every type, field and argument', async () => {
    const schema = await buildGraphQLSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      // type-graphql cannot describe the root types themselves; their fields and arguments it can.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
