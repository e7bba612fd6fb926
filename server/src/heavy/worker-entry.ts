/**
 * Where the heavy-work thread's code is: beside this module, as TypeScript when the server runs from its sources
 * (tests, `npm run dev`: the thread loads tsx first) or as the compiled `heavy-worker.js` of the production
 * bundle (scripts/build.ts compiles it as an entry of its own, next to start.js).
 */
export function workerEntry(): { filename: string; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith('.ts');
  const filename = new URL(
    fromSources ? './heavy-worker-dev.mjs' : './heavy-worker.js',
    import.meta.url,
  );
  return { filename: filename.href, execArgv: [] };
}
