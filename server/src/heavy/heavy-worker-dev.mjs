import { register } from 'tsx/esm/api';
register();
await import('./heavy-worker.ts');
