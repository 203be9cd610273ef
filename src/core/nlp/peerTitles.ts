/**
 * The titles of peers and monarchs, as names spell them, with the gender each gives the name it opens: "Lord Smith" is
 * a man, "Baroness Jones" a woman. Their "of" belongs to the name ("Lord Pennant of Ashcombe", "Duke of Rothsay").
 */
export const PEER_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['Lord', 'male'], ['Lady', 'female'], ['Baron', 'male'], ['Baroness', 'female'], ['Earl', 'male'], ['Countess', 'female'],
  ['Duke', 'male'], ['Duchess', 'female'], ['Viscount', 'male'], ['Viscountess', 'female'], ['Marquess', 'male'],
  ['Marchioness', 'female'], ['King', 'male'], ['Queen', 'female'], ['Prince', 'male'], ['Princess', 'female'],
]);
