/**
 * Page boxes: one element per printed page, sized in millimetres to the @page size
 * with zero page margins, so what is measured on screen is what is printed.
 */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface SheetSpec {
  /** Page size in mm. */
  width: number;
  height: number;
  /** Content box margins in mm (for odd pages when mirrored). */
  margins: Margins;
  /** Swap left and right margins on even pages (duplex binding). */
  mirror?: boolean;
  className: string;
  /** Diagonal watermark text on every page; empty for none. */
  watermark?: string;
}

export interface Sheet {
  element: HTMLElement;
  body: HTMLElement;
  /** 1-based page number. */
  number: number;
}

export const A4 = { width: 210, height: 297 } as const;

/** Sets the printed page size (one size per document: every sheet of a layout shares it). */
export function setPageSize(width: number, height: number): void {
  const style = document.createElement('style');
  style.textContent = `@page { size: ${width}mm ${height}mm; margin: 0; }`;
  document.head.append(style);
}

export function createSheets(container: HTMLElement, spec: SheetSpec): { sheets: Sheet[]; next: () => Sheet } {
  const sheets: Sheet[] = [];
  const next = (): Sheet => {
    const number = sheets.length + 1;
    const element = document.createElement('section');
    element.className = `sheet ${spec.className} ${number % 2 === 0 ? 'sheet-even' : 'sheet-odd'}`;
    element.style.width = `${spec.width}mm`;
    element.style.height = `${spec.height}mm`;
    const swap = spec.mirror === true && number % 2 === 0;
    const m = spec.margins;
    const body = document.createElement('div');
    body.className = 'sheet-body';
    body.style.top = `${m.top}mm`;
    body.style.left = `${swap ? m.right : m.left}mm`;
    body.style.width = `${spec.width - m.left - m.right}mm`;
    body.style.height = `${spec.height - m.top - m.bottom}mm`;
    if (spec.watermark) {
      const mark = document.createElement('div');
      mark.className = 'sheet-watermark';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = spec.watermark;
      element.append(mark);
    }
    element.append(body);
    container.append(element);
    const sheet = { element, body, number };
    sheets.push(sheet);
    return sheet;
  };
  return { sheets, next };
}

/** Adds a text element positioned on a sheet (page numbers, running heads, margin marks). */
export function addSheetText(sheet: Sheet, className: string, text: string): HTMLElement {
  const node = document.createElement('div');
  node.className = className;
  node.textContent = text;
  sheet.element.append(node);
  return node;
}

/** Px offset of `node`'s top from its sheet's top edge. */
export function offsetInSheet(node: Element, sheet: Sheet): number {
  return node.getBoundingClientRect().top - sheet.element.getBoundingClientRect().top;
}
