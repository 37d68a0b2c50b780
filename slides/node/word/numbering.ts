/**
 * Word list numbering (word/numbering.xml) rendered as the document shows it. A paragraph with
 * numbering (numId + ilvl, on the paragraph or from its style) gets its label from the level's
 * text, e.g. `%1、` → 一、 or `（%2）` → （三）, counting as Word counts:
 * - one counter set per abstract list, shared by the numbering instances (w:num) that use it;
 * - a w:num's w:lvlOverride/w:startOverride restarts that level the first time the instance is used,
 *   and its w:lvl replaces the level's definition;
 * - using a level resets the deeper levels (unless their w:lvlRestart says otherwise);
 * - w:isLgl shows every level's counter in decimal.
 */
import { formatNumber } from './number-formats.ts';
import { attr, child, children, intAttr, isOn, parseXml, type XmlElement } from './xml.ts';

export interface LevelDefinition {
  start: number;
  format: string;
  /** Level text with %1 … %9 placeholders. */
  text: string;
  /** What follows the label: a tab (default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** 0-based level after whose use this one restarts; -1 never; undefined: after any shallower level. */
  restartAfter?: number;
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  /** Level overrides of this instance: a start override, a whole level, or both. */
  overrides: Map<number, { start?: number; level?: LevelDefinition }>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, LevelDefinition>>;
  instances: Map<string, NumberingInstance>;
}

function readLevel(lvl: XmlElement): LevelDefinition {
  const suffix = attr(child(lvl, 'suff'), 'val');
  const restart = intAttr(child(lvl, 'lvlRestart'), 'val');
  const level: LevelDefinition = {
    start: intAttr(child(lvl, 'start'), 'val') ?? 0,
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: isOn(child(lvl, 'isLgl')),
  };
  if (restart !== undefined) level.restartAfter = restart === 0 ? -1 : restart - 1;
  return level;
}

function readLevels(parent: XmlElement): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of children(parent)) {
    if (lvl.localName === 'lvl') levels.set(intAttr(lvl, 'ilvl') ?? 0, readLevel(lvl));
  }
  return levels;
}

export function readNumbering(xml: string | undefined): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
  if (xml === undefined) return definitions;
  const root = parseXml(xml, 'word/numbering.xml').documentElement;
  if (!root) return definitions;
  for (const node of children(root)) {
    if (node.localName === 'abstractNum') {
      definitions.abstracts.set(attr(node, 'abstractNumId') ?? '', readLevels(node));
    } else if (node.localName === 'num') {
      const overrides = new Map<number, { start?: number; level?: LevelDefinition }>();
      for (const override of children(node)) {
        if (override.localName !== 'lvlOverride') continue;
        const entry: { start?: number; level?: LevelDefinition } = {};
        const start = intAttr(child(override, 'startOverride'), 'val');
        if (start !== undefined) entry.start = start;
        const lvl = child(override, 'lvl');
        if (lvl) entry.level = readLevel(lvl);
        overrides.set(intAttr(override, 'ilvl') ?? 0, entry);
      }
      definitions.instances.set(attr(node, 'numId') ?? '', { abstractId: attr(child(node, 'abstractNumId'), 'val') ?? '', overrides });
    }
  }
  // numStyleLink: an abstract list that only points at a style's list is resolved by the style
  // part; Word writes the real levels on the linked abstract list, which is used as is.
  return definitions;
}

export interface ListLabel {
  /** The label as shown: 一、 / （三） / 1. ('' for bullets). */
  text: string;
  suffix: LevelDefinition['suffix'];
}

/** Counts list items through the document in order and renders their labels. */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedInstances = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  private levelOf(instance: NumberingInstance, ilvl: number): LevelDefinition | undefined {
    return instance.overrides.get(ilvl)?.level ?? this.definitions.abstracts.get(instance.abstractId)?.get(ilvl);
  }

  /** The label of the next item at (numId, ilvl), advancing the counters; undefined when not numbered. */
  next(numId: string, ilvl: number): ListLabel | undefined {
    if (numId === '0') return undefined; // numId 0 switches numbering off
    const instance = this.definitions.instances.get(numId);
    if (!instance) return undefined;
    const level = this.levelOf(instance, ilvl);
    if (!level) return undefined;
    const key = instance.abstractId;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    if (!this.usedInstances.has(numId)) {
      this.usedInstances.add(numId);
      for (const [overridden, { start }] of instance.overrides) {
        if (start !== undefined) counts[overridden] = undefined;
      }
    }
    const startOf = (k: number): number => instance.overrides.get(k)?.start ?? this.levelOf(instance, k)?.start ?? 0;
    const previous = counts[ilvl];
    counts[ilvl] = previous === undefined ? startOf(ilvl) : previous + 1;
    // Deeper levels restart after this one, unless they say they restart only after a shallower level (or never).
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = this.levelOf(instance, deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter >= 0 && restartAfter >= ilvl)) counts[deeper] = undefined;
    }
    const text = level.format === 'bullet' ? '' : level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = counts[k] ?? startOf(k);
      const format = level.legal ? 'decimal' : (this.levelOf(instance, k)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    return { text, suffix: level.suffix };
  }
}
