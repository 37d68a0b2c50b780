/**
 * What the reader of a deck must know about its report's file, in their language: tracked changes
 * and comments that were accepted ("This document has 12 unaccepted revisions and 3 comments; …"),
 * and structure the format could not carry (a .doc's automatic numbering, a PDF's tables). The
 * presenter shows it as a banner; every CLI command prints it on stderr.
 */
import { t, type MessageKey, type UiLang } from './messages/catalogue.ts';
import type { DeckMeta, SourceText } from './model.ts';

function list(lang: UiLang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t(lang, 'source.listJoin'))}${t(lang, 'source.listLast')}${items.at(-1) ?? ''}`;
}

function counted(lang: UiLang, n: number, many: MessageKey, one: MessageKey): string {
  return n === 1 ? t(lang, one) : t(lang, many, { n });
}

const FORMAT_NAME: Readonly<Partial<Record<DeckMeta['source']['format'], MessageKey>>> = {
  doc: 'source.format.doc',
  wps: 'source.format.wps',
  pdf: 'source.format.pdf',
};

/** What a deck says about the file it was read from (DeckMeta.source), from the decoded file. */
export function sourceOf(text: SourceText): DeckMeta['source'] {
  return { name: text.name, format: text.format, ...(text.document ? { document: text.document } : {}) };
}

/** The notices for a deck's source, one sentence each; empty when there is nothing to say. */
export function sourceNotices(source: DeckMeta['source'], lang: UiLang): string[] {
  const document = source.document;
  if (!document) return [];
  const notices: string[] = [];
  const changes = [
    ...(document.revisions > 0 ? [counted(lang, document.revisions, 'source.revisions', 'source.revisions.one')] : []),
    ...(document.formatRevisions > 0 ? [counted(lang, document.formatRevisions, 'source.formatRevisions', 'source.formatRevisions.one')] : []),
  ];
  const comments = document.comments > 0 ? [counted(lang, document.comments, 'source.comments', 'source.comments.one')] : [];
  if (changes.length > 0) notices.push(t(lang, 'source.changes', { list: list(lang, [...changes, ...comments]) }));
  else if (comments.length > 0) notices.push(t(lang, 'source.commentsOnly', { list: list(lang, comments) }));
  const format = t(lang, FORMAT_NAME[source.format] ?? 'source.format.other');
  const conversion = document.conversion;
  if (conversion?.via === 'text') notices.push(t(lang, `source.office.${conversion.reason}`, { format, detail: conversion.detail ?? '' }));
  if (document.lost.length > 0) {
    const lost = document.lost.map((item) => t(lang, `source.lost.${item}`));
    notices.push(t(lang, 'source.lost', { format, list: list(lang, lost) }));
  }
  return notices;
}
