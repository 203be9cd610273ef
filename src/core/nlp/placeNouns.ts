import { ORG_HEADS } from './lexicons';
import { giveWay } from './spanLists';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * Streets, squares, hills, buildings and villages named in Spanish, Portuguese, French or Italian, their noun first:
 * "Avenida de Mayo", "Calle Orizaba", "Cerro Pachón", "Praça da Sé", "Lago Maggiore", "Rua das Flores", "Capela das
 * Almas", "Vila Nova de Gaia". The tagger, which knows the English order ("Mayo Avenue"), reads them as bodies or
 * people, or breaks them at the article inside ("Rua" | "Flores").
 */

// Nouns that open such names and nothing else's: not "Rio" ("Rio Tinto"), "Monte" ("Monte dei Paschi"), "Via" ("Via Rail"),
// "Casa" ("Casa Rosada", the palace and the presidency), "San" ("San Miguel", the beer) or "Sierra" ("Sierra Club").
const PLACE_NOUNS = new Set(['Avenida', 'Calle', 'Carrera', 'Paseo', 'Plaza', 'Praça', 'Rua', 'Rue', 'Piazza', 'Largo',
  'Cerro', 'Volcán', 'Laguna', 'Lago', 'Lac', 'Río', 'Isla', 'Ilha', 'Bahía', 'Baía', 'Barrio', 'Colonia', 'Quartier',
  'Travessa', 'Capela', 'Igreja', 'Iglesia', 'Ponte', 'Puente', 'Quinta', 'Vila', 'Casal', 'Serra', 'Praia', 'Playa',
  'Castelo', 'Castillo', 'Mosteiro', 'Monasterio', 'Estação', 'Estación', 'Jardim', 'São', 'Boulevard', 'Quai', 'Gare']);

// The articles and prepositions inside such names: "Rua das Flores", "Rio Grande do Sul", "Avenida de la Reforma".
const PARTICLES = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'la', 'las', 'los', 'di', 'della', 'delle', 'du', 'des', 'e', 'y']);

// Prepositions a tagger's span runs over into such a name: "Tasca do Zé Pequeno on Rua da Fonte Taurina".
const INSIDE_PREPOSITIONS = new Set(['on', 'in', 'at', 'near']);

const isCapitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * The end of the name that opens with the place noun at `first`: its capitalised words and the particles between them
 * ("Rua da Fonte Taurina", "Vila Nova de Gaia"), on one line with no punctuation inside; `first` when no word follows.
 */
function nameEnd(tokens: readonly Token[], first: number): number {
  let last = first;
  for (let i = first + 1; i < tokens.length && tokens[i - 1].post === '' && tokens[i].pre === '' && tokens[i].sentence === tokens[first].sentence; i++) {
    const t = tokens[i];
    // ("Ponte Luís I": a king's numeral ends the name)
    if ((isCapitalised(t) || (/^[IVX]+$/.test(t.text) && last === i - 1)) && !t.isPossessive) last = i;
    else if (!PARTICLES.has(t.text) || tokens[i].post !== '') break;
    if (t.isPossessive) break;
  }
  return last;
}

/**
 * A step over the tagger's spans (spanSteps.ts): a name that opens with such a noun and goes on with capitalised words
 * and the particles between them ("Rua das Flores", "Casal de Loivos"), and ends with no body's head ("the Sierra Club",
 * "Casa de Cultura Foundation"), is a place, whatever spans the tagger made of its parts. Spans stay sorted and disjoint.
 */
export function typePlaceNouns(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  const cut: TaggedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // ("Rio" opens a place's name when an article is inside it: "Rio Grande do Sul", not "Rio Tinto")
    const isRio = tokens[i].text === 'Rio';
    if (!PLACE_NOUNS.has(tokens[i].text) && !isRio) continue;
    const last = nameEnd(tokens, i);
    if (last === i || ORG_HEADS.has(tokens[last].lower) || (isRio && !tokens.slice(i, last).some(t => PARTICLES.has(t.text)))) continue;
    // (a span of the tagger that reaches past the name, or a country's, keeps its reading: "Praia" in "Cabo Verde's Praia";
    // one that runs into it over a preposition ends before it: "the European Southern Observatory on Cerro Armazones")
    const met = spans.filter(s => s.first <= last && i <= s.last);
    const into = met.find(s => s.type !== 'GPE' && s.first < i - 1 && s.last === last && INSIDE_PREPOSITIONS.has(tokens[i - 1].text));
    if (into) {
      cut.push({ ...into, last: i - 2 });
    } else if (met.some(s => s.type === 'GPE' || s.first < i || s.last > last)) continue;
    added.push({ first: i, last, type: 'LOC' });
    i = last;
  }
  return giveWay([...spans.filter(s => !cut.some(c => c.first === s.first)), ...cut].sort((a, b) => a.first - b.first), added);
}

// Arabic articles glued to the next word inside a name: "Bab el-Mandeb", "Sharm el-Sheikh", "Ras al-Khaimah".
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'ar', 'an', 'at', 'az', 'ud', 'ul', 'es']);

/**
 * A step over the tagger's spans (spanSteps.ts): a name the tagger cut at an Arabic article glued to the next word
 * ("Bab" | "Mandeb Strait", "Sharm" + "el-Sheikh") is one name: the span before, the article and the capitalised word
 * after it (with the span that opens there). A person stays a person; else the name is the place or the body the
 * span after it says, or a place when no span follows. Spans stay sorted and disjoint.
 */
export function joinArabicArticles(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const article = tokens[s.last + 1];
    const word = tokens[s.last + 2];
    if (s.type === 'GPE' || article === undefined || word === undefined || !ARABIC_ARTICLES.has(article.text) || article.post !== '-'
      || tokens[s.last].post !== '' || tokens[s.last].isPossessive || !/^\p{Lu}\p{Ll}/u.test(word.text) || word.sentence !== tokens[s.first].sentence) {
      out.push(s);
      continue;
    }
    const next = spans[k + 1];
    const isNext = next !== undefined && next.first === s.last + 2;
    if (next !== undefined && next.first <= s.last + 2 && !isNext) {
      out.push(s);
      continue;
    }
    const type = s.type === 'PER' || next?.type === 'PER' ? s.type : isNext ? next.type : s.type === 'ORG' ? 'LOC' : s.type;
    out.push({ first: s.first, last: isNext ? next.last : s.last + 2, type: type === 'GPE' ? 'LOC' : type });
    if (isNext) k++;
  }
  return out;
}
