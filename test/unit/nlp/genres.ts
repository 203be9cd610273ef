/**
 * Annotated articles in the genres a newsroom publishes, written for these tests (issue 10): for each, the
 * names a reader must see highlighted with their type (`found`, checked by slicing the text), and the
 * capitalised words, numbers and amounts that must never be highlighted (`notEntities`).
 */
export interface GenreFixture {
  readonly genre: string;
  readonly text: string;
  readonly found: readonly (readonly [string, 'PERSON' | 'ORG' | 'PLACE' | 'COUNTRY'])[];
  readonly notEntities: readonly string[];
}

export const GENRES: readonly GenreFixture[] = [
  {
    genre: 'sports results page',
    text: [
      'SOCCER - HARTLEPOOL HOLD BRADFORD AS NORWICH GO TOP',
      'MANCHESTER 2024-03-09',
      'Results of English second division matches on Saturday:',
      'Hartlepool 2 Bradford 2',
      'Norwich City 3 Stockport County 1',
      'Wigan 0 Plymouth Argyle 1',
      'Standings (tabulate under played, won, drawn, lost, goals for, against, points):',
      'Norwich City 28 17 6 5 51 25 57',
      'Wigan 28 15 7 6 44 30 52',
      'P W D L F A Pts',
      'Norwich beat Stockport County 3-1 at Carrow Road, where striker Kenny Oduya scored twice.',
    ].join('\n\n'),
    found: [
      ['Hartlepool', 'ORG'], ['Bradford', 'ORG'], ['Norwich City', 'ORG'], ['Stockport County', 'ORG'],
      ['Plymouth Argyle', 'ORG'], ['Wigan', 'ORG'], ['Kenny Oduya', 'PERSON'], ['MANCHESTER', 'PLACE'],
    ],
    notEntities: ['2024-03-09', 'Hartlepool 2', 'Wigan 28', 'P W D L F A Pts', 'Pts', 'Saturday'],
  },
  {
    genre: 'market report',
    text: [
      'FRANKFURT, June 4 (Reuters) - Shares in Kestrel Mining fell 4 percent on Tuesday after the company cut its forecast, while Halvorsen Logistics said first-half profit rose to 7.3bn crowns.',
      'The DAX index closed 0.8 percent lower and the Nikkei 225 rose 1.2 percent in Tokyo. Brent crude traded at $82.40 a barrel.',
      '"We see a tough quarter," Kestrel chief executive Maria Lindqvist told analysts. An analyst at Morgan Stanley said the sell-off was overdone.',
      'Oslo-based Halvorsen said it would buy a stake in Fenwick Freight for $4.2 billion.',
    ].join('\n\n'),
    found: [
      ['FRANKFURT', 'PLACE'], ['Reuters', 'ORG'], ['Kestrel Mining', 'ORG'], ['Halvorsen Logistics', 'ORG'],
      ['Maria Lindqvist', 'PERSON'], ['Fenwick Freight', 'ORG'], ['Halvorsen', 'ORG'],
    ],
    notEntities: ['June 4', '7.3bn', '$4.2 billion', '4.2 billion', '225', 'Nikkei 225', '$82.40', 'Tuesday'],
  },
  {
    genre: 'wire story with a dateline and a byline',
    text: [
      'By Tomas Brennan',
      'GENEVA, Oct 12 (Reuters) - The World Health Organization warned on Monday that cholera was spreading in eastern Congo, and urged donors to fund vaccines.',
      'WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva that the outbreak had reached Goma.',
      'Doctors Without Borders said its teams in North Kivu were overwhelmed.',
    ].join('\n\n'),
    found: [
      ['Tomas Brennan', 'PERSON'], ['GENEVA', 'PLACE'], ['World Health Organization', 'ORG'],
      ['Tedros Adhanom Ghebreyesus', 'PERSON'], ['Goma', 'PLACE'], ['Reuters', 'ORG'],
    ],
    notEntities: ['Oct 12', 'Monday', 'By', 'By Tomas Brennan'],
  },
  {
    genre: 'obituary',
    text: [
      'Dame Eleanor Whitcombe, the conductor who led the Halle Orchestra for two decades, has died aged 88.',
      'Born in Leicester in 1936, Whitcombe studied at the Royal College of Music before joining the BBC as a producer.',
      'Lord Ashworth, a former chairman of Arts Council England, said she had "changed British music".',
      'She is survived by her husband, Sir Peter Lang, and their two daughters.',
    ].join('\n\n'),
    found: [
      ['Eleanor Whitcombe', 'PERSON'], ['Leicester', 'PLACE'], ['Royal College of Music', 'ORG'], ['BBC', 'ORG'],
      ['Ashworth', 'PERSON'], ['Peter Lang', 'PERSON'], ['Whitcombe', 'PERSON'],
    ],
    notEntities: ['Dame', 'Lord', 'Sir', '1936', '88', 'Born'],
  },
  {
    genre: 'arts review',
    text: [
      'Review: A bold new staging at the Lyric Theatre',
      'Director Hannah Okafor brings a restless energy to the production, which opened in Belfast on Thursday.',
      'Okafor, who trained at the Guildhall School, cast newcomer Liam Devlin as the lead. Several critics praised the set.',
      'Analysis: the Lyric has not sold out a run since 2019, and the Arts Council of Northern Ireland cut its grant last year.',
      'The cast on opening night Image: Conor Walsh. "I had not seen a crowd like it," Devlin said.',
    ].join('\n\n'),
    found: [
      ['Hannah Okafor', 'PERSON'], ['Okafor', 'PERSON'], ['Belfast', 'PLACE'], ['Liam Devlin', 'PERSON'],
      ['Guildhall School', 'ORG'],
    ],
    notEntities: ['Review', 'Analysis', 'Several', 'Thursday', '2019', 'Director', 'Image', 'I'],
  },
  {
    genre: 'tech story',
    text: [
      'Lumenix, the Seoul-based chipmaker, said on Wednesday that demand from data centres had doubled, sending its shares up 9 percent.',
      'Chief executive Park Ji-hoon said the firm would open a plant in Arizona. Rival Corvantis, whose stock fell 3 percent, declined to comment.',
      'A spokesman for Nettlefield Systems said its eShield.com service had 40 million users.',
    ].join('\n\n'),
    found: [
      ['Lumenix', 'ORG'], ['Seoul', 'PLACE'], ['Park Ji-hoon', 'PERSON'], ['Arizona', 'PLACE'],
      ['Nettlefield Systems', 'ORG'],
    ],
    notEntities: ['Wednesday', '9 percent', '40 million'],
  },
  {
    genre: 'wire roundup of football and markets',
    text: [
      'MADRID, March 3 (Reuters) - In the Spanish league, Real Madrid drew 1-1 with Valencia on Sunday, while Girona lost 2-0 to Villarreal. Bayern Munich slipped eight points behind Bayer Leverkusen in the Bundesliga.',
      'Brent crude fell below $80 a barrel and shares in Vodafone rose 3 percent, said Clara Mendes, an analyst at Goldman Sachs.',
    ].join('\n\n'),
    found: [
      ['MADRID', 'PLACE'], ['Real Madrid', 'ORG'], ['Valencia', 'ORG'], ['Villarreal', 'ORG'], ['Bayern Munich', 'ORG'],
      ['Bayer Leverkusen', 'ORG'], ['Bundesliga', 'ORG'], ['Vodafone', 'ORG'], ['Clara Mendes', 'PERSON'], ['Goldman Sachs', 'ORG'],
    ],
    notEntities: ['Brent', 'Brent crude', '1-1', '$80', 'Sunday'],
  },
  {
    genre: 'politics with titles in British house style and a headline in capitals',
    text: [
      'MERKEL URGES EU UNITY AS BROWN MEETS SARKOZY',
      'German Chancellor Angela Merkel called for unity on Monday. Chancellor of the Exchequer Gordon Brown met French President Nicolas Sarkozy in Paris.',
      'Baroness Harding and Shadow home secretary David Davis criticised the plan, as did Labour MEP Claire Moody. Several MSPs and Senators backed it.',
      'Brown later told reporters the talks had gone well.',
    ].join('\n\n'),
    found: [
      ['MERKEL', 'PERSON'], ['BROWN', 'PERSON'], ['SARKOZY', 'PERSON'], ['EU', 'ORG'], ['Angela Merkel', 'PERSON'],
      ['Gordon Brown', 'PERSON'], ['Nicolas Sarkozy', 'PERSON'], ['Harding', 'PERSON'], ['David Davis', 'PERSON'],
      ['Claire Moody', 'PERSON'], ['Brown', 'PERSON'],
    ],
    notEntities: ['URGES', 'UNITY', 'Baroness', 'Shadow', 'MSPs', 'Senators', 'MEP Claire Moody', 'Exchequer Gordon Brown'],
  },
];
