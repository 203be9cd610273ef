/**
 * Sentence templates for the type errors found on broadcaster copy (written for News Lens), filled by the slots of
 * templates.ts: a party before a person, companies named with common nouns or a possessive, a product after its
 * company, lists of companies, one-word clubs that sign players, people whose names are not English, and towns that
 * stay places when nobody plays.
 */

/** Prose sentences of politics, business and sport reports. */
export const NEWS_TEMPLATES: readonly string[] = [
  // politics: a party, then a person
  "{party}'s {per} said the decision was a betrayal of rural communities.",
  "{party}'s {per} told the {body} that the plan would fail.",
  '{party} leader {per} said the government had no plan.',
  '{per}, the {party} MP for {town}, said voters were angry.',
  '{party} won {n} seats, while {party} lost ground in {town}.',
  'The {party} candidate, {per}, conceded defeat in {town}.',
  '{per} of {party} and {per} of {party} signed the letter.',
  'A spokesman for {party} said {per} would stand again.',
  // people with an initial or a particle, after their title
  '{title} {iper} met {title} {per} in {city} on {day}.',
  'External Affairs Minister {iper} said the talks had gone well.',
  '{iper}, the {demonym} foreign minister, arrived in {city}.',
  'Commission President {vper} said the {body} would respond.',
  '{vper} told reporters that {country} had agreed.',
  'House Minority Whip {per} and Senate Majority Leader {per} met on {day}.',
  // business: companies named with common words, possessives, products, lists
  '{nfirm} said the line would reopen on {day}.',
  'A spokesperson for {nfirm} said the work would take {n} weeks.',
  '{nfirm} has been fined {money} for failing its customers.',
  'Customers of {nfirm} face higher bills, {nfirm} said.',
  '{pfirm} cut the credit rating of {country} on {day}.',
  '{pfirm} said sales rose {pct} percent in the quarter.',
  'The rating was lowered by {pfirm}.',
  'Analysts at {pfirm} expect a slowdown in {country}.',
  "{tfirm}'s {product} {pnoun} are in short supply, analysts said.",
  "Demand for {tfirm}'s {product} {pnoun} has surged.",
  'The new {product} {pnoun} from {tfirm} go on sale on {day}.',
  '{tfirm}, {tfirm} and {tfirm} all reported higher spending on data centres.',
  '{tfirm} and {tfirm} shares fell after {tfirm} cut its forecast.',
  'Investors sold {tfirm}, {tfirm} and {firm} on {day}.',
  '{tfirm} chief executive {per} said the company would hire {big} people.',
  // sport: one-word clubs in play, foreign names scoring
  '{oneclub} signed the striker on a {n}-year contract.',
  '{oneclub} have signed {per} from {oneclub} for {money}.',
  '{oneclub} are ready to sell {per} to {oneclub}.',
  '{oneclub} confirmed the appointment of {per} as head coach.',
  '{oneclub} manager {per} said his players were tired.',
  "{oneclub}'s {per} was sent off in the second half.",
  '{oneclub} and {oneclub} have both been linked with the {demonym} defender.',
  '{per} joined {oneclub} from {oneclub} in {year}.',
  'Former {club} forward {fper} scored twice.',
  '{fper} scored twice in the second half.',
  '{fper} headed in a corner before {fper} added a second.',
  '{fsur} saved a penalty from {fsur}.',
  'The {demonym} midfielder {fper} has agreed a move to {oneclub}.',
  // places where nobody plays
  '{per} grew up in {town} and moved to {city} in {year}.',
  'Flooding closed roads in {town} and {town} on {day}.',
  'Police in {town} said a man had been arrested.',
  'The factory near {town} employs {big} people.',
];
