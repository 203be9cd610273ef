import { ORG_HEADS } from './lexicons';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Streets, squares, hills and waters named in Spanish, Portuguese, French or Italian, their noun first: "Avenida de
 * Mayo", "Calle Orizaba", "Cerro Pachón", "Praça da Sé", "Lago Maggiore". The tagger, which knows the English order
 * ("Mayo Avenue"), reads them as bodies or people.
 */

// Nouns that open such names and nothing else's: not "Rio" ("Rio Tinto"), "Monte" ("Monte dei Paschi"), "Via" ("Via Rail")
// or "Casa" ("Casa Rosada", the palace and the presidency).
const PLACE_NOUNS = new Set(['Avenida', 'Calle', 'Carrera', 'Paseo', 'Plaza', 'Praça', 'Rua', 'Rue', 'Piazza', 'Largo',
  'Cerro', 'Volcán', 'Laguna', 'Lago', 'Lac', 'Río', 'Isla', 'Ilha', 'Bahía', 'Baía', 'Barrio', 'Colonia', 'Quartier']);

/**
 * A step over the tagger's spans (spanSteps.ts): a span of two words or more that opens with such a noun and ends
 * with no body's head ("the Sierra Club" stays) is a place. Same order and bounds.
 */
export function typePlaceNouns(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map(s => (s.type === 'ORG' || s.type === 'PER') && s.last > s.first && PLACE_NOUNS.has(tokens[s.first].text)
    && !ORG_HEADS.has(tokens[s.last].lower) ? { ...s, type: 'LOC' } : s);
}
