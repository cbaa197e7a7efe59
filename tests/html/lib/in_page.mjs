// Functions that run inside the page (passed to page.evaluate), so each must be self-contained:
// no closure over module scope, helpers defined inside.

// Facts about the horizontal fit of the page at the current viewport: the root's scrollWidth
// and clientWidth (WCAG 1.4.10 reflow asks that they agree), and the element reaching furthest
// right past the viewport. Elements inside a container that scrolls or clips horizontally are
// left out: a wide table in an overflow-x:auto wrapper is the reflow exception for
// two-dimensional content, and clipping is the clipped-text check's business. The root's
// scrollWidth alone would miss content pushed past the edge under `body { overflow-x: hidden }`,
// which hides rather than reflows, so the element scan runs whether or not the root scrolls.
export function measureReflow() {
  function describe(el) {
    const parts = [];
    for (let e = el; e && e !== document.documentElement && parts.length < 4; e = e.parentElement) {
      let part = e.localName;
      if (e.id) part += `#${e.id}`;
      for (const c of e.classList) part += `.${c}`;
      parts.unshift(part);
    }
    const html = el.outerHTML.replace(/\s+/g, ' ');
    return { target: parts.join(' > '), html: html.length > 160 ? `${html.slice(0, 160)}…` : html };
  }
  function insideHorizontalClip(el) {
    for (let e = el.parentElement; e && e !== document.body && e !== document.documentElement; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== 'visible') return true;
    }
    return false;
  }
  const root = document.documentElement;
  const viewport = root.clientWidth;
  let widest = null;
  let widestRight = viewport;
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const right = rect.right + window.scrollX;
    // Strictly greater keeps the outermost of elements ending at the same edge: that is the one
    // whose own width is too large, its children merely fill it.
    if (right > widestRight + 0.5 && !insideHorizontalClip(el)) {
      widest = el;
      widestRight = right;
    }
  }
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: viewport,
    widest: widest && { ...describe(widest), right: Math.round(widestRight), width: Math.round(widest.getBoundingClientRect().width) },
  };
}

// Elements holding text whose content is cut off: overflow hidden or clip on an axis where the
// content is larger than the box (scrollWidth > clientWidth, or the same vertically), the way
// fixed-size boxes lose text when it is enlarged. Boxes of 1 px or less are the visually-hidden
// idiom (text for screen readers only), clipped on purpose, and are left out.
export function findClippedText() {
  const clipping = (value) => value === 'hidden' || value === 'clip';
  const found = [];
  for (const el of document.querySelectorAll('body, body *')) {
    if (!el.textContent.trim()) continue;
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    const style = getComputedStyle(el);
    const overX = clipping(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const overY = clipping(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (!overX && !overY) continue;
    const html = el.outerHTML.replace(/\s+/g, ' ');
    found.push({
      tag: el.localName + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join(''),
      detail: overX ? `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`
                    : `scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`,
      html: html.length > 160 ? `${html.slice(0, 160)}…` : html,
    });
  }
  return found;
}

// Records the computed font size of every element that holds text of its own, so that
// textScaling() can tell afterwards which text did not grow with the user's text size.
export function recordFontSizes() {
  window.__handoutFontSizes = new Map();
  for (const el of document.querySelectorAll('body, body *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
    if (ownText) window.__handoutFontSizes.set(el, parseFloat(getComputedStyle(el).fontSize));
  }
  return window.__handoutFontSizes.size;
}

// Elements whose text grew less than `minRatio` times since recordFontSizes(): sizes fixed in
// px (or capped by a max()/min() in px) that ignore the user's text size.
export function textScaling(minRatio) {
  const stuck = [];
  for (const [el, before] of window.__handoutFontSizes) {
    const after = parseFloat(getComputedStyle(el).fontSize);
    if (after < before * minRatio) {
      const text = el.textContent.trim().replace(/\s+/g, ' ');
      stuck.push({
        tag: el.localName + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join(''),
        before, after,
        text: text.length > 60 ? `${text.slice(0, 60)}…` : text,
      });
    }
  }
  return stuck;
}

// Images that did not load or decode: a broken src or a missing file beside the page.
export function brokenImages() {
  return [...document.images]
    .filter((img) => !img.complete || img.naturalWidth === 0)
    .map((img) => img.getAttribute('src'));
}
