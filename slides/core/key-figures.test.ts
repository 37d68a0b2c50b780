import { describe, expect, it } from 'vitest';
import { isFigure, keyFigures } from './key-figures.ts';

describe('key figures: a table that is a short list of indicators and values', () => {
  it('indicator | value | growth, with a header: tiles of value, label and the growth under its header', () => {
    expect(keyFigures({ header: true, rows: [['指标', '数值', '年均增长'], ['地区生产总值', 'X亿元', 'X%'], ['一般公共预算收入', '12.5亿元', '8.1%'], ['城镇居民人均可支配收入', 'X元', '']] })).toEqual([
      { label: '地区生产总值', value: 'X亿元', note: '年均增长 X%' },
      { label: '一般公共预算收入', value: '12.5亿元', note: '年均增长 8.1%' },
      { label: '城镇居民人均可支配收入', value: 'X元' },
    ]);
    expect(keyFigures({ header: false, rows: [['GDP', '−3.2%'], ['Jobs created', '1,200']] })).toEqual([{ label: 'GDP', value: '−3.2%' }, { label: 'Jobs created', value: '1,200' }]);
  });

  it('any other table stays a table: text values, long labels, one row or more than six, four columns', () => {
    expect(keyFigures({ header: true, rows: [['项目', '责任单位'], ['老旧小区改造', '住建办'], ['河道整治', '农业办']] })).toBeUndefined();
    expect(keyFigures({ header: false, rows: [['全镇规模以上工业企业研发投入占营业收入比重', 'X%'], ['地区生产总值', 'X亿元']] })).toBeUndefined();
    expect(keyFigures({ header: true, rows: [['指标', '数值'], ['地区生产总值', 'X亿元']] })).toBeUndefined();
    expect(keyFigures({ header: false, rows: Array.from({ length: 7 }, (_, i) => [`指标${i}`, `${i}亿元`]) })).toBeUndefined();
    expect(keyFigures({ header: false, rows: [['a', '1', '2', '3'], ['b', '4', '5', '6']] })).toBeUndefined();
    expect(keyFigures({ header: false, rows: [['地区生产总值', 'X亿元', '较快增长'], ['财政收入', '5亿元', '']] })).toBeUndefined();
  });

  it('what counts as a figure', () => {
    for (const cell of ['X亿元', '12.5%', '3家', '1,200万', '−3.2', '２０２５年']) expect(isFigure(cell)).toBe(true);
    for (const cell of ['较快增长', '增长X%', '', '住建办', '12345678901234567']) expect(isFigure(cell)).toBe(false);
  });
});
