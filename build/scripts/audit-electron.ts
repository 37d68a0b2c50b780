/**
 * `npm run test:audit`: Doyensec's electronegativity over electron/ and renderer/, failing on any
 * finding the reviewed allow-list (.ci/electronegativity-allow.json) does not explain, on an entry
 * that no longer matches a finding, and on a file the tool could not parse (it would go unaudited).
 * The tool exits 0 whatever it finds, so its report is read here. Both folders are scanned as one
 * application, as its global checks (CSP, navigation limits, permission handler) look for code in
 * electron/ that guards pages in renderer/.
 */
import { readFile } from 'node:fs/promises';
import { ALLOW_LIST, electronVersion, findingOf, judgeFindings, parseAllowList, scan, SCANNED } from './electronegativity.ts';
const result = await scan();
const findings = result.issues.map(findingOf);
const allow = parseAllowList(JSON.parse(await readFile(ALLOW_LIST, 'utf8')) as unknown, '.ci/electronegativity-allow.json');
const { unexplained, stale } = judgeFindings(findings, allow);
const unparsed = result.errors.filter((error) => !error.tolerable);

process.stdout.write(`electronegativity over ${SCANNED.join('/ and ')}/ (Electron ${electronVersion()}): ${findings.length} findings, ${findings.length - unexplained.length} explained by the allow-list.\n`);
for (const finding of unexplained) {
  process.stdout.write(`  NEW  ${finding.id} ${finding.file}${finding.line ? `:${finding.line}` : ''} [${finding.severity}/${finding.confidence}] ${finding.description}\n`);
}
for (const entry of stale) process.stdout.write(`  STALE allow-list entry ${entry.id} ${entry.file}: no such finding any more; remove it.\n`);
for (const error of unparsed) process.stdout.write(`  UNPARSED ${error.file}: ${error.message}\n`);
if (unexplained.length > 0 || stale.length > 0 || unparsed.length > 0) {
  process.stdout.write('Fix the code, or add a reviewed entry with the reason it is safe to .ci/electronegativity-allow.json.\n');
  process.exitCode = 1;
}
