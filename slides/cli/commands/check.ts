import { fieldMessage, proofFindings, type ProofFinding } from '../../core/proof/index.ts';
import { say } from '../../core/messages/catalogue.ts';
import { ExitCode, EXIT_INPUT } from '../cli-error.ts';
import { loadDeck } from '../load-deck.ts';
import { renderTable } from '../table.ts';
import type { RegisterCommand } from './command.ts';

/** What `--json` prints for each finding: exactly these keys, in this order. */
export interface FindingJson {
  slide: string;
  kind: ProofFinding['kind'];
  text: string;
  detail: string;
}

/**
 * `podium check <deck> [--json]`: proofreading (校对) — every word on every slide against the
 * report, so a team can run it before printing. Exits 1 when there is anything to check.
 */
export const registerCheck: RegisterCommand = (program, io, text) => {
  program
    .command('check')
    .description(text.t('cli.check.description'))
    .argument('<deck>', text.t('cli.arg.report'))
    .option('--json', text.t('cli.check.json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const { deck } = await loadDeck(file, {}, { io, text });
      const findings = proofFindings(deck);
      if (options.json) {
        const list: FindingJson[] = findings.map((f) => ({ slide: f.slide, kind: f.kind, text: f.text, detail: say(text.lang, f.detail) }));
        io.out(`${JSON.stringify(list, null, 2)}\n`);
      } else if (findings.length === 0) {
        io.out(`${text.t('cli.check.none', { slides: deck.slides.length })}\n`);
      } else {
        const number = new Map(deck.slides.map((slide, index) => [slide.id, index + 1]));
        const rows = findings.map((f) => [String(number.get(f.slide) ?? ''), text.t(`proof.kind.${f.kind}`), say(text.lang, fieldMessage(f.field, f.index)), f.text, say(text.lang, f.detail)]);
        io.out(renderTable(
          [{ header: '#', align: 'right' }, { header: text.t('cli.deck.kind') }, { header: text.t('cli.check.col.where') }, { header: text.t('cli.check.col.text') }, { header: text.t('cli.check.col.detail') }],
          rows,
          [['', '', '', text.t('cli.check.count', { n: findings.length }), '']],
        ));
      }
      if (findings.length > 0) throw new ExitCode(EXIT_INPUT);
    });
};
