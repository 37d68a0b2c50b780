/**
 * Markdown → HTML with marked, reveal.js-style `<!-- .element: class="fragment" -->`
 * comments applied, then DOMPurify with an allow-list. Report content never runs: no
 * script, no event handlers, no links out, no remote images (only data: images), no
 * style attributes. Loaded on demand by markdown.ts.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { parseAttributeComment, safeClassList } from './markdown.ts';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'ins',
  'mark', 'sub', 'sup', 'br', 'hr', 'blockquote', 'code', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'span', 'div', 'img', 'small', 'figure', 'figcaption', 'section', 'aside', 'header', 'footer',
];
const ALLOWED_ATTR = ['class', 'colspan', 'rowspan', 'src', 'alt', 'title', 'data-fragment-index', 'start'];

/** Only images carried inside the report itself; nothing fetched from anywhere. */
const SAFE_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,[A-Za-z0-9+/=\s]+$/;

function applyElementComments(root: ParentNode & Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node as Comment);
  for (const comment of comments) {
    const match = /^\s*\.element\s*:?(.*)$/s.exec(comment.data);
    if (match) {
      // As reveal.js does: the element just before the comment, else the one containing it.
      let previous = comment.previousSibling;
      while (previous && previous.nodeType === Node.TEXT_NODE && !previous.textContent?.trim()) previous = previous.previousSibling;
      const target = previous instanceof Element && previous.tagName !== 'BR' ? previous : comment.parentElement;
      if (target) {
        for (const [name, value] of parseAttributeComment(match[1] ?? '')) {
          if (name === 'class') target.classList.add(...value.split(' '));
          else target.setAttribute(name, value);
        }
      }
    }
    comment.remove();
  }
}

let hooked = false;
function hookOnce(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'src' && !SAFE_IMAGE.test(data.attrValue)) data.keepAttr = false;
    if (data.attrName === 'class') data.attrValue = safeClassList(data.attrValue).join(' ');
  });
}

/** Sanitised DOM for a slide's hand-written Markdown body. */
export function renderMarkdownBody(markdown: string, doc: Document = document): DocumentFragment {
  hookOnce();
  const html = marked.parse(markdown) as string;
  // An inert document: nothing in it loads or runs while we move attributes around.
  const inert = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  applyElementComments(inert.body);
  const clean = DOMPurify.sanitize(inert.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  return doc.importNode(clean, true);
}

