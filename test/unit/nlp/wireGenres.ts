/**
 * Wire-service articles written for these tests (issue 10, families 1-5 and 9): results and standings pages,
 * scoreboards, leaderboards, market reports, election returns and datelined stories, a line of the text to each
 * line of the page (no blank line between them, as agencies file them). For each, every name a reader must see
 * (`gold`, all of them, with the type a wire reader gives it: a national side is its country, a club an
 * organisation), the names a test requires (`found`, a subset of `gold`) and what must never be shown
 * (`notEntities`). `gold` types: LOC stands for a place or a country.
 */
export interface WireFixture {
  readonly genre: string;
  readonly text: string;
  readonly gold: readonly (readonly [string, 'PERSON' | 'ORG' | 'LOC'])[];
  /** Names of `gold` the unit test requires. */
  readonly found: readonly string[];
  readonly notEntities: readonly string[];
}

export const WIRE_GENRES: readonly WireFixture[] = [
  {
    genre: 'football results and standings',
    text: [
      'SOCCER - DUNDEE UNITED CLOSE GAP ON ABERDEEN',
      'GLASGOW 2003-02-22',
      'Results of Scottish premier league matches played on Saturday:',
      'Dundee United 2 Kilmarnock 1',
      'Hibernian 0 Aberdeen 0',
      'Motherwell 3 Livingston 2',
      'Partick Thistle 1 Dunfermline 4',
      'Standings (tabulated under played, won, drawn, lost, goals for, goals against, points):',
      'Aberdeen 26 16 6 4 48 22 54',
      'Dundee United 26 15 5 6 41 27 50',
      'Hibernian 26 11 8 7 35 30 41',
      'Motherwell 26 9 6 11 33 40 33',
      'P W D L F A Pts',
      'Dundee United manager Ivan Golac said his side had deserved the win at Tannadice, where Mixu Paatelainen scored twice.',
    ].join('\n'),
    gold: [
      ['DUNDEE UNITED', 'ORG'], ['ABERDEEN', 'ORG'], ['GLASGOW', 'LOC'], ['Dundee United', 'ORG'], ['Kilmarnock', 'ORG'],
      ['Hibernian', 'ORG'], ['Aberdeen', 'ORG'], ['Motherwell', 'ORG'], ['Livingston', 'ORG'], ['Partick Thistle', 'ORG'],
      ['Dunfermline', 'ORG'], ['Ivan Golac', 'PERSON'], ['Tannadice', 'LOC'], ['Mixu Paatelainen', 'PERSON'],
    ],
    found: ['Dundee United', 'Kilmarnock', 'Hibernian', 'Aberdeen', 'Motherwell', 'Livingston', 'Partick Thistle', 'Dunfermline', 'Ivan Golac'],
    notEntities: ['P W D L F A Pts', 'Pts', 'Standings', 'Saturday', 'Aberdeen 26', 'Results'],
  },
  {
    genre: 'international football with national sides',
    text: [
      'SOCCER - NORWAY TOP GROUP AFTER WIN IN BUDAPEST',
      'BUDAPEST 1999-09-04',
      'Results of European championship qualifying group matches on Saturday:',
      'Group Two',
      'Hungary 1 Norway 2',
      'Greece 0 Slovenia 0',
      'Standings:',
      'Norway 6 5 1 0 14 4 16',
      'Slovenia 6 3 2 1 9 6 11',
      'Greece 6 1 2 3 5 8 5',
      'Tore Andre Flo headed the winner for Norway ten minutes from time after Gabor Kiraly had saved a penalty.',
    ].join('\n'),
    gold: [
      ['NORWAY', 'LOC'], ['BUDAPEST', 'LOC'], ['Hungary', 'LOC'], ['Norway', 'LOC'], ['Greece', 'LOC'], ['Slovenia', 'LOC'],
      ['Tore Andre Flo', 'PERSON'], ['Gabor Kiraly', 'PERSON'],
    ],
    found: ['Hungary', 'Norway', 'Greece', 'Slovenia', 'Gabor Kiraly'],
    notEntities: ['Group Two', 'Standings', 'Saturday'],
  },
  {
    genre: 'cricket scoreboard',
    text: [
      'CRICKET - SRI LANKA V ZIMBABWE SCOREBOARD',
      'COLOMBO 1998-01-10',
      'Scoreboard on the first day of the second test between Sri Lanka and Zimbabwe on Saturday:',
      'Zimbabwe first innings',
      'G. Rennie c Kaluwitharana b Vaas 12',
      'T. Madondo lbw b Dharmasena 45',
      'H. Streak run out 3',
      'A. Whittall not out 67',
      'Extras (b-2 lb-5 nb-4) 11',
      'Total (for 3 wickets) 138',
      'Fall of wickets: 1-20 2-98 3-104',
      'Bowling: Chaminda Vaas 14-4-30-1, Kumar Dharmasena 10-2-28-1, Sanath Jayasuriya 22-7-41-0',
      'Rain stopped play after tea with Whittall and Streak at the crease.',
    ].join('\n'),
    gold: [
      ['SRI LANKA', 'LOC'], ['ZIMBABWE', 'LOC'], ['COLOMBO', 'LOC'], ['Sri Lanka', 'LOC'], ['Zimbabwe', 'LOC'],
      ['G. Rennie', 'PERSON'], ['Kaluwitharana', 'PERSON'], ['Vaas', 'PERSON'], ['T. Madondo', 'PERSON'], ['Dharmasena', 'PERSON'],
      ['H. Streak', 'PERSON'], ['A. Whittall', 'PERSON'], ['Chaminda Vaas', 'PERSON'], ['Kumar Dharmasena', 'PERSON'],
      ['Sanath Jayasuriya', 'PERSON'], ['Whittall', 'PERSON'], ['Streak', 'PERSON'],
    ],
    found: ['G. Rennie', 'Kaluwitharana', 'Vaas', 'T. Madondo', 'Dharmasena', 'A. Whittall', 'Chaminda Vaas', 'Kumar Dharmasena', 'Sanath Jayasuriya'],
    notEntities: ['Extras', 'Total', 'Fall', 'Bowling', 'Scoreboard'],
  },
  {
    genre: 'golf leaderboard',
    text: [
      'GOLF - LEADING SCORES AT KEMPER OPEN',
      'POTOMAC, Maryland 1998-05-29',
      'Leading scores after the second round of the $2 million Kemper Open on Friday (U.S. unless stated):',
      '134 Stuart Appleby (Australia) 66 68',
      '135 Scott Hoch 68 67, Fred Funk 70 65',
      '137 Bob Estes 69 68, Nick Faldo (Britain) 70 67, Frank Nobilo (New Zealand) 71 66',
      '138 Jeff Sluman 72 66',
      'Appleby, who won in Houston last year, had five birdies on the back nine.',
    ].join('\n'),
    gold: [
      ['POTOMAC', 'LOC'], ['Maryland', 'LOC'], ['U.S.', 'LOC'], ['Stuart Appleby', 'PERSON'], ['Australia', 'LOC'],
      ['Scott Hoch', 'PERSON'], ['Fred Funk', 'PERSON'], ['Bob Estes', 'PERSON'], ['Nick Faldo', 'PERSON'], ['Britain', 'LOC'],
      ['Frank Nobilo', 'PERSON'], ['New Zealand', 'LOC'], ['Jeff Sluman', 'PERSON'], ['Appleby', 'PERSON'], ['Houston', 'LOC'],
    ],
    found: ['Stuart Appleby', 'Scott Hoch', 'Fred Funk', 'Bob Estes', 'Nick Faldo', 'Frank Nobilo', 'Jeff Sluman', 'Australia', 'New Zealand'],
    notEntities: ['Stuart Appleby (Australia) 66', 'Friday'],
  },
  {
    genre: 'athletics ranked results',
    text: [
      'ATHLETICS - RESULTS FROM ZURICH GRAND PRIX',
      'ZURICH 1997-08-13',
      'Leading results from the Weltklasse meeting on Wednesday:',
      "Men's 1,500 metres",
      '1. Hicham El Guerrouj (Morocco) 3:29.51',
      '2. Noah Ngeny (Kenya) 3:30.12',
      '3. Fermin Cacho (Spain) 3:31.04',
      "Women's 200 metres",
      '1. Marion Jones (U.S.) 21.98',
      '2. Zhanna Pintusevich (Ukraine) 22.31',
      'El Guerrouj, the world champion, said he would try to break the world record in Brussels next week.',
    ].join('\n'),
    gold: [
      ['ZURICH', 'LOC'], ['Hicham El Guerrouj', 'PERSON'], ['Morocco', 'LOC'], ['Noah Ngeny', 'PERSON'], ['Kenya', 'LOC'],
      ['Fermin Cacho', 'PERSON'], ['Spain', 'LOC'], ['Marion Jones', 'PERSON'], ['U.S.', 'LOC'], ['Zhanna Pintusevich', 'PERSON'],
      ['Ukraine', 'LOC'], ['El Guerrouj', 'PERSON'], ['Brussels', 'LOC'],
    ],
    found: ['Hicham El Guerrouj', 'Noah Ngeny', 'Fermin Cacho', 'Marion Jones', 'Zhanna Pintusevich', 'Morocco', 'Kenya'],
    notEntities: ["Men's", "Women's", 'Wednesday'],
  },
  {
    genre: 'tennis results list',
    text: [
      'TENNIS - RESULTS AT SWISS INDOORS',
      'BASLE, Switzerland 1996-10-02',
      'Results from the Swiss Indoors tournament on Wednesday (prefix number denotes seeding):',
      'Second round',
      '1 - Goran Ivanisevic (Croatia) beat Jonas Bjorkman (Sweden) 6-3 7-6 (7-4)',
      'Marc Rosset (Switzerland) beat 5 - Magnus Larsson (Sweden) 6-4 3-6 6-2',
      'Tim Henman (Britain) beat Carlos Moya (Spain) 7-5 6-4',
    ].join('\n'),
    gold: [
      ['BASLE', 'LOC'], ['Switzerland', 'LOC'], ['Goran Ivanisevic', 'PERSON'], ['Croatia', 'LOC'], ['Jonas Bjorkman', 'PERSON'],
      ['Sweden', 'LOC'], ['Marc Rosset', 'PERSON'], ['Magnus Larsson', 'PERSON'], ['Tim Henman', 'PERSON'], ['Britain', 'LOC'],
      ['Carlos Moya', 'PERSON'], ['Spain', 'LOC'],
    ],
    found: ['Goran Ivanisevic', 'Jonas Bjorkman', 'Marc Rosset', 'Magnus Larsson', 'Tim Henman', 'Carlos Moya', 'Croatia', 'Sweden'],
    notEntities: ['Second round', 'Wednesday'],
  },
  {
    genre: 'market report with companies and indices',
    text: [
      'Tokyo stocks end higher as exporters gain',
      'TOKYO 1997-02-14',
      'Tokyo share prices rose on Friday as a weaker yen lifted exporters such as Sony and Canon, dealers said.',
      'The Nikkei 225 index rose 120.34 points to 18,450.22 while the broader TOPIX gained 0.6 percent.',
      'Shares of Hitachi rose 30 yen to 1,080 after chief executive of Hitachi Tsutomu Kanai told reporters profits would beat forecasts.',
      '"Foreign investors are buying again," said Koichi Ishida, a strategist at Nomura Securities.',
      'Toyota Motor Corp fell 20 yen and Mitsubishi Heavy Industries was unchanged.',
    ].join('\n'),
    gold: [
      ['TOKYO', 'LOC'], ['Tokyo', 'LOC'], ['Sony', 'ORG'], ['Canon', 'ORG'], ['Hitachi', 'ORG'], ['Tsutomu Kanai', 'PERSON'],
      ['Koichi Ishida', 'PERSON'], ['Nomura Securities', 'ORG'], ['Toyota Motor Corp', 'ORG'], ['Mitsubishi Heavy Industries', 'ORG'],
    ],
    found: ['Koichi Ishida', 'Nomura Securities', 'Mitsubishi Heavy Industries'],
    notEntities: ['Nikkei 225', '225', 'Friday', '18,450.22'],
  },
  {
    genre: 'election returns table',
    text: [
      'PORTUGAL - FINAL RESULTS OF PARLIAMENTARY ELECTION',
      'LISBON 1995-10-02',
      'Final results of Sunday\'s general election, with seats in the 230-member parliament (votes, percent, seats):',
      'Socialist Party 2,583,755 43.8 112',
      'Social Democratic Party 2,014,589 34.1 88',
      'Popular Party 534,470 9.1 15',
      'Antonio Guterres, the Socialist leader, will be asked by President Mario Soares to form a government.',
    ].join('\n'),
    gold: [
      ['PORTUGAL', 'LOC'], ['LISBON', 'LOC'], ['Socialist Party', 'ORG'], ['Social Democratic Party', 'ORG'], ['Popular Party', 'ORG'],
      ['Antonio Guterres', 'PERSON'], ['Mario Soares', 'PERSON'],
    ],
    found: ['Socialist Party', 'Social Democratic Party', 'Popular Party', 'Antonio Guterres', 'Mario Soares'],
    notEntities: ['Sunday', '2,583,755'],
  },
  {
    genre: 'wire story with dateline and byline',
    text: [
      'Kenya opposition calls strike over poll result',
      'By Peter Mwangi',
      'NAIROBI 1997-12-31',
      'Kenya\'s main opposition parties called a general strike on Wednesday to protest against the re-election of President Daniel arap Moi.',
      'Mwai Kibaki of the Democratic Party told a news conference in Nairobi the count had been rigged.',
      'The Electoral Commission of Kenya said the vote was fair. Diplomats from the European Union were expected to report next week.',
    ].join('\n'),
    gold: [
      ['Kenya', 'LOC'], ['Peter Mwangi', 'PERSON'], ['NAIROBI', 'LOC'], ['Daniel arap Moi', 'PERSON'], ['Mwai Kibaki', 'PERSON'],
      ['Democratic Party', 'ORG'], ['Nairobi', 'LOC'], ['Electoral Commission of Kenya', 'ORG'], ['European Union', 'ORG'],
    ],
    found: ['Peter Mwangi', 'NAIROBI', 'Mwai Kibaki', 'Democratic Party', 'European Union'],
    notEntities: ['Wednesday', '1997-12-31'],
  },
  {
    genre: 'all-caps headline and baseball standings',
    text: [
      'BASEBALL - ORIOLES BEAT YANKEES TO CLOSE GAP',
      'NEW YORK 1996-09-03',
      'Standings in the American League East after games played on Monday (tabulate under won, lost, winning percentage and games behind):',
      'BALTIMORE 79 57 .581 -',
      'BOSTON 74 62 .544 5',
      'TORONTO 70 68 .507 10',
      'Rafael Palmeiro hit a two-run homer as the Baltimore Orioles beat the New York Yankees 5-3 on Monday.',
    ].join('\n'),
    gold: [
      ['ORIOLES', 'ORG'], ['YANKEES', 'ORG'], ['NEW YORK', 'LOC'], ['American League East', 'ORG'], ['BALTIMORE', 'ORG'], ['BOSTON', 'ORG'], ['TORONTO', 'ORG'],
      ['Rafael Palmeiro', 'PERSON'], ['Baltimore Orioles', 'ORG'], ['New York Yankees', 'ORG'],
    ],
    found: ['BALTIMORE', 'BOSTON', 'Rafael Palmeiro', 'Baltimore Orioles', 'New York Yankees'],
    notEntities: ['Monday', '.581'],
  },
];
