"""JavaScript the design tests run in the page: colours as the browser computes them,
contrast ratios, characters per line, boxes. Kept here so that the tests read as
what they check."""

from __future__ import annotations

# Colour helpers shared by the probes below: parse what getComputedStyle gives
# ("rgb(…)", "rgba(…)", "color(srgb …)"), put a translucent colour over the
# colour behind it, and WCAG's relative luminance and contrast ratio.
_COLOUR = """
const parse = (text) => {
  const numbers = (text.match(/[\\d.]+/g) || []).map(Number);
  if (text.startsWith("color(")) {
    const [r, g, b, a] = numbers;
    return [r * 255, g * 255, b * 255, a === undefined ? 1 : a];
  }
  const [r, g, b, a] = numbers;
  return [r, g, b, a === undefined ? 1 : a];
};
const over = (top, bottom) => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat([1]);
};
const behind = (element) => {
  const layers = [];
  for (let node = element; node; node = node.parentElement) {
    layers.push(parse(getComputedStyle(node).backgroundColor));
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
};
const luminance = (rgb) => {
  const [r, g, b] = rgb.slice(0, 3).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (one, two) => {
  const [a, b] = [luminance(one), luminance(two)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
};
"""

# The contrast of a graphic (a colour property of an element or of one of its
# pseudo-elements) against what lies behind the element, or behind another
# element given by selector.
GRAPHIC_CONTRAST = (
    "([selector, pseudo, property, against]) => {"
    + _COLOUR
    + """
  const element = document.querySelector(selector);
  if (!element) return null;
  const style = getComputedStyle(element, pseudo || null);
  const background = against === "parent"
    ? behind(element.parentElement)
    : behind(against ? document.querySelector(against) : element);
  const colour = over(parse(style[property]), background);
  return {ratio: ratio(colour, background), colour: style[property],
          background: "rgb(" + background.slice(0, 3).map(Math.round).join(", ") + ")"};
}"""
)

# Characters per line of a paragraph, counted with a Range around each character:
# characters whose boxes share a line are counted together; the last (short)
# line is left out. Annotation markers and their tooltips are not text.
CHARACTERS_PER_LINE = """(element) => {
  const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
  const middles = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(".md-annotation, .md-tooltip")) continue;
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box && box.width > 0) middles.push(box.top + box.height / 2);
    }
  }
  middles.sort((a, b) => a - b);
  const lines = [];
  for (const middle of middles) {
    const last = lines[lines.length - 1];
    if (last && middle - last.middle < lineHeight / 2) last.count += 1;
    else lines.push({middle, count: 1});
  }
  const style = getComputedStyle(element);
  return {
    lines: lines.slice(0, -1).map((line) => line.count),
    width: element.getBoundingClientRect().width,
    fontSize: parseFloat(style.fontSize),
  };
}"""

# Every element matching a selector that is shown: its box and its text.
BOXES = """(selector) => [...document.querySelectorAll(selector)]
  .filter((element) => element.checkVisibility())
  .map((element) => {
    const box = element.getBoundingClientRect();
    return {text: element.textContent.trim().replace(/\\s+/g, " "),
            left: box.left, top: box.top, width: box.width, height: box.height};
  })"""
