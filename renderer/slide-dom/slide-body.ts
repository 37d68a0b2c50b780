/**
 * Hand-written slide bodies (explicit Markdown decks) → sanitised DOM. Raw HTML in
 * a report is untrusted: marked renders, DOMPurify keeps an allow-list of plain
 * content tags and drops every attribute that could run or load anything.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'sub', 'sup', 'mark', 'small', 'span', 'code', 'pre',
  'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['class', 'colspan', 'rowspan'];

export function renderSlideBody(markdown: string): DocumentFragment {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, RETURN_DOM_FRAGMENT: true });
}
