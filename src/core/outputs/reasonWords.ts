/**
 * A mention's `reason` (the rule or model that found it: "tagger", "gazetteer:demonym:Britons",
 * "known-org:international body", "tagger+consistency") in words a reader understands, for hovers.
 */
export function reasonInWords(reason: string): string {
  const [found, seat] = reason.split('; seat of bodies: ');
  const [base, ...steps] = found.split('+');
  const parts = [baseInWords(base)];
  for (const step of steps) parts.push(STEP_WORDS[step] ?? `then checked by the rule “${step}”`);
  // "Brussels" with "EU ministers met in Brussels": the city, not Belgium
  if (seat) parts.push(`kept as a city, not its country, because it is the ${seat}`);
  return parts.join(', ');
}

const STEP_WORDS: Readonly<Record<string, string>> = {
  consistency: 'and given the same type as its other mentions in the article',
  surname: 'and read as the surname of a person named earlier in the article',
  'given-name': 'and read as the given name of a person named in full in the article',
  ground: 'and read as a ground, where a match is played',
};

const quoted = (word: string): string => `the word “${word}”`;

function baseInWords(base: string): string {
  const [source, kind = '', ...rest] = base.split(':');
  const detail = rest.join(':');
  switch (source) {
    case 'tagger': return 'recognised as a name by the statistical tagger';
    case 'repeat': return 'a shorter repeat of a name found earlier in the article';
    case 'pair': return 'one of two people named together (“X and Y”)';
    case 'coordination': return 'listed together with other places (“in A and B”)';
    case 'user': return 'marked as an entity by you (the article’s corrections file)';
    case 'known-org': return `on the list of known organisations${kind ? ` (${kind})` : ''}`;
    case 'known-place': return `on the list of known places${kind ? ` (${kind})` : ''}`;
    case 'org-head': return `recognised from ${quoted(kind)}, which ends organisation names`;
    case 'gazetteer': return gazetteerInWords(kind, detail);
    default: return `found by the rule “${base}”`;
  }
}

function gazetteerInWords(via: string, form: string): string {
  switch (via) {
    case 'name': return 'recognised from the country’s name';
    case 'demonym': return `recognised from ${quoted(form)}`;
    case 'alias': return `recognised from ${quoted(form)}, another name for the country`;
    case 'capital': return `recognised from ${quoted(form)}, the capital, used for the country`;
    case 'stop': return `a fixed phrase that is not the country (${form})`;
    default: return form ? `recognised from ${quoted(form)}` : 'recognised from the list of countries';
  }
}
