// The world map: world-atlas shapes (110m) drawn with d3-geo, each country shaded by the articles that mention it.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { NAME_TO_ALPHA2, NUMERIC_TO_ALPHA2 } from 'virtual:country-numeric';
import type { CorpusEntity } from '../core/corpus';
import { plural, s, themeColor } from './dom';

const WIDTH = 960;
const HEIGHT = 470;

interface Shape {
  readonly code?: string;
  readonly name: string;
  readonly d: string;
}

let shapes: Shape[] | undefined;

/** Country outlines as SVG paths, projected once. */
function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  shapes = countries.features.map(f => {
    const id = f.id === undefined ? undefined : String(f.id);
    const code = (id && (NUMERIC_TO_ALPHA2 as Record<string, string>)[id]) || (NAME_TO_ALPHA2 as Record<string, string>)[f.properties.name];
    return { ...(code ? { code } : {}), name: f.properties.name, d: path(f) ?? '' };
  }).filter(x => x.d !== '');
  return shapes;
}

/** The map as an SVG element; `onPick` gets a country's alpha-2 code when it is clicked. */
export function worldMap(countries: readonly CorpusEntity[], onPick: (code: string) => void): { svg: SVGElement; shaded: string[]; shapes: number } {
  const byCode = new Map(countries.map(c => [c.key.slice('COUNTRY:'.length), c]));
  const most = Math.max(1, ...countries.map(c => c.articles));
  const land = themeColor('--vscode-editorWidget-background', '#252526');
  const border = themeColor('--vscode-editorWidget-border', themeColor('--vscode-panel-border', '#555'));
  const ink = themeColor('--vscode-charts-blue', '#3794ff');
  const shaded: string[] = [];
  const paths = worldShapes().map(shape => {
    const c = shape.code ? byCode.get(shape.code) : undefined;
    if (c && shape.code) shaded.push(shape.code);
    // a square-root scale: one article still shows, the busiest country is full
    const opacity = c ? 0.2 + 0.8 * Math.sqrt(c.articles / most) : 1;
    const title = c ? `${c.name}: ${plural(c.articles, 'article')}, ${plural(c.mentions, 'mention')}` : `${shape.name}: no articles`;
    return s('path', {
      d: shape.d, fill: c ? ink : land, 'fill-opacity': opacity.toFixed(3), stroke: border, 'stroke-width': 0.5,
      class: c ? 'country mentioned' : 'country', 'data-code': shape.code, tabindex: c ? 0 : undefined, role: c ? 'button' : undefined,
      'aria-label': title, onclick: c && shape.code ? () => onPick(shape.code as string) : undefined,
    }, s('title', {}, title));
  });
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, xmlns: 'http://www.w3.org/2000/svg', role: 'img', 'aria-label': 'World map of countries by articles', class: 'map' }, ...paths);
  return { svg, shaded: [...new Set(shaded)].sort(), shapes: paths.length };
}
