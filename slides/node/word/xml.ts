import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';

/**
 * Small helpers over @xmldom/xmldom for WordprocessingML. Elements are matched by local name,
 * so the transitional (w: = …/2006/main) and strict (…/ooxml/wordprocessingml/main) namespaces
 * both work, whatever prefix a writer chose.
 */

export type { XmlElement };

export function parseXml(xml: string, part: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${part} is not well-formed XML (${String(message).split('\n')[0]})`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

/** Element children of a node, in order. */
export function children(node: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as XmlElement);
  }
  return out;
}

/** The first element child with this local name. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!node) return undefined;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as XmlElement).localName === name) return c as XmlElement;
  }
  return undefined;
}

/** Follows a path of local names: path(pPr, 'numPr', 'ilvl'). */
export function path(node: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = node;
  for (const name of names) current = child(current, name);
  return current;
}

/** All descendants with this local name, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const list = node.getElementsByTagNameNS('*', name);
  for (let i = 0; i < list.length; i++) out.push(list.item(i) as XmlElement);
  return out;
}

/** An attribute by local name (w:val, w:id …), whatever its prefix. */
export function attr(node: XmlElement | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const { attributes } = node;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes.item(i);
    if (a && a.localName === name) return a.value;
  }
  return undefined;
}

export function intAttr(node: XmlElement | undefined, name: string): number | undefined {
  const value = attr(node, name);
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An on/off property (<w:b/>, <w:vanish w:val="false"/>): present and not switched off.
 */
export function isOn(node: XmlElement | undefined): boolean {
  if (!node) return false;
  const value = attr(node, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}
