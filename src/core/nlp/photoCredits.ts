import type { RawMention } from '../model';
import { lexiconTag } from './engine';
import { isGivenNameWord } from './listedGivenNames';
import type { UnitState } from './unitState';

// A photo's credit: its label, then the credit to the end of the line or the bracket ("Photograph: Jane Roe/EPA",
// "Picture: PA", "(Photo by Jane Roe / AFP)"). "Image:" opens a caption, not a credit.
const CREDIT = /(?:^|[.!?]["”’]?[ \t]+|\([ \t]*)(?:Photograph|Photo|Picture|Pic|Illustration)s?(?:: | by |: by )[ \t]*([^\n()]+?)[ \t]*(?=\)|\r?\n|$)/gmu;
// One name of a credit: capitalised words, with the small words and signs of a firm's name ("Huw Evans Picture Agency",
// "The Guardian", "Save Brereton A&E").
const NAME = /^(?:the |The )?[\p{Lu}\p{N}][\p{L}\p{N}'’.&+-]*(?: (?:of |and |& )?[\p{Lu}\p{N}&][\p{L}\p{N}'’.&+-]*){0,4}$/u;
// The credit of an agency: a word in capitals, or a name ending in an agency's word ("Getty Images", "PA Wire").
const AGENCY = /^(?:\p{Lu}{2,}|.* (?:Images|Photos?|Pictures|Agency|News|Press|Wire|Media))$/u;

/**
 * Pass (`pipeline.ts`, after the tagger's): the photographers and agencies of a photo's credits ("Photograph: Jane
 * Roe/EPA", "Picture: PA", "Photo: Jo Lee for the Herald", "(Photo by Rabih Saad / AFP)", "Jane Roe/AFP via Getty
 * Images"): each name of a credit whose words are all capitalised, save the small words of names and "via" or "for"
 * between two names. A caption ("Photo: Smoke rises over ...") is none, nor is a photo desk's word ("Photo: Supplied",
 * "Picture: Handout") or another common word. An agency's name (a word in capitals, or one ending in Images, Wire,
 * Agency...), a name after "for" or "via", or one word alone is an organisation; a name of two or three words that
 * opens with a given name, or that stands before a slash or "for" (the photographer comes first: "Ciarán Ó
 * Dónaill/Inpho"), is a person; another is an organisation. A credit's name replaces the tagger's mentions that hold
 * it and no other text ("Don McPhee/The Guardian" read as one); one that meets another mention is left out. Adds
 * mentions (`known`, reason `photo-credit`, offsets inside a word where a slash joins two names); keeps `mentions`
 * sorted.
 */
export function addPhotoCredits(state: UnitState): void {
  const { text } = state;
  if (!/Ph|Pic|Ill/.test(text)) return;
  let mentions = state.mentions;
  for (const credit of findPhotoCredits(text)) {
    const met = mentions.filter(m => m.start < credit.end && credit.start < m.end);
    if (met.some(m => m.start === credit.start && m.end === credit.end && m.type === credit.type)) continue;
    if (met.some(m => m.source !== 'tagger')) continue;
    // the tagger's mention may hold the whole credit, never words outside it
    const lineStart = text.lastIndexOf('\n', credit.start - 1) + 1;
    if (met.some(m => m.start < lineStart)) continue;
    mentions = [...mentions.filter(m => !met.includes(m)), credit];
  }
  if (mentions !== state.mentions) state.mentions = mentions.sort((a, b) => a.start - b.start);
}

/** The names of the photo credits in `text` (see `addPhotoCredits`), as mentions in text order. */
export function findPhotoCredits(text: string): RawMention[] {
  const out: RawMention[] = [];
  for (const m of text.matchAll(CREDIT)) {
    const credit = m[1];
    const at = m.index + m[0].length - credit.length;
    // "Jane Roe/AFP via Getty Images", "Jo Lee for the Herald": the parts, each with the word that joins it to the last
    const parts: { name: string; start: number; after: string }[] = [];
    let from = 0;
    let joiner = '';
    for (const sep of [...credit.matchAll(SEPARATOR), null]) {
      const end = sep ? sep.index : credit.length;
      parts.push({ name: credit.slice(from, end), start: at + from, after: joiner });
      if (sep) {
        joiner = sep[1];
        from = sep.index + sep[0].length;
      }
    }
    if (!parts.every(p => NAME.test(p.name) && !isCreditWord(p.name))) continue;
    parts.forEach((p, k) => {
      const lead = /^the /i.exec(p.name)?.[0].length ?? 0;
      const name = p.name.slice(lead);
      const words = name.split(' ');
      const next = parts[k + 1];
      const isAgency = AGENCY.test(name) || p.after === 'via' || p.after === 'for' || lead > 0 || words.length === 1;
      const isPerson = !isAgency && words.length <= 3
        && (isGivenNameWord(words[0]) || (words.length > 1 && next !== undefined && (next.after === 'for' || next.after === '/')));
      out.push({ start: p.start + lead, end: p.start + p.name.length, type: isPerson ? 'PERSON' : 'ORG', source: 'known', reason: 'photo-credit' });
    });
  }
  return out;
}

// What joins two names of a credit: a slash, "via", "for".
const SEPARATOR = /\s*(\/|\bvia\b|\bfor\b)\s*/gu;

// What a photo desk writes for a picture with no maker to name: "Photo: Supplied", "Picture: Handout".
const DESK_WORDS = new Set(['handout', 'courtesy', 'pool', 'archive', 'archives', 'stock', 'file', 'supplied', 'contributed']);

/** Whether a credit's part is one word of the photo desk's or one the lexicon knows as a common word ("Supplied"). */
function isCreditWord(name: string): boolean {
  if (name.includes(' ')) return false;
  const tag = lexiconTag(name.toLowerCase());
  return DESK_WORDS.has(name.toLowerCase()) || (tag !== undefined && !/Organization|ProperNoun|Place|City|Country|Name|Person/.test(tag) && !/^\p{Lu}{2,}$/u.test(name));
}

