import { writeFileSync } from 'node:fs';
import { compileDeck } from './slides/core/index.ts';
import { readReport } from './slides/node/read-report.ts';
import { openPdfSession } from './slides/export/pdf.ts';
const deck = compileDeck(await readReport(process.argv[2] ?? 'test/fixtures/aids-deck.md'));
const session = await openPdfSession({});
const on = await session.render(deck, { kind: 'reading' }, {});
writeFileSync('/tmp/aids-on.pdf', on.pdf);
await session.close();
