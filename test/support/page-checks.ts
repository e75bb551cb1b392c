import type { Page } from 'playwright-core';

/**
 * What sticks out sideways at the page's width: the document wider than the viewport, or an
 * element whose box reaches past the viewport's left or right edge, unless it sits inside a
 * sideways scroll region that itself fits (a table scrolling in its card, the board's
 * columns), perhaps through regions nested in it. Zero-sized elements (collapsed details,
 * visually hidden text) and elements placed wholly off screen until focused (the skip link)
 * cut nothing off.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    if (document.documentElement.scrollWidth > width)
      found.push('document is ' + document.documentElement.scrollWidth + 'px wide in ' + width + 'px');
    const inside = (box) => box.left >= -0.5 && box.right <= width + 0.5;
    const scrollsSideways = (element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || inside(box)) continue;
      const offScreen = box.right <= 0 || box.left >= width;
      if (offScreen && ['absolute', 'fixed'].includes(getComputedStyle(element).position)) continue;
      let ancestor = element.parentElement;
      let reachable = false;
      while (ancestor && ancestor !== document.body && !reachable) {
        reachable = scrollsSideways(ancestor) && inside(ancestor.getBoundingClientRect());
        ancestor = ancestor.parentElement;
      }
      if (reachable) continue;
      found.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '')
        + ' "' + (element.textContent || '').trim().slice(0, 40) + '" spans '
        + Math.round(box.left) + '-' + Math.round(box.right) + 'px');
    }
    return found;
  })()`);
}
