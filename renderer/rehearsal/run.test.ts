import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishRun, pause, resume, runTotalMs, showSlide, startRun } from './run.ts';

const T0 = new Date('2026-11-27T08:00:00Z');

describe('rehearsal run timing', () => {
  it('gives each slide the time until the next slide change', () => {
    let run = startRun('r', T0, 1000, 'a');
    run = showSlide(run, 'b', 61_000);
    run = showSlide(run, 'c', 181_000);
    const done = finishRun(run, 211_000, T0);
    expect(done.slideMs).toEqual({ a: 60_000, b: 120_000, c: 30_000 });
    expect(runTotalMs(done)).toBe(210_000);
  });

  it('excludes paused time from the slide on screen and counts it apart', () => {
    let run = startRun('r', T0, 0, 'a');
    run = pause(run, 10_000);
    run = resume(run, 70_000); // one minute of applause
    run = showSlide(run, 'b', 80_000);
    const done = finishRun(run, 90_000, T0);
    expect(done.slideMs).toEqual({ a: 20_000, b: 10_000 });
    expect(done.pausedMs).toBe(60_000);
  });

  it('a slide change while paused starts the new slide only at resume', () => {
    let run = startRun('r', T0, 0, 'a');
    run = pause(run, 5_000);
    run = showSlide(run, 'b', 8_000);
    run = resume(run, 20_000);
    const done = finishRun(run, 26_000, T0);
    expect(done.slideMs).toEqual({ a: 5_000, b: 6_000 });
    expect(done.pausedMs).toBe(15_000);
  });

  it('adds up revisits of the same slide', () => {
    let run = startRun('r', T0, 0, 'a');
    run = showSlide(run, 'b', 10_000);
    run = showSlide(run, 'a', 15_000);
    const done = finishRun(run, 18_000, T0);
    expect(done.slideMs).toEqual({ a: 13_000, b: 5_000 });
  });

  it('ignores repeated pauses, resumes and same-slide changes', () => {
    let run = startRun('r', T0, 0, 'a');
    run = pause(run, 1_000);
    run = pause(run, 2_000);
    run = resume(run, 3_000);
    run = resume(run, 4_000);
    run = showSlide(run, 'a', 5_000);
    const done = finishRun(run, 6_000, T0);
    expect(done.slideMs).toEqual({ a: 4_000 });
    expect(done.pausedMs).toBe(2_000);
  });

  it('finishing while paused closes the pause and counts nothing more', () => {
    let run = startRun('r', T0, 0, 'a');
    run = pause(run, 3_000);
    const done = finishRun(run, 9_000, new Date('2026-11-27T08:10:00Z'));
    expect(done.slideMs).toEqual({ a: 3_000 });
    expect(done.pausedMs).toBe(6_000);
    expect(done.endedAt).toBe('2026-11-27T08:10:00.000Z');
  });

  it('for any sequence of events, slide time plus paused time equals elapsed time', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('slide' as const), id: fc.constantFrom('a', 'b', 'c'), dt: fc.nat(100_000) }),
      fc.record({ kind: fc.constant('pause' as const), dt: fc.nat(100_000) }),
      fc.record({ kind: fc.constant('resume' as const), dt: fc.nat(100_000) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.nat(100_000), (events, tail) => {
        let at = 0;
        let run = startRun('r', T0, at, 'a');
        for (const e of events) {
          at += e.dt;
          run = e.kind === 'slide' ? showSlide(run, e.id, at) : e.kind === 'pause' ? pause(run, at) : resume(run, at);
        }
        const done = finishRun(run, at + tail, T0);
        expect(runTotalMs(done) + done.pausedMs).toBe(at + tail);
      }),
    );
  });
});
