import { describe, expect, it } from 'vitest';
import { RehearsalSession, type SessionClock } from './session.ts';
import { RehearsalRepository, type RehearsalHost } from './store.ts';

const report = { title: '测试报告', source: 'report.txt' };
const KEY = 'report-0123456789abcdef';

function fakeClock(): SessionClock & { advance(ms: number): void } {
  let t = 0;
  return { now: () => t, date: () => new Date(Date.UTC(2026, 10, 27, 8) + t), advance: (ms) => { t += ms; } };
}

function memoryHost(): RehearsalHost & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    loadRehearsals: async (key) => (data.has(key) ? JSON.parse(data.get(key)!) : undefined),
    saveRehearsals: async (key, value) => { data.set(key, JSON.stringify(value)); },
  };
}

async function open(host: RehearsalHost, clock: SessionClock) {
  return RehearsalSession.open(new RehearsalRepository(host, KEY, report), clock);
}

describe('a rehearsal session', () => {
  it('records a run with pauses excluded and keeps it', async () => {
    const host = memoryHost();
    const clock = fakeClock();
    const session = await open(host, clock);
    await session.start('a');
    clock.advance(30_000);
    session.pausedChanged(true);
    clock.advance(120_000);
    session.pausedChanged(false);
    clock.advance(10_000);
    await session.slideChanged('b');
    clock.advance(20_000);
    const run = await session.keep();
    expect(run?.slideMs).toEqual({ a: 40_000, b: 20_000 });
    expect(run?.pausedMs).toBe(120_000);
    const reopened = await open(host, clock);
    expect(reopened.runs).toHaveLength(1);
    expect(reopened.interrupted).toBeUndefined();
  });

  it('saves after every slide change: a crash loses only the slide on screen', async () => {
    const host = memoryHost();
    const clock = fakeClock();
    const session = await open(host, clock);
    await session.start('a');
    clock.advance(30_000);
    await session.slideChanged('b');
    clock.advance(45_000);
    await session.slideChanged('c');
    clock.advance(50_000); // c is on screen when the app is killed
    const afterCrash = await open(host, clock);
    expect(afterCrash.interrupted?.slideMs).toEqual({ a: 30_000, b: 45_000 });
    await afterCrash.keepInterrupted();
    expect(afterCrash.runs[0]).toMatchObject({ slideMs: { a: 30_000, b: 45_000 }, recovered: true });
    expect(afterCrash.interrupted).toBeUndefined();
    expect((await open(host, clock)).runs).toHaveLength(1);
  });

  it('starting a new run keeps a crashed run nobody decided on', async () => {
    const host = memoryHost();
    const clock = fakeClock();
    const first = await open(host, clock);
    await first.start('a');
    clock.advance(8_000);
    await first.slideChanged('b'); // then the app is killed
    const next = await open(host, clock);
    expect(next.interrupted?.slideMs).toEqual({ a: 8_000 });
    await next.start('a');
    clock.advance(1_000);
    await next.keep();
    expect(next.runs.map((r) => [r.slideMs, r.recovered ?? false])).toEqual([[{ a: 8_000 }, true], [{ a: 1_000 }, false]]);
  });

  it('abandoning drops the run; an empty run is not kept', async () => {
    const host = memoryHost();
    const clock = fakeClock();
    const session = await open(host, clock);
    await session.start('a');
    clock.advance(30_000);
    await session.slideChanged('b');
    await session.abandon();
    expect(session.recording).toBe(false);
    await session.start('a');
    expect(await session.keep()).toBeUndefined();
    const reopened = await open(host, clock);
    expect(reopened.runs).toEqual([]);
    expect(reopened.interrupted).toBeUndefined();
  });

  it('can start paused (the shared clock not yet running)', async () => {
    const clock = fakeClock();
    const session = await open(memoryHost(), clock);
    await session.start('a', true);
    clock.advance(5_000);
    session.pausedChanged(false);
    clock.advance(7_000);
    expect((await session.keep())?.slideMs).toEqual({ a: 7_000 });
  });

  it('shows the live run with the slide on screen counted up to now', async () => {
    const clock = fakeClock();
    const session = await open(memoryHost(), clock);
    await session.start('a');
    clock.advance(12_000);
    expect(session.liveRun()?.slideMs).toEqual({ a: 12_000 });
    expect(session.recording).toBe(true);
  });
});

describe('several views writing one report', () => {
  it('a plan set elsewhere survives a run kept here, and the run survives a plan set later', async () => {
    const host = memoryHost();
    const clock = fakeClock();
    const presenter = await open(host, clock);
    const report = await open(host, clock);
    await presenter.start('a');
    clock.advance(10_000);
    await report.setPlan({ skip: ['b'], abridge: [] }); // the report page, while the run goes on
    await presenter.slideChanged('b');
    clock.advance(5_000);
    await presenter.keep();
    await report.setPlan({ skip: ['b', 'c'], abridge: [] }); // a report page that has not reloaded
    const stored = await open(host, clock);
    expect(stored.data.plan.skip).toEqual(['b', 'c']);
    expect(stored.runs).toHaveLength(1);
    expect(stored.runs[0]?.slideMs).toEqual({ a: 10_000, b: 5_000 });
  });
});
