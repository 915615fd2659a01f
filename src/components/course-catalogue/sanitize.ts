/**
 * Course descriptions are HTML written by editors of the API, not by us: only simple
 * formatting may reach the page. This module is loaded (with DOMPurify, in one chunk) the
 * first time a description is opened, so the catalogue's first load does not pay for it.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a'];
const ALLOWED_ATTR = ['href'];
// http(s), mailto and tel only: no javascript:, data:, or relative links that would point into the host page.
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:|tel:)/i;

let purifier: DOMPurify | undefined;

function instance(): DOMPurify {
  if (purifier) return purifier;
  // An instance of our own: hooks added here never touch a DOMPurify the host page uses.
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (!node.getAttribute('href')) node.removeAttribute('href');
      else node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/**
 * The description with only p, br, strong, em, ul, ol, li and http(s)/mailto/tel links
 * left, as the children of a new `<div class="description" part="description">`. Nodes,
 * not an HTML string: nothing is parsed again after sanitising.
 */
export function sanitizeDescription(html: string): HTMLElement {
  const fragment = instance().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  const container = document.createElement('div');
  container.className = 'description';
  container.setAttribute('part', 'description');
  container.append(fragment);
  return container;
}
