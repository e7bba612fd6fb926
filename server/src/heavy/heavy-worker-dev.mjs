import { register } from 'tsx/esm/api';
register();
const worker = await import('./heavy-worker.ts');
export default worker.default;
