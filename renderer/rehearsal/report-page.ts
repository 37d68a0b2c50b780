/**
 * The rehearsal report page (rehearsal.html): one headline with the predicted total
 * against the target, big numbers, planned against actual per section for the last
 * runs as a chart, where the time goes over, the proposal to fit the target, and the
 * runs as CSV. Reads the deck from the host and the runs from the rehearsal store.
 */
import './report.css';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { DeckModel } from '../../slides/core/model.ts';
import { getHost } from '../host/index.ts';
import { applyTranslations, currentLang, initLang, onLangChange } from '../i18n/index.ts';
import { deckErrorText } from '../../slides/core/errors.ts';
import { followDeck } from '../commands/deck-feed.ts';
import { loadFontsFor } from '../slides/fonts.ts';
import { registerAllFacesWhenIdle } from '../fonts/registry.ts';
import { runsToCsv } from './csv.ts';
import { rateWithMeasured, ratePerMinute } from './measure.ts';
import type { PlanChoice } from './plan.ts';
import { clock, reportModel, signedClock, type ReportModel } from './report-model.ts';
import type { SectionActual } from './measure.ts';
import { announceRehearsalChange, onRehearsalChange, repositoryFor } from './report-data.ts';
import { reportKey } from './report-key.ts';
import type { RehearsalFile, RehearsalRepository } from './store.ts';
import { rateLabel, rt } from './strings.ts';
import { TargetField } from './target-field.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const host = getHost();
const byId = (id: string) => document.getElementById(id) as HTMLElement;
/** Older runs lighter, the latest darkest; the plan in the report's gold. */
const RUN_COLOURS = ['#a9bfdf', '#6b93cc', '#1f4e9c'];
const PLAN_COLOUR = '#d8b46a';

let deck: DeckModel | undefined;
let repository: RehearsalRepository | undefined;
let file: RehearsalFile | undefined;
let chart: Chart<'bar'> | undefined;
let stopWatching: (() => void) | undefined;
/** The target is set on its own card; the card stays in the page so a redraw never closes the field being typed in. */
const targetField = new TargetField({ host, id: 'rr-target', say: (message) => status(message) });
const targetLabel = el('span');
const targetValue = el('div', 'rr-value');
const targetCard = el('div', 'rr-card');
targetCard.id = 'rr-target-card';
targetCard.append(el('div', 'rr-label'), targetValue);
targetCard.firstElementChild?.append(targetLabel, targetField.root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function status(message: string): void {
  byId('rr-status').textContent = message;
}

function loose() {
  return { opening: rt('rehearsal.opening'), closing: rt('rehearsal.closing') };
}

function renderHeadline(d: DeckModel, m: ReportModel): void {
  byId('rr-deck').textContent = d.meta.title;
  const headline = byId('rr-headline');
  const total = clock(m.predicted.totalSeconds);
  if (m.overSeconds === undefined) {
    headline.textContent = rt('rehearsal.headline.noTarget', { total });
    headline.dataset['level'] = 'none';
  } else if (m.overSeconds > 0) {
    headline.textContent = rt('rehearsal.headline.over', { total, over: clock(m.overSeconds) });
    headline.dataset['level'] = 'over';
  } else {
    headline.textContent = rt('rehearsal.headline.under', { total, under: clock(-m.overSeconds) });
    headline.dataset['level'] = 'under';
  }
  const perMinute = ratePerMinute(m.predicted.rate, d.meta.lang);
  byId('rr-basis').textContent = rt(m.predicted.measured ? 'rehearsal.headline.basis.measured' : 'rehearsal.headline.basis.plan', {
    rate: rateLabel(perMinute, d.meta.lang),
  });
}

function card(label: string, value: string, tone: string, note = ''): HTMLElement {
  const box = el('div', 'rr-card');
  box.dataset['tone'] = tone;
  box.append(el('div', 'rr-label', label), el('div', 'rr-value', value));
  if (note) box.append(el('div', 'rr-note', note));
  return box;
}

/** Target, plan and measured side by side: the target card always, so it can be set here. */
function renderTargetCard(m: ReportModel): void {
  targetField.show(m.targetSeconds);
  targetCard.dataset['tone'] = m.targetSeconds === undefined ? 'plain' : 'target';
  targetLabel.textContent = rt('rehearsal.target');
  targetValue.textContent = m.targetSeconds === undefined ? rt('rehearsal.target.none') : clock(m.targetSeconds);
  targetValue.dataset['empty'] = String(m.targetSeconds === undefined);
}

function renderCards(d: DeckModel, m: ReportModel): void {
  const cards: HTMLElement[] = [];
  renderTargetCard(m);
  const planTone = m.targetSeconds === undefined ? 'plain' : m.plan.totalSeconds > m.targetSeconds ? 'over' : 'under';
  cards.push(card(rt('rehearsal.planned'), clock(m.plan.totalSeconds), planTone, rateLabel(ratePerMinute(m.plan.rate, d.meta.lang), d.meta.lang)));
  if (m.lastRunSeconds !== undefined) {
    const tone = m.targetSeconds === undefined ? 'plain' : m.lastRunSeconds > m.targetSeconds ? 'over' : 'under';
    const runName = rt('rehearsal.run', { n: m.runNumbers[m.runNumbers.length - 1] ?? 1 });
    // A partial run is not compared with the target: it says how far it went.
    const stop = m.lastRunStop;
    const note = stop ? `${runName} · ${rt('rehearsal.partialRun', { n: stop.slideNumber, total: stop.slideCount, sections: stop.sectionsNotRehearsed })}` : runName;
    cards.push(card(rt('rehearsal.lastRun'), clock(m.lastRunSeconds), stop ? 'plain' : tone, note));
  }
  if (m.measured !== undefined) {
    cards.push(card(rt('rehearsal.measuredRate'), rateLabel(m.measured, d.meta.lang), 'plain', `${rt('rehearsal.planRate')} ${rateLabel(ratePerMinute(d.meta.rate, d.meta.lang), d.meta.lang)}`));
  }
  cards.push(card(rt('rehearsal.runs'), String(file?.runs.length ?? 0), 'plain'));
  // The target card is never taken out of the page (a field being typed in would lose its focus).
  const box = byId('rr-cards');
  if (targetCard.parentElement !== box) box.prepend(targetCard);
  for (const old of Array.from(box.children)) if (old !== targetCard) old.remove();
  box.append(...cards);
}

function shortLabel(label: string, title: string): string {
  const text = `${label}${title}`;
  return [...text].length > 18 ? `${[...text].slice(0, 17).join('')}…` : text;
}

function renderChart(m: ReportModel): void {
  const labels = m.sections.map((s) => shortLabel(s.label, s.title));
  const minutes = (s: number) => Math.round((s / 60) * 10) / 10;
  const datasets = [
    { label: rt('rehearsal.planned'), data: m.sections.map((s) => minutes(s.plannedSeconds)), backgroundColor: PLAN_COLOUR, borderRadius: 4 },
    ...m.runs.map((run, i) => ({
      label: rt('rehearsal.run', { n: m.runNumbers[i] ?? i + 1 }) + (run.recovered ? rt('rehearsal.run.recovered') : ''),
      data: m.sections.map((s) => minutes(s.actualSeconds[i] ?? 0)),
      backgroundColor: RUN_COLOURS[RUN_COLOURS.length - m.runs.length + i] ?? RUN_COLOURS[0],
      borderRadius: 4,
    })),
  ];
  byId('rr-chart-panel').hidden = m.sections.length === 0;
  const canvas = byId('rr-chart') as HTMLCanvasElement;
  chart?.destroy();
  chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { title: { display: true, text: rt('rehearsal.chart.minutes'), font: { size: 14 } }, ticks: { font: { size: 14 } }, grid: { color: '#eee9e1' } },
        y: { ticks: { font: { size: 15 }, color: '#1d1d1f' }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'top', align: 'end', labels: { font: { size: 14 }, boxWidth: 18 } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${clock(Number(item.raw) * 60)}` } },
      },
    },
  });
}

function renderSections(d: DeckModel, m: ReportModel): void {
  const table = byId('rr-sections');
  const head = el('tr');
  head.append(
    el('th', '', rt('rehearsal.sections.section')),
    el('th', 'num', rt('rehearsal.sections.planned')),
    el('th', 'num', rt('rehearsal.sections.actual')),
    el('th', 'num', rt('rehearsal.sections.delta')),
    el('th', 'num', rt('rehearsal.sections.rate')),
  );
  const last = m.runs.length - 1;
  const rehearsed = (s: SectionActual): number => (last >= 0 ? (s.reachedSlides[last] ?? 0) : 0);
  // A section the run never reached is not ahead of the plan: it has no difference at all. A partly
  // reached one is compared with the plan of the slides it reached. Whole seconds, so ±0:00 is never over.
  const deltas = m.sections.map((s) => (rehearsed(s) > 0 ? Math.round((s.actualSeconds[last] ?? 0) - (s.plannedReachedSeconds[last] ?? 0)) : 0));
  const worst = Math.max(0, ...deltas);
  const rows = m.sections.map((s, i) => {
    const row = el('tr');
    const delta = deltas[i] ?? 0;
    const reachedSlides = rehearsed(s);
    row.dataset['level'] = reachedSlides === 0 ? 'none' : delta === 0 ? 'none' : delta > 0 ? 'over' : 'under';
    if (last >= 0 && reachedSlides === 0) row.dataset['rehearsed'] = 'no';
    else if (reachedSlides < s.slideCount) row.dataset['rehearsed'] = 'partly';
    if (worst > 0 && delta === worst) row.dataset['worst'] = 'true';
    const name = el('td', '', `${s.label}${s.title}`);
    if (last >= 0 && reachedSlides > 0 && reachedSlides < s.slideCount) {
      name.append(el('span', 'rr-partly', rt('rehearsal.sections.partly', { n: reachedSlides, total: s.slideCount })));
    }
    if (delta > 0 && worst > 0) {
      const bar = el('span', 'rr-bar');
      bar.style.width = `${Math.max(4, (delta / worst) * 100)}%`;
      name.append(bar);
    }
    const rate = reachedSlides > 0 ? s.perMinute[last] : undefined;
    row.append(
      name,
      el('td', 'num', clock(s.plannedSeconds)),
      el('td', 'num', last < 0 ? '—' : reachedSlides === 0 ? rt('rehearsal.sections.notRehearsed') : clock(s.actualSeconds[last] ?? 0)),
      el('td', 'num delta', reachedSlides > 0 ? signedClock(delta) : '—'),
      el('td', 'num', rate === undefined ? '—' : rateLabel(rate, d.meta.lang)),
    );
    return row;
  });
  table.replaceChildren(head, ...rows);
}

/** 修订稿: the slides a revised draft changed or added that no run has read since (hidden for a deck no draft was brought into). */
function renderRevised(m: ReportModel): void {
  const panel = byId('rr-revised-panel');
  const revised = m.revised;
  panel.hidden = revised === undefined || revised.revised === 0;
  if (!revised) return;
  const left = revised.notRehearsed;
  byId('rr-revised-title').textContent = rt('rehearsal.report.unrehearsedChanges', { n: left.length });
  byId('rr-revised-hint').textContent = rt(left.length > 0 ? 'rehearsal.report.unrehearsedChanges.hint' : 'rehearsal.report.unrehearsedChanges.none', { current: revised.current });
  byId('rr-revised-list').replaceChildren(
    ...left.map((slide) => {
      const item = el('li');
      item.dataset['slideId'] = slide.id;
      const what = el('span');
      const badge = el('span', 'rr-action', rt(slide.status === 'added' ? 'print.changes.added' : 'print.changes.changed'));
      badge.dataset['action'] = slide.status;
      what.append(badge, document.createTextNode(slide.title));
      item.append(el('span', 'rr-slide-no', String(slide.number)), what);
      return item;
    }),
  );
}

function button(label: string, onClick: () => void, primary = false, disabled = false): HTMLButtonElement {
  const b = el('button', primary ? 'primary' : '', label);
  b.type = 'button';
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

function renderFit(d: DeckModel, m: ReportModel, choice: PlanChoice): void {
  const summary = byId('rr-fit-summary');
  const list = byId('rr-fit-list');
  const actions = byId('rr-fit-actions');
  const cutCount = choice.skip.length + choice.abridge.length;
  const applied = cutCount > 0 ? [button(rt('rehearsal.fit.clear'), () => void savePlan({ ...choice, skip: [], abridge: [] }))] : [];
  if (!m.fit) {
    summary.textContent = rt('rehearsal.fit.noTarget');
    summary.dataset['level'] = 'none';
    list.replaceChildren();
    actions.replaceChildren(...applied);
    return;
  }
  if (m.fit.cuts.length === 0) {
    summary.textContent = cutCount > 0 ? rt('rehearsal.fit.applied', { n: cutCount }) : rt('rehearsal.fit.none');
    summary.dataset['level'] = 'ok';
    list.replaceChildren();
    actions.replaceChildren(...applied);
    return;
  }
  const saved = m.fit.beforeSeconds - m.fit.afterSeconds;
  summary.textContent = m.fit.fits
    ? rt('rehearsal.fit.summary', { n: m.fit.cuts.length, saved: clock(saved), after: clock(m.fit.afterSeconds) })
    : `${rt('rehearsal.fit.summary', { n: m.fit.cuts.length, saved: clock(saved), after: clock(m.fit.afterSeconds) })} ${rt('rehearsal.fit.notEnough', { over: clock(m.fit.afterSeconds - m.fit.targetSeconds) })}`;
  summary.dataset['level'] = m.fit.fits ? 'ok' : 'short';
  const index = new Map(d.slides.map((s, i) => [s.id, i]));
  list.replaceChildren(
    ...m.fit.cuts.map((cut) => {
      const slide = d.slides[index.get(cut.slideId) ?? -1];
      const item = el('li');
      item.dataset['slideId'] = cut.slideId;
      const what = el('span');
      const action = el('span', 'rr-action', rt(cut.action === 'skip' ? 'rehearsal.fit.skip' : 'rehearsal.fit.abridge'));
      action.dataset['action'] = cut.action;
      what.append(action, document.createTextNode(slide?.title ?? cut.slideId), el('span', 'rr-why', rt(cut.reason === 'skippable' ? 'rehearsal.fit.reason.skippable' : 'rehearsal.fit.reason.priority')));
      item.append(el('span', 'rr-slide-no', `${(index.get(cut.slideId) ?? 0) + 1}`), what, el('span', 'rr-saves', `−${clock(cut.savesSeconds)}`));
      return item;
    }),
  );
  const fitChoice = m.fitChoice;
  actions.replaceChildren(...(fitChoice ? [button(rt('rehearsal.fit.apply'), () => void savePlan(fitChoice), true)] : []), ...applied);
}

function renderActions(d: DeckModel, m: ReportModel, choice: PlanChoice): void {
  const buttons: HTMLButtonElement[] = [];
  if (choice.rate) {
    buttons.push(button(rt('rehearsal.resetRate'), () => {
      const { rate: _rate, ...rest } = choice;
      void savePlan(rest);
    }));
  } else if (m.measured !== undefined) {
    const measured = m.measured;
    buttons.push(button(rt('rehearsal.applyRate'), () => {
      void savePlan({ ...choice, rate: rateWithMeasured(d.meta.rate, d.meta.lang, measured) }).then(() =>
        status(rt('rehearsal.applyRate.done', { rate: rateLabel(measured, d.meta.lang) })));
    }, true));
  }
  buttons.push(button(rt('rehearsal.exportCsv'), () => exportCsv(d, m), false, (file?.runs.length ?? 0) === 0));
  byId('rr-actions').replaceChildren(...buttons);
}

function exportCsv(d: DeckModel, m: ReportModel): void {
  if (!file) return;
  const csv = runsToCsv(d, m.plan, file.runs, {
    run: rt('rehearsal.csv.run'),
    startedAt: rt('rehearsal.csv.startedAt'),
    slideNumber: rt('rehearsal.csv.slideNumber'),
    slideId: rt('rehearsal.csv.slideId'),
    section: rt('rehearsal.csv.section'),
    title: rt('rehearsal.csv.title'),
    plannedSeconds: rt('rehearsal.csv.planned'),
    actualSeconds: rt('rehearsal.csv.actual'),
  });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = el('a');
  link.href = url;
  link.download = `${d.meta.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'rehearsals'}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function savePlan(plan: PlanChoice): Promise<void> {
  if (!repository || !file || !deck) return;
  file = await repository.update((stored) => ({ ...stored, plan }));
  announceRehearsalChange(repository.key, file);
  render();
}

function render(): void {
  if (!deck || !file) return;
  const model = reportModel(deck, file.runs, file.plan, loose());
  byId('rr-empty').hidden = file.runs.length > 0;
  renderHeadline(deck, model);
  renderCards(deck, model);
  renderChart(model);
  renderSections(deck, model);
  renderFit(deck, model, file.plan);
  renderRevised(model);
  renderActions(deck, model, file.plan);
  document.documentElement.dataset['runs'] = String(file.runs.length);
}

async function loadRuns(saved?: unknown): Promise<void> {
  if (!deck) return;
  repository = repositoryFor(host, deck, (error) => status(rt('rehearsal.saveFailed', { reason: error instanceof Error ? error.message : String(error) })));
  const loaded = await repository.load(saved);
  file = loaded.file;
  const problem = byId('rr-problem');
  problem.hidden = !loaded.problem;
  if (loaded.problem) {
    problem.textContent = rt('rehearsal.storeProblem', { reason: loaded.problem.reason })
      + (loaded.problem.backupKey ? ` ${rt('rehearsal.storeProblem.backup', { key: loaded.problem.backupKey })}` : '');
  }
  render();
}

async function main(): Promise<void> {
  await initLang(host);
  document.title = rt('rehearsal.pageTitle');
  applyTranslations();
  Chart.defaults.font.family = "'Noto Sans SC', 'Noto Sans', sans-serif";
  await followDeck(host, {
    onDeck: (next) => {
      deck = next;
      stopWatching?.();
      stopWatching = onRehearsalChange(reportKey(next), (saved) => void loadRuns(saved));
      // The chart draws on a canvas, which does not wait for web fonts: load the glyphs
      // of everything shown, then draw again with them.
      void loadRuns()
        .then(() => loadFontsFor(`${document.body.textContent ?? ''}${next.sections.map((s) => s.label + s.title).join('')}0123456789:.`))
        .then(() => document.fonts.ready)
        .then(registerAllFacesWhenIdle)
        .then(render)
        .then(() => document.documentElement.setAttribute('data-ready', '1'));
    },
    onError: (update) => {
      if (!deck) {
        const text = deckErrorText(update.error, currentLang());
        status(rt('rehearsal.deckError', { message: `${update.error.file}: ${text.message} ${text.hint}` }));
      }
    },
  });
  onLangChange(() => {
    document.title = rt('rehearsal.pageTitle');
    applyTranslations();
    render();
  });
}

main().catch((error: unknown) => status(error instanceof Error ? error.message : String(error)));
