// The teams of North America's four major leagues (NBA, NFL, MLB, NHL) as wire copy names them in full, city and
// nickname: facts of the leagues' own team lists, as of the 2025-26 seasons. A known organisation wherever it is written
// (knownOrgs.ts); a nickname alone is the team's only where the article names the team in full (see `franchiseNicknames`).

const NBA = ['Atlanta Hawks', 'Boston Celtics', 'Brooklyn Nets', 'Charlotte Hornets', 'Chicago Bulls', 'Cleveland Cavaliers',
  'Dallas Mavericks', 'Denver Nuggets', 'Detroit Pistons', 'Golden State Warriors', 'Houston Rockets', 'Indiana Pacers',
  'Los Angeles Clippers', 'LA Clippers', 'Los Angeles Lakers', 'Memphis Grizzlies', 'Miami Heat', 'Milwaukee Bucks',
  'Minnesota Timberwolves', 'New Orleans Pelicans', 'New York Knicks', 'Oklahoma City Thunder', 'Orlando Magic',
  'Philadelphia 76ers', 'Phoenix Suns', 'Portland Trail Blazers', 'Sacramento Kings', 'San Antonio Spurs', 'Toronto Raptors',
  'Utah Jazz', 'Washington Wizards'];
const NFL = ['Arizona Cardinals', 'Atlanta Falcons', 'Baltimore Ravens', 'Buffalo Bills', 'Carolina Panthers', 'Chicago Bears',
  'Cincinnati Bengals', 'Cleveland Browns', 'Dallas Cowboys', 'Denver Broncos', 'Detroit Lions', 'Green Bay Packers',
  'Houston Texans', 'Indianapolis Colts', 'Jacksonville Jaguars', 'Kansas City Chiefs', 'Las Vegas Raiders',
  'Los Angeles Chargers', 'Los Angeles Rams', 'Miami Dolphins', 'Minnesota Vikings', 'New England Patriots',
  'New Orleans Saints', 'New York Giants', 'New York Jets', 'Philadelphia Eagles', 'Pittsburgh Steelers',
  'San Francisco 49ers', 'Seattle Seahawks', 'Tampa Bay Buccaneers', 'Tennessee Titans', 'Washington Commanders'];
const MLB = ['Arizona Diamondbacks', 'Atlanta Braves', 'Baltimore Orioles', 'Boston Red Sox', 'Chicago Cubs', 'Chicago White Sox',
  'Cincinnati Reds', 'Cleveland Guardians', 'Colorado Rockies', 'Detroit Tigers', 'Houston Astros', 'Kansas City Royals',
  'Los Angeles Angels', 'Los Angeles Dodgers', 'Miami Marlins', 'Milwaukee Brewers', 'Minnesota Twins', 'New York Mets',
  'New York Yankees', 'Oakland Athletics', 'Philadelphia Phillies', 'Pittsburgh Pirates', 'San Diego Padres',
  'San Francisco Giants', 'Seattle Mariners', 'St. Louis Cardinals', 'Tampa Bay Rays', 'Texas Rangers', 'Toronto Blue Jays',
  'Washington Nationals'];
const NHL = ['Anaheim Ducks', 'Boston Bruins', 'Buffalo Sabres', 'Calgary Flames', 'Carolina Hurricanes', 'Chicago Blackhawks',
  'Colorado Avalanche', 'Columbus Blue Jackets', 'Dallas Stars', 'Detroit Red Wings', 'Edmonton Oilers', 'Florida Panthers',
  'Los Angeles Kings', 'Minnesota Wild', 'Montreal Canadiens', 'Nashville Predators', 'New Jersey Devils',
  'New York Islanders', 'New York Rangers', 'Ottawa Senators', 'Philadelphia Flyers', 'Pittsburgh Penguins',
  'San Jose Sharks', 'Seattle Kraken', 'St. Louis Blues', 'Tampa Bay Lightning', 'Toronto Maple Leafs', 'Utah Mammoth',
  'Vancouver Canucks', 'Vegas Golden Knights', 'Washington Capitals', 'Winnipeg Jets'];

/** The teams of the four leagues, city and nickname ("Milwaukee Bucks", "Seattle Kraken"). */
export const FRANCHISES: readonly string[] = [...NBA, ...NFL, ...MLB, ...NHL];

// Cities and states of more than one word that open the teams' names.
const LONG_CITIES = ['New York', 'Los Angeles', 'Golden State', 'Oklahoma City', 'San Antonio', 'New Orleans', 'Green Bay',
  'Kansas City', 'Las Vegas', 'New England', 'San Francisco', 'Tampa Bay', 'St. Louis', 'San Diego', 'New Jersey', 'San Jose'];

const NICKNAMES: ReadonlyMap<string, string> = new Map(FRANCHISES.map(name => {
  const city = LONG_CITIES.find(c => name.startsWith(`${c} `)) ?? name.slice(0, name.indexOf(' '));
  return [name, name.slice(city.length + 1)];
}));

/** The nickname a team of the four leagues is called by alone ("Bulls" of "Chicago Bulls", "Red Sox"), or undefined. */
export const franchiseNickname = (name: string): string | undefined => NICKNAMES.get(name);
