/**
 * A slide's picture: dropped on the editor or chosen with the file chooser (PNG, JPEG, WebP,
 * SVG). The host checks it and copies it beside the deck (Host.addPicture); a file it refuses
 * (broken, too large, not a picture) is said in the error bar and changes nothing.
 */
import type { DeckEditing } from '../../electron/common/contract.ts';
import type { SlideLayout, SlidePicture } from '../../slides/core/model.ts';
import { PICTURE_LAYOUTS } from '../../slides/core/model.ts';
import { tr } from '../i18n/index.ts';
import { sayError } from './say-error.ts';

export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export interface PictureInputParts {
  zone: HTMLElement;
  input: HTMLInputElement;
  /** Covers the page while a file is dragged over it. */
  cover: HTMLElement;
  onPicture(picture: SlidePicture): void;
  onError(message: string): void;
}

export function isPictureName(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return ext in PICTURE_TYPES;
}

export class PictureInput {
  private depth = 0;

  constructor(private readonly host: DeckEditing, private readonly parts: PictureInputParts) {
    const { zone, input, cover } = parts;
    zone.querySelector('#ed-picture-choose')?.addEventListener('click', () => input.click());
    zone.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === zone) input.click();
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.add(file);
    });
    window.addEventListener('dragenter', (event) => {
      if (!hasFiles(event)) return;
      this.depth += 1;
      cover.hidden = false;
    });
    window.addEventListener('dragleave', (event) => {
      if (!hasFiles(event)) return;
      this.depth = Math.max(0, this.depth - 1);
      if (this.depth === 0) cover.hidden = true;
    });
    window.addEventListener('dragover', (event) => {
      if (hasFiles(event)) event.preventDefault();
    });
    window.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      this.depth = 0;
      cover.hidden = true;
      const file = event.dataTransfer?.files[0];
      if (file) void this.add(file);
    });
  }

  /**
   * Pictures the .docx report had in this slide's text (data: URLs the host read from it), offered
   * as buttons: one click copies it beside the deck like a chosen file and puts it on the slide.
   */
  offer(pictures: readonly SlidePicture[]): void {
    const box = this.parts.zone.querySelector<HTMLElement>('#ed-offered');
    if (!box) return;
    box.hidden = pictures.length === 0;
    box.replaceChildren(...pictures.map((offered) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ed-offered-picture';
      button.title = tr('editor.picture.offered', { name: offered.alt });
      const img = document.createElement('img');
      img.src = offered.src;
      img.alt = offered.alt;
      const label = document.createElement('span');
      label.textContent = offered.alt;
      button.append(img, label);
      button.addEventListener('click', () => void this.addBytes(`${offered.alt || 'picture'}.${extensionOf(offered.src)}`, bytesOfDataUrl(offered.src), offered.alt));
      return button;
    }));
  }

  show(picture: SlidePicture | undefined, layout: SlideLayout): void {
    const text = this.parts.zone.querySelector('#ed-picture-text');
    if (text) {
      text.textContent = picture
        ? tr('editor.picture.current', { name: picture.src.split('/').pop() ?? picture.src })
        : tr(PICTURE_LAYOUTS.includes(layout) ? 'editor.picture.needed' : 'editor.picture.none');
    }
    // A picture layout with no picture yet: the hall shows an empty place for it, so the zone asks for one.
    this.parts.zone.classList.toggle('wanted', picture === undefined && PICTURE_LAYOUTS.includes(layout));
    const remove = this.parts.zone.querySelector<HTMLButtonElement>('#ed-picture-remove');
    if (remove) remove.hidden = !picture;
    this.parts.zone.classList.toggle('unused', picture !== undefined && !PICTURE_LAYOUTS.includes(layout));
    this.parts.zone.title = picture && !PICTURE_LAYOUTS.includes(layout) ? tr('editor.picture.unusedLayout') : '';
  }

  private async add(file: File): Promise<void> {
    if (!isPictureName(file.name)) {
      this.parts.onError(tr('editor.picture.unsupported', { name: file.name }));
      return;
    }
    await this.addBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  private async addBytes(name: string, bytes: Uint8Array, alt?: string): Promise<void> {
    try {
      const result = await this.host.addPicture(name, bytes);
      if (!result.ok) {
        this.parts.onError(tr('editor.picture.refused', { name, message: sayError(result.error) }));
        return;
      }
      this.parts.onPicture(alt ? { ...result.picture, alt } : result.picture);
    } catch (error) {
      this.parts.onError(tr('editor.picture.refused', { name, message: error instanceof Error ? error.message : String(error) }));
    }
  }
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') === true;
}

/** The file extension for a data: URL's type (png when unknown: the host checks the bytes anyway). */
function extensionOf(dataUrl: string): string {
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? '';
  return Object.entries(PICTURE_TYPES).find(([, mime]) => mime === type)?.[0] ?? 'png';
}

/** The bytes of a base64 data: URL (the CSP allows no fetch of data: URLs). */
function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
