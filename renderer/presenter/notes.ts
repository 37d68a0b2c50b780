/**
 * The verbatim text for the speaker, in large type. Font size (A+/A−) and automatic
 * scrolling are remembered through the host's settings. With automatic scrolling on,
 * the text moves through the slide's planned reading time, so the part being read
 * stays in view; otherwise each slide's text starts at the top.
 */
import type { Host } from '../../electron/common/contract.ts';
import type { Slide } from '../../slides/core/model.ts';

export const NOTES_SIZE_SETTING = 'presenter.notesSize';
export const AUTOSCROLL_SETTING = 'presenter.autoScroll';
const MIN_SIZE = 16;
const MAX_SIZE = 96;
const STEP = 4;
const DEFAULT_SIZE = 34;

export class NotesPanel {
  private size = DEFAULT_SIZE;
  private autoScroll = true;
  private slideId: string | null = null;

  constructor(private readonly host: Host, private readonly box: HTMLElement, private readonly toggle: HTMLInputElement) {
    toggle.addEventListener('change', () => {
      this.autoScroll = toggle.checked;
      void host.setSetting(AUTOSCROLL_SETTING, this.autoScroll);
    });
  }

  async restore(): Promise<void> {
    const size = await this.host.getSetting<unknown>(NOTES_SIZE_SETTING).catch(() => undefined);
    if (typeof size === 'number' && size >= MIN_SIZE && size <= MAX_SIZE) this.size = size;
    const auto = await this.host.getSetting<unknown>(AUTOSCROLL_SETTING).catch(() => undefined);
    if (typeof auto === 'boolean') this.autoScroll = auto;
    this.toggle.checked = this.autoScroll;
    this.applySize();
  }

  fontSize(): number {
    return this.size;
  }

  changeSize(direction: 1 | -1): void {
    const next = Math.min(MAX_SIZE, Math.max(MIN_SIZE, this.size + direction * STEP));
    if (next === this.size) return;
    this.size = next;
    this.applySize();
    void this.host.setSetting(NOTES_SIZE_SETTING, this.size);
  }

  private applySize(): void {
    this.box.style.setProperty('--notes-size', `${this.size}px`);
  }

  show(slide: Slide | undefined): void {
    const id = slide?.id ?? null;
    if (id === this.slideId) return;
    this.slideId = id;
    const paragraphs = (slide?.notes ?? '').split(/\n+/).filter((p) => p.trim());
    this.box.replaceChildren(...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }));
    // In the next frame, with the layout it needs anyway: setting it now would force a
    // layout of the whole view in the middle of the key press.
    requestAnimationFrame(() => { this.box.scrollTop = 0; });
  }

  /** Called every tick: `progress` is time on the slide over its planned time (0…1+). */
  follow(progress: number): void {
    if (!this.autoScroll) return;
    const room = this.box.scrollHeight - this.box.clientHeight;
    if (room <= 0) return;
    // Keep the reading position a third of the way down, starting at the top.
    const target = Math.max(0, Math.min(room, progress * this.box.scrollHeight - this.box.clientHeight / 3));
    if (Math.abs(this.box.scrollTop - target) > 2) this.box.scrollTop = target;
  }
}
