/** Prints, after the run, how many tests passed, failed and were skipped on Neo4j (the `neo4j` project). */
import type { Reporter, TestModule } from 'vitest/node';

export const NEO4J_PROJECT_NAME = 'neo4j';

export class Neo4jTierReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    let files = 0;
    for (const module of testModules) {
      if (module.project.name !== NEO4J_PROJECT_NAME) continue;
      files += 1;
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
    }
    if (files === 0) return;
    console.log(
      `Neo4j tier: ${counts.passed} tests passed on Neo4j in ${files} files` +
        `, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
}
