import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into the page under test (nothing in the app's bundle). */
const axeSource: string = require('axe-core').source;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (its default rules: WCAG 2.x A and AA, and best practices) on the page, or on
 * one part of it (a dialog), and returns the critical and serious findings: the ones the
 * dashboard must not have. The scripts are strings: they run in the page, not in Node.
 */
export async function seriousAxeFindings(page: Page, selector?: string): Promise<AxeFinding[]> {
  // Evaluated rather than added as a <script>: the dashboard's CSP rightly refuses inline scripts.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const context = selector === undefined ? 'document' : `{ include: [${JSON.stringify(selector)}] }`;
  return page.evaluate(`(async () => {
    const result = await window.axe.run(${context}, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  })()`);
}

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
