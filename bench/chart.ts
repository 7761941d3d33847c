// The scaling chart: p50 latency against corpus size (log scale), one panel per shape and one line per contender,
// as a self-contained SVG (no charting dependency, viewable anywhere the Markdown is). A contender whose every
// request failed at a size (timeouts) gets a × on the axis there instead of a point.
import { answered, type SizeResult } from './report';

const COLUMNS = 4;
const PANEL = { width: 260, height: 190, left: 48, right: 12, top: 34, bottom: 34 };
const LEGEND_HEIGHT = 30;
const STYLES = [
  { colour: '#1f77b4', dash: '' },
  { colour: '#d62728', dash: ' stroke-dasharray="6,4"' },
  { colour: '#2ca02c', dash: ' stroke-dasharray="2,3"' },
  { colour: '#9467bd', dash: ' stroke-dasharray="8,3,2,3"' },
];

export function scalingChart(results: SizeResult[], contenders: string[]): string {
  const sizes = results.map((result) => result.articles);
  const shapes = Object.keys(results[0]?.shapes ?? {});
  const rows = Math.ceil(shapes.length / COLUMNS);
  const width = COLUMNS * PANEL.width;
  const height = LEGEND_HEIGHT + rows * PANEL.height;
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const logMin = Math.log10(Math.min(...sizes));
  const logSpan = Math.max(1, Math.log10(Math.max(...sizes)) - logMin);
  const x = (size: number) => PANEL.left + (sizes.length === 1 ? plotWidth / 2 : ((Math.log10(size) - logMin) / logSpan) * plotWidth);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="white"/>',
  ];
  contenders.forEach((contender, c) => {
    const lx = 10 + c * 200;
    parts.push(`<line x1="${lx}" y1="15" x2="${lx + 30}" y2="15" stroke="${STYLES[c].colour}" stroke-width="2"${STYLES[c].dash}/>`, `<text x="${lx + 36}" y="19">${escape(contender)}</text>`);
  });
  shapes.forEach((shape, s) => {
    const left = (s % COLUMNS) * PANEL.width;
    const top = LEGEND_HEIGHT + Math.floor(s / COLUMNS) * PANEL.height;
    const maxP50 = Math.max(1, ...results.flatMap((result) => contenders.map((contender) => result.shapes[shape][contender].p50)));
    // A run in which every request failed has no latency to draw: its line stops, with a cross at the axis.
    const y = (ms: number) => top + PANEL.top + plotHeight - (ms / maxP50) * plotHeight;
    parts.push(
      `<text x="${left + 8}" y="${top + 18}" font-size="11.5">${escape(shape)}</text>`,
      `<line x1="${left + PANEL.left}" y1="${y(0)}" x2="${left + PANEL.left + plotWidth}" y2="${y(0)}" stroke="black"/>`,
      `<line x1="${left + PANEL.left}" y1="${y(maxP50)}" x2="${left + PANEL.left}" y2="${y(0)}" stroke="black"/>`,
    );
    for (const size of sizes) parts.push(`<text x="${left + x(size)}" y="${y(0) + 14}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
    for (const ms of [0, maxP50 / 2, maxP50]) parts.push(`<text x="${left + PANEL.left - 4}" y="${y(ms) + 4}" text-anchor="end">${ms.toFixed(0)} ms</text>`);
    contenders.forEach((contender, c) => {
      const measured = results.filter((result) => answered(result.shapes[shape][contender]));
      const points = measured.map((result) => `${left + x(result.articles)},${y(result.shapes[shape][contender].p50)}`);
      parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${STYLES[c].colour}" stroke-width="2"${STYLES[c].dash}/>`);
      for (const point of points) {
        const [cx, cy] = point.split(',');
        parts.push(`<circle cx="${cx}" cy="${cy}" r="2.5" fill="${STYLES[c].colour}"/>`);
      }
      for (const failed of results.filter((result) => !answered(result.shapes[shape][contender]))) {
        parts.push(`<text x="${left + x(failed.articles)}" y="${y(0) - 4}" text-anchor="middle" fill="${STYLES[c].colour}" font-size="14">×</text>`);
      }
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');
