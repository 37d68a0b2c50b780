import { describe, expect, it } from 'vitest';
import { batchPlan } from './batch.ts';

describe('batchPlan', () => {
  it('names each file after the report and passes the dialog\'s options to the print requests they concern', () => {
    const { targets, requests } = batchPlan('报告.md', '/out', { formats: ['reading', 'handout', 'slides'], perPage: 6, watermark: '内部资料', aids: false });
    expect(targets.map((target) => target.format)).toEqual(['reading', 'handout', 'slides']);
    expect(requests.get('reading')).toMatchObject({ kind: 'reading', watermark: '内部资料', aids: false });
    expect(requests.get('handout')).toMatchObject({ kind: 'handout', perPage: 6 });
    // Aids belong to the reading copy only; handouts have no notes to annotate.
    expect(requests.get('handout')).not.toHaveProperty('aids');
    expect(requests.get('slides')).not.toHaveProperty('aids');
  });

  it('gives the notes pages their own slides a page and large type, leaving the handout\'s to the handout', () => {
    const { requests } = batchPlan('报告.md', '/out', { formats: ['notes', 'handout'], perPage: 4, notesPerPage: 2, largeType: true });
    expect(requests.get('notes')).toEqual({ kind: 'notes', perPage: 2, largeType: true });
    expect(requests.get('handout')).toEqual({ kind: 'handout', perPage: 4 });
    expect(batchPlan('报告.md', '/out', { formats: ['notes'], perPage: 6 }).requests.get('notes')).toEqual({ kind: 'notes' });
  });

  it('leaves the reading copy\'s aids on unless the dialog turned them off', () => {
    expect(batchPlan('report.txt', '/out', { formats: ['reading'] }).requests.get('reading')).not.toHaveProperty('aids');
    expect(batchPlan('report.txt', '/out', { formats: ['reading'], aids: true }).requests.get('reading')).not.toHaveProperty('aids');
  });
});
