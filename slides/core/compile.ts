/**
 * compileDeck: decoded report text → DeckModel. Plain text and .docx text go through the outline
 * and the automatic plan; Markdown either through the same plan (a report written in Markdown) or,
 * when it has explicit slide breaks or notes, slide by slide as written (a reveal.js deck).
 */
import { DeckError } from './errors.ts';
import { readFrontMatter, type DeckSettings } from './frontmatter.ts';
import { isExplicitDeck, parseExplicitDeck } from './deck.ts';
import { outlineMarkdown } from './markdown.ts';
import { DECK_MODEL_VERSION, type CompileOptions, type DeckModel, type Section, type Slide, type SourceText } from './model.ts';
import { compactText, normalizeText } from './text.ts';
import { fixedPhraseList } from './fixed-phrases.ts';
import { finishPlan, planOutline, type PlanContext } from './plan.ts';
import { DEFAULT_MAX_SLIDE_SECONDS, resolveRate, validateOptions } from './options.ts';
import { detectLang, readingUnits } from './reading.ts';
import { outlineText, type Outline } from './outline.ts';
import { blocksText, outlineBlocks } from './outline-blocks.ts';

function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function emptyError(source: SourceText): DeckError {
  return new DeckError({
    code: 'EMPTY',
    file: source.name,
    message: { key: 'error.empty' },
    hint: { key: 'error.empty.hint' },
  });
}

/** A Markdown heading (ATX `#` or a Setext underline, which also covers `---` slide breaks). */
const MARKDOWN_HEADING = /^ {0,3}(#{1,6}(\s|$)|=+\s*$|-{2,}\s*$)/m;

/**
 * A .md file that is really a plain report (a .txt renamed, or saved as .md by an office tool):
 * no front matter, no slide breaks, notes or Markdown headings, but the report's own heading
 * labels (一、 （一） 1.) in its paragraphs. Read as Markdown it would be one long section; read
 * as text it has its sections. The outline when it is one, else undefined.
 */
function plainReportOutline(raw: string, markdownText: string): Outline | undefined {
  if (markdownText.startsWith('---\n') || MARKDOWN_HEADING.test(markdownText) || isExplicitDeck(markdownText)) return undefined;
  const outline = outlineText(normalizeText(raw, false));
  return outline.blocks.some((block) => block.type === 'heading') ? outline : undefined;
}

export function compileDeck(source: SourceText, options: CompileOptions = {}): DeckModel {
  validateOptions(options, source.name);
  // A document read as blocks (Word, PDF): its text is the blocks' text.
  let text = normalizeText(source.blocks ? blocksText(source.blocks) : source.text, source.format === 'md');
  let settings: DeckSettings = {};
  // A .md file may be a plain report saved under that name: then it is read as the report it is.
  const plainOutline = source.format === 'md' && !source.blocks ? plainReportOutline(source.text, text) : undefined;
  if (source.format === 'md' && !plainOutline) {
    const front = readFrontMatter(text, source.name);
    settings = front.settings;
    text = front.body;
  }
  if (plainOutline) {
    text = normalizeText(source.text, false);
    settings.notices = [{ key: 'notice.mdAsText' }];
  }
  if (compactText(text).length === 0) throw emptyError(source);
  const lang = settings.lang ?? detectLang(text);
  const fileRate = typeof settings.rate === 'number'
    ? (lang === 'zh' ? { cjkPerMinute: settings.rate } : { wordsPerMinute: settings.rate })
    : settings.rate ?? {};
  const rate = resolveRate(fileRate, options);
  const ctx: PlanContext = { lang, rate, maxSlideSeconds: options.maxSlideSeconds ?? DEFAULT_MAX_SLIDE_SECONDS, phrases: fixedPhraseList(settings.fixedPhrases) };

  let slides: Slide[];
  let sections: Section[];
  let title: string | undefined;
  let subtitle: string | undefined;
  let byline: string[] | undefined;
  if (source.format === 'md' && isExplicitDeck(text)) {
    ({ slides, sections } = parseExplicitDeck(text, ctx));
    const first = slides.find((s) => s.kind === 'title') ?? slides[0];
    title = first?.title;
    if (first?.kind === 'title') {
      subtitle = first.subtitle;
      byline = first.points.length > 0 ? first.points : undefined;
    }
  } else {
    const outline = plainOutline ?? (source.format === 'md' ? outlineMarkdown(text) : source.blocks ? outlineBlocks(source.blocks) : outlineText(text));
    ({ slides, sections } = finishPlan(planOutline(outline, ctx), ctx));
    title = outline.titleBlock?.title;
    subtitle = outline.titleBlock?.subtitle;
    byline = outline.titleBlock && outline.titleBlock.byline.length > 0 ? outline.titleBlock.byline : undefined;
  }
  if (slides.length === 0) throw emptyError(source);

  const deck: DeckModel = {
    version: DECK_MODEL_VERSION,
    meta: {
      title: settings.title ?? (title !== undefined && title !== '' ? title : titleFromName(source.name)),
      lang,
      rate,
      theme: options.theme ?? settings.theme ?? 'official',
      aspect: options.aspect ?? settings.aspect ?? '16:9',
      totalSeconds: slides.reduce((sum, s) => sum + s.seconds, 0),
      readingUnits: slides.reduce((sum, s) => sum + readingUnits(s.notes, lang), 0),
      source: { name: source.name, format: source.format, ...(source.document ? { document: source.document } : {}) },
    },
    sections,
    slides,
  };
  if (subtitle !== undefined) deck.meta.subtitle = subtitle;
  if (byline !== undefined) deck.meta.byline = byline;
  if (settings.author !== undefined) deck.meta.author = settings.author;
  // The theme's notice is about the front matter's theme: a theme passed as an option replaces it.
  const notices = [...(settings.themeNotice && options.theme === undefined ? [settings.themeNotice] : []), ...(settings.notices ?? [])];
  if (notices.length > 0) deck.meta.notices = notices;
  if (settings.reveal) deck.meta.reveal = settings.reveal;
  if (settings.revealOptions) deck.meta.revealOptions = settings.revealOptions;
  const target = options.targetSeconds ?? settings.targetSeconds;
  if (target !== undefined) deck.meta.targetSeconds = target;
  if (settings.pronounce && settings.pronounce.length > 0) deck.meta.pronounce = settings.pronounce;
  if (settings.fixedPhrases && settings.fixedPhrases.length > 0) deck.meta.fixedPhrases = settings.fixedPhrases;
  return deck;
}
