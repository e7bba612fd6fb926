/** Writes server/schema.graphql from the resolvers; schema.test.ts fails when the committed file drifts. */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../src/graphql/print.js';
import { buildGraphQLSchema } from '../src/graphql/schema.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
await writeFile(target, printSortedSchema(await buildGraphQLSchema()), 'utf8');
console.log(`Schema geschrieben / schema written: ${target}`);
