// The scaling chart: p50 latency of each shape against corpus size (log scale), one line per shape and
// contender, as a self-contained SVG (no charting dependency, viewable anywhere the Markdown is).
import type { SizeResult } from './run';

const WIDTH = 900;
const HEIGHT = 480;
const MARGIN = { left: 70, right: 330, top: 40, bottom: 60 };
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];

export function scalingChart(results: SizeResult[]): string {
  const sizes = results.map((result) => result.articles);
  const shapes = Object.keys(results[0]?.shapes ?? {});
  const contenders = Object.keys(results[0]?.shapes[shapes[0]] ?? {});
  const values = results.flatMap((result) => Object.values(result.shapes).flatMap((byContender) => Object.values(byContender).map((m) => m.p50)));
  const maxP50 = Math.max(1, ...values);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const logMin = Math.log10(Math.min(...sizes));
  const logSpan = Math.max(1, Math.log10(Math.max(...sizes)) - logMin);
  const x = (size: number) => MARGIN.left + (sizes.length === 1 ? plotWidth / 2 : ((Math.log10(size) - logMin) / logSpan) * plotWidth);
  const y = (ms: number) => MARGIN.top + plotHeight - (ms / maxP50) * plotHeight;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="15">p50 latency (ms) by corpus size (articles)</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotHeight}" x2="${MARGIN.left + plotWidth}" y2="${MARGIN.top + plotHeight}" stroke="black"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotHeight}" stroke="black"/>`,
  ];
  for (const size of sizes) parts.push(`<text x="${x(size)}" y="${MARGIN.top + plotHeight + 20}" text-anchor="middle">${size.toLocaleString('en')}</text>`);
  for (let tick = 0; tick <= 4; tick++) {
    const ms = (maxP50 * tick) / 4;
    parts.push(`<text x="${MARGIN.left - 8}" y="${y(ms) + 4}" text-anchor="end">${ms.toFixed(0)}</text>`, `<line x1="${MARGIN.left}" y1="${y(ms)}" x2="${MARGIN.left + plotWidth}" y2="${y(ms)}" stroke="#eee"/>`);
  }
  let legend = 0;
  shapes.forEach((shape, s) => {
    contenders.forEach((contender, c) => {
      const points = results.map((result) => `${x(result.articles)},${y(result.shapes[shape][contender].p50)}`);
      const colour = COLOURS[s % COLOURS.length];
      const dash = c === 0 ? '' : ' stroke-dasharray="5,4"';
      parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
      for (const point of points) parts.push(`<circle cx="${point.split(',')[0]}" cy="${point.split(',')[1]}" r="3" fill="${colour}"/>`);
      const ly = MARGIN.top + legend * 16;
      parts.push(`<line x1="${WIDTH - MARGIN.right + 20}" y1="${ly}" x2="${WIDTH - MARGIN.right + 45}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash}/>`, `<text x="${WIDTH - MARGIN.right + 50}" y="${ly + 4}">${escape(`${shape} (${contender})`)}</text>`);
      legend += 1;
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;');
