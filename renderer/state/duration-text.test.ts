import { describe, expect, it } from 'vitest';
import { readDuration, readTarget } from './duration-text.ts';

describe('durations typed in the views', () => {
  it('reads a bare number in the unit asked for', () => {
    expect(readDuration('90')).toBe(90);
    expect(readDuration('50', 60)).toBe(3000);
  });

  it('reads clock times and units, Chinese ones too', () => {
    expect(readDuration('1:30')).toBe(90);
    expect(readDuration('1:05:00')).toBe(3900);
    expect(readDuration('45 分钟')).toBe(2700);
    expect(readDuration('1.5h')).toBe(5400);
    expect(readDuration('30秒')).toBe(30);
  });

  it('says null for what is not a duration, and for impossible clock times', () => {
    expect(readDuration('soon')).toBeNull();
    expect(readDuration('1:75')).toBeNull();
  });
});

describe('the target typed in the presenter, the rehearsal report or the editor', () => {
  it('takes minutes for a bare number', () => {
    expect(readTarget(' 45 ')).toEqual({ kind: 'set', seconds: 2700 });
    expect(readTarget('50:00')).toEqual({ kind: 'set', seconds: 3000 });
  });

  it('clears the target when the field is emptied', () => {
    expect(readTarget('  ')).toEqual({ kind: 'clear' });
  });

  it('refuses zero and words', () => {
    expect(readTarget('0')).toEqual({ kind: 'invalid' });
    expect(readTarget('五十')).toEqual({ kind: 'invalid' });
  });
});
