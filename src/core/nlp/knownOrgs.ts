import { FRANCHISES } from './franchises';

/**
 * Organisations a reader knows by name that a statistical tagger trained on older news can miss or mistype:
 * international bodies, alliances and armed groups. Each entry lists surface forms as they are written
 * (case-sensitive, words separated by single spaces or hyphens), the full name it stands for (so that the
 * acronym and the name group into one entity) and why it is here.
 */
export interface KnownOrg {
  readonly forms: readonly string[];
  readonly name: string;
  readonly reason: string;
  /** Lower-case nouns that may follow a form and belong to the name ("Quadrilateral coalition"). */
  readonly tails?: readonly string[];
}

const GROUP_TAILS = ['coalition', 'alliance', 'grouping', 'bloc', 'group', 'dialogue', 'framework', 'partnership'];

/** Regions and other places a reader knows that the tagger (trained on 2000s news) may miss or mistype. */
export const KNOWN_PLACES: readonly KnownOrg[] = [
  { forms: ['Indo-Pacific', 'Asia-Pacific', 'Asia Pacific', 'Euro-Atlantic'], name: '', reason: 'region' },
  { forms: ['Middle East', 'Near East', 'Far East', 'Horn of Africa', 'Sahel', 'Maghreb', 'Balkans', 'Caucasus', 'Levant'], name: '', reason: 'region' },
  { forms: ['South China Sea', 'East China Sea', 'Korean Peninsula', 'Taiwan Strait', 'Persian Gulf', 'Strait of Hormuz', 'Red Sea', 'Black Sea'], name: '', reason: 'sea or strait' },
  { forms: ['Latin America', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'West Africa', 'East Africa', 'Sub-Saharan Africa', 'Central America', 'North America', 'South America', 'Eastern Europe', 'Western Europe'], name: '', reason: 'region' },
  { forms: ['Gaza Strip', 'West Bank', 'Golan Heights', 'Kashmir', 'Crimea', 'Donbas', 'Darfur'], name: '', reason: 'contested territory' },
  // regions of Britain named with a demonym, which would otherwise be read as the nation alone
  { forms: ['Scottish Borders', 'Scottish Highlands', 'Welsh Marches'], name: '', reason: 'region' },
];

/**
 * Words written like names that are not entities of any of our types: diseases, viruses, faiths and their
 * followers, "Arab", and public programmes ("COVID", "Sunni", "Catholics", "Sunni Arab", "Medicaid": neither a
 * person, an organisation nor a place). Named bodies such as "Muslim Brotherhood" or "Arab League" are known organisations and still found.
 */
export const NOT_ENTITIES: ReadonlySet<string> = new Set([
  'covid', 'covid-19', 'coronavirus', 'aids', 'hiv', 'sars', 'mers', 'ebola', 'h5n1', 'h1n1', 'zika', 'mpox',
  'sunni', 'sunnis', 'shiite', 'shiites', "shi'ite", "shi'ites", 'shia', 'shias', 'muslim', 'muslims', 'islamic',
  'christian', 'christians', 'catholic', 'catholics', 'roman', 'protestant', 'protestants', 'evangelical',
  'evangelicals', 'jew', 'jews', 'jewish', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs',
  'arab', 'arabs', 'medicaid', 'medicare', 'obamacare',
  // churches' members and peoples named in the plural or as a language: "Methodists and Anglicans, Igbo and Yoruba"
  'methodist', 'methodists', 'anglican', 'anglicans', 'baptist', 'baptists', 'presbyterian', 'presbyterians',
  'lutheran', 'lutherans', 'mormon', 'mormons', 'quaker', 'quakers', 'scientologist', 'scientologists', 'igbo',
  'yoruba', 'hausa', 'fulani', 'zulu', 'xhosa', 'pashtun', 'pashtuns',
  // vaccines and viruses by their initials, and strict branches of a faith: "the MMR vaccine", "RSV", "the Orthodox Jewish community"
  'mmr', 'rsv', 'hpv', 'bcg', 'orthodox', 'ultra-orthodox', 'haredi', 'hasidic',
]);

/**
 * Share indices, which are no entities of any of our types ("the Nikkei 225 rose", "Hong Kong's Hang Seng index
 * fell", "the FTSE 100"), though the tagger reads them as places or people. Forms as written, words joined by a space.
 */
export const SHARE_INDICES: ReadonlySet<string> = new Set(['Nikkei', 'Hang Seng', 'Sensex', 'Nifty', 'Kospi', 'Topix',
  'TOPIX', 'FTSE', 'DAX', 'Dax', 'CAC', 'Cac', 'Stoxx', 'Euro Stoxx', 'Nasdaq', 'Dow Jones Industrial Average', 'Dow',
  'Dow Jones', 'Straits Times Index', 'Bovespa', 'Jakarta Composite', 'ASX', 'S&P', 'Shanghai Composite']);

export const KNOWN_ORGS: readonly KnownOrg[] = [
  { forms: ['United Nations', 'UN', 'U.N.'], name: 'United Nations', reason: 'international body' },
  { forms: ['North Atlantic Treaty Organization', 'NATO', 'Nato'], name: 'North Atlantic Treaty Organization', reason: 'military alliance' },
  { forms: ['European Union', 'EU', 'E.U.'], name: 'European Union', reason: 'international body' },
  { forms: ['Association of Southeast Asian Nations', 'ASEAN', 'Asean'], name: 'Association of Southeast Asian Nations', reason: 'regional bloc' },
  { forms: ['Quadrilateral Security Dialogue', 'Quadrilateral', 'Quad'], name: 'Quadrilateral Security Dialogue', reason: 'strategic alliance (India, Japan, US, Australia)', tails: GROUP_TAILS },
  { forms: ['World Health Organization', 'WHO'], name: 'World Health Organization', reason: 'UN agency' },
  { forms: ['International Monetary Fund', 'IMF'], name: 'International Monetary Fund', reason: 'international body' },
  { forms: ['World Trade Organization', 'WTO'], name: 'World Trade Organization', reason: 'international body' },
  { forms: ['World Bank'], name: 'World Bank', reason: 'international body' },
  { forms: ['Group of 20', 'Group of Twenty', 'G20', 'G-20'], name: 'Group of 20', reason: 'forum of major economies', tails: GROUP_TAILS },
  { forms: ['Group of Seven', 'G7', 'G-7'], name: 'Group of Seven', reason: 'forum of industrialised democracies', tails: GROUP_TAILS },
  { forms: ['Group of Eight', 'G8', 'G-8'], name: 'Group of Eight', reason: 'forum of industrialised democracies', tails: GROUP_TAILS },
  { forms: ['BRICS'], name: 'BRICS', reason: 'bloc of emerging economies', tails: GROUP_TAILS },
  { forms: ['OPEC', 'Organization of Petroleum Exporting Countries'], name: 'OPEC', reason: 'oil cartel' },
  { forms: ['International Atomic Energy Agency', 'IAEA'], name: 'International Atomic Energy Agency', reason: 'UN agency' },
  { forms: ['UNICEF', 'UNESCO', 'UNHCR', 'UNDP', 'UNAIDS', 'UNCTAD', 'UNRWA', 'FAO', 'WFP', 'ILO', 'OECD', 'OSCE', 'SAARC', 'APEC', 'Interpol', 'INTERPOL'], name: '', reason: 'international body (acronym)' },
  { forms: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], name: 'Shanghai Cooperation Organisation', reason: 'regional bloc' },
  { forms: ['African Union', 'AU'], name: 'African Union', reason: 'regional bloc' },
  { forms: ['Arab League'], name: 'Arab League', reason: 'regional bloc' },
  { forms: ['Red Cross', 'Red Crescent'], name: '', reason: 'humanitarian movement' },
  { forms: ['European Commission'], name: 'European Commission', reason: 'EU executive' },
  { forms: ['European Parliament'], name: 'European Parliament', reason: 'EU legislature' },
  { forms: ['European Council'], name: 'European Council', reason: 'EU leaders\' body' },
  { forms: ['European Central Bank', 'ECB'], name: 'European Central Bank', reason: 'central bank of the euro area' },
  { forms: ['International Criminal Court', 'ICC'], name: 'International Criminal Court', reason: 'international court' },
  { forms: ['International Court of Justice', 'ICJ'], name: 'International Court of Justice', reason: 'UN court' },
  { forms: ['Federal Reserve'], name: 'Federal Reserve', reason: 'US central bank' },
  { forms: ['Doctors Without Borders', 'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF'], name: 'Doctors Without Borders', reason: 'humanitarian organisation' },
  { forms: ['Amnesty International', 'Human Rights Watch', 'Reporters Without Borders', 'Save the Children', 'Oxfam', 'Greenpeace', 'Transparency International'], name: '', reason: 'non-governmental organisation' },
  { forms: ['Security Council', 'General Assembly'], name: '', reason: 'UN organ' },
  // Parties whose names the tagger, trained on 2000s wire news, reads as people or places ("Sinn Fein's health spokesperson").
  { forms: ['Sinn Fein', 'Sinn Féin', 'Plaid Cymru', 'Fianna Fail', 'Fianna Fáil', 'Fine Gael', 'SNP', 'DUP', 'SDLP', 'UUP', 'Likud', 'BJP', 'Bharatiya Janata Party', 'AfD', 'Fidesz', 'Syriza', 'Podemos', 'Vox'], name: '', reason: 'political party' },
  // "Labour MPs", "Labour had lost control": the party (not "Labour costs rose", an English noun opening a sentence);
  // "the Tories", "a Lib Dem spokesman": the party by its members' name (not "Tory", a given name too: "Tory Burch")
  { forms: ['Labour', 'Labour Party', 'Lib Dems', 'Lib Dem', 'Tories'], name: '', reason: 'political party' },
  // "clashed with the Greens", "Labor's revised bill" (Australia's party, spelt the American way)
  { forms: ['Greens', 'Labor', 'Labor Party'], name: '', reason: 'political party' },
  // One-word party names abroad that look like a surname or a town ("Komeito lost seats", "the Sanseito party")
  { forms: ['Komeito', 'Sanseito', 'Reiwa Shinsengumi', 'Kuomintang', 'KMT', 'Awami League', 'Ennahda', 'Peronists', 'Shas', 'Yesh Atid', 'Zanu-PF', 'ANC', 'Frelimo', 'Swapo', 'Chama Cha Mapinduzi'], name: '', reason: 'political party' },
  // Europe's parties and the European Parliament's groups named in their own language or as English names that read as a
  // place or a person ("Forza Italia", "Renew Europe"; not "Law and Justice", which a ministry's name holds too)
  { forms: ['Die Linke', 'Forza Italia', "Fratelli d'Italia", 'Brothers of Italy', 'Rassemblement National', 'National Rally',
    'La France Insoumise', 'GroenLinks', 'Civic Platform', 'PiS', 'Renew Europe', 'Patriots for Europe',
    "European People's Party", 'European Conservatives and Reformists'], name: '', reason: 'political party' },
  { forms: ['Co-op'], name: '', reason: 'retail and funeral co-operative' },
  // Supermarket chains the tagger reads as places or people ("competition from Aldi and Lidl", "Asda cut prices")
  { forms: ['Aldi', 'Lidl', 'Asda', 'Waitrose', 'Carrefour', 'Walmart', 'Costco', 'Kroger', 'Auchan', 'Edeka'], name: '', reason: 'supermarket chain' },
  // Banks and brokers named like people or places ("Goldman Sachs and Morgan Stanley advised the buyer", "analysts at Peel Hunt")
  { forms: ['Morgan Stanley', 'Goldman Sachs', 'JP Morgan', 'JPMorgan', 'J.P. Morgan', 'JPMorgan Chase', 'Merrill Lynch', 'Wells Fargo', 'Lloyds',
    'Barclays', 'HSBC', 'NatWest', 'Santander', 'Citigroup', 'Credit Suisse', 'Deutsche Bank', 'BNP Paribas', 'Societe Generale',
    'Société Générale', 'Lazard', 'Evercore', 'Jefferies', 'Nomura', 'Macquarie', 'Cantor Fitzgerald', 'Hargreaves Lansdown', 'AJ Bell',
    'Peel Hunt', 'Panmure Gordon', 'Berenberg', 'Investec', 'Schroders', 'BlackRock'], name: '', reason: 'bank or broker' },
  // Britain's regulators, named in title case ("Ofwat fined the company", "Ofcom, the media regulator")
  { forms: ['Ofcom', 'Ofwat', 'Ofgem', 'Ofsted', 'Ofqual', 'HMRC', 'Acas'], name: '', reason: 'regulator' },
  // A finance ministry named by its one word, which the tagger reads as the role of "Treasury Secretary" ("the Treasury said")
  { forms: ['Treasury', 'HM Treasury'], name: '', reason: 'finance ministry' },
  { forms: ['Economic Community of West African States', 'ECOWAS', 'Southern African Development Community', 'SADC', 'Mercosur', 'CARICOM'], name: '', reason: 'regional bloc' },
  // Technology and media companies and online platforms of the 2010s, which the tagger, trained on 2000s wire news,
  // misses or reads as people ("Twitter gave him the option", "Ubisoft, Microsoft and Sony had booths"). Names that
  // are also ordinary words or people ("Apple", "Amazon", "Tesla") are left to the other rules.
  { forms: ['Twitter', 'Facebook', 'YouTube', 'Instagram', 'WhatsApp', 'TikTok', 'Snapchat', 'LinkedIn', 'Reddit', 'Netflix', 'Spotify', 'Uber', 'Airbnb', 'PayPal', 'eBay', 'Google', 'Microsoft', 'Yahoo', 'Bing', 'Samsung', 'Huawei', 'Nintendo', 'Ubisoft', 'Disney', 'Nvidia', 'OpenAI', 'Alibaba', 'Tencent', 'Baidu'], name: '', reason: 'technology or media company' },
  { forms: ['Taliban', 'Taleban'], name: 'Taliban', reason: 'armed group' },
  { forms: ['Hamas'], name: 'Hamas', reason: 'armed group / party' },
  { forms: ['Hezbollah', 'Hizbollah'], name: 'Hezbollah', reason: 'armed group / party' },
  { forms: ['al-Qaida', 'al-Qaeda', 'al Qaeda', 'al Qaida', 'Al-Qaida', 'Al-Qaeda', 'Al Qaeda', 'al-Qa\'ida'], name: 'al-Qaida', reason: 'armed group' },
  { forms: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], name: 'Islamic State', reason: 'armed group' },
  { forms: ['Boko Haram'], name: 'Boko Haram', reason: 'armed group' },
  { forms: ['al-Shabab', 'al-Shabaab', 'Al-Shabab', 'Al-Shabaab'], name: 'al-Shabab', reason: 'armed group' },
  // News agencies in datelines and credits ("TOKYO, Oct 7 (Reuters) -"). "AP" alone is left out: in Indian news
  // it is as often Andhra Pradesh.
  { forms: ['Reuters', 'Associated Press', 'Agence France-Presse', 'AFP', 'Xinhua', 'Kyodo', 'Yonhap', 'Press Trust of India', 'PTI', 'IANS', 'TASS', 'Interfax', 'Anadolu', 'Bernama', 'Voice of America', 'VOA'], name: '', reason: 'news agency' },
  { forms: ['Itar-Tass', 'ITAR-TASS', 'RIA Novosti', 'Tanjug', 'ANSA', 'EFE', 'DPA', 'MTI', 'CTK', 'PAP', 'BTA', 'Antara', 'ANTARA', 'MENA', 'IRNA', 'KCNA', 'Prensa Latina', 'Notimex', 'Lusa', 'Belga', 'ANP', 'Ukrinform', 'Kyodo News'], name: '', reason: 'news agency' },
  // Legislatures and central banks called by their own names ("told the Duma", "the Bundesbank said")
  { forms: ['Duma', 'State Duma', 'Knesset', 'Bundestag', 'Bundesrat', 'Sejm', 'Storting', 'Riksdag', 'Folketing', 'Eduskunta', 'Althing', 'Landtag', 'Verkhovna Rada', 'Lok Sabha', 'Rajya Sabha', 'Majlis', 'Dail', 'Oireachtas', 'Seanad'], name: '', reason: 'legislature' },
  // the devolved legislatures and governments of the United Kingdom and the Irish houses, whose names open with a
  // demonym or stand alone ("Members of the Scottish Parliament", "the Senedd voted")
  { forms: ['Scottish Parliament', 'Welsh Parliament', 'Senedd', 'Senedd Cymru', 'Northern Ireland Assembly', 'Dáil', 'Dáil Éireann', 'Seanad Éireann'], name: '', reason: 'legislature' },
  { forms: ['Scottish Government', 'Welsh Government', 'Northern Ireland Executive'], name: '', reason: 'devolved government' },
  // "returns to the Commons", "a half-empty Commons": Westminster's lower house by its short name
  { forms: ['House of Commons', 'Commons'], name: 'House of Commons', reason: 'legislature' },
  { forms: ['House of Lords'], name: 'House of Lords', reason: 'legislature' },
  // British and Irish public agencies that travel and weather news names every day, whose first word the tagger reads
  // as a verb, an adjective or a place ("Met Office extends warning", "National Highways said", "Transport for Wales")
  { forms: ['Met Office', 'Met Éireann', 'Met Eireann', 'National Highways', 'Highways England', 'Transport for Wales',
    'Transport for London', 'TfL', 'Transport Scotland', 'Natural England', 'Historic England', 'Natural Resources Wales',
    'National Trust', 'English Heritage', 'NHS England', 'Public Health Scotland', 'UK Health Security Agency', 'UKHSA',
    'Scottish Water', 'Irish Water', 'Uisce Éireann', 'Translink', 'Iarnród Éireann', 'Bus Éireann'], name: '', reason: 'public agency' },
  // arts, screen and sport funding bodies named by a field and a nation, which the tagger reads as the nation
  { forms: ['Creative Scotland', 'Creative Wales', 'Creative Australia', 'Creative New Zealand', 'Screen Scotland',
    'Northern Ireland Screen', 'Screen Ireland', 'Screen Australia', 'Film London', 'Sport England', 'Sport Wales',
    'Sport Ireland', 'Sport Australia', 'UK Sport', 'Arts Council England', 'Arts Council of Wales', 'VisitScotland',
    'VisitBritain', 'Tourism Ireland', 'Education Scotland'], name: '', reason: 'public funding body' },
  { forms: ['Bundesbank', 'Banque de France', 'Bank of England', 'Bank of Japan', 'Reserve Bank of India', 'Riksbank', 'Norges Bank', 'Swiss National Bank'], name: '', reason: 'central bank' },
  // Canada's federal departments and agencies are named "<portfolio> Canada": the body, not the country
  { forms: ['Environment Canada', 'Statistics Canada', 'Health Canada', 'Parks Canada', 'Transport Canada', 'Elections Canada', 'Industry Canada', 'Fisheries and Oceans Canada', 'Public Safety Canada', 'Global Affairs Canada', 'Immigration Canada', 'Canada Post'], name: '', reason: 'federal agency' },
  { forms: ['Premier League', 'Champions League', 'Europa League', 'Bundesliga', 'La Liga', 'Serie A', 'Ligue 1', 'Eredivisie', 'Primeira Liga', 'Super League', 'Scottish Premiership', 'Major League Soccer', 'MLS', 'NBA', 'NFL', 'NHL', 'WNBA', 'ATP', 'WTA', 'PGA Tour',
    'Premiership', 'Gallagher Premiership', 'Top 14', 'Super Rugby',
    'Indian Premier League', 'IPL', 'Big Bash League', 'DP World Tour', 'LPGA Tour', 'LIV Golf', 'EuroLeague', 'ATP Tour', 'WTA Tour',
    'European Tour', 'Korn Ferry Tour',
    // England's football and cricket leagues below the top flight, which the tagger reads as a person or a place (not
    // "Championship" alone: it ends "the World Championship", an event)
    'League One', 'League Two', 'National League', 'County Championship', 'Vitality Blast'], name: '', reason: 'sports league' },
  // Clubs whose names the tagger reads as people or places ("host Crystal Palace", "West" and "Ham United"). Only names
  // that name nothing but the club: a town's name alone ("Brighton", "Burnley") and a word that is also an adjective,
  // a city's, a book's or a product's name ("Celtic" of "the Celtic Sea", "Rangers", "Napoli", "Ajax", "Corinthians",
  // "Santos") are left to the rules of sport pages.
  { forms: ['Crystal Palace', 'Aston Villa', 'West Ham', 'West Ham United', 'Tottenham Hotspur', 'Nottingham Forest',
    'Manchester United', 'Manchester City', 'Man Utd', 'Man City', 'Newcastle United', 'Wolverhampton Wanderers',
    'Brighton & Hove Albion', 'Brighton and Hove Albion', 'Leeds United', 'Leicester City', 'Sheffield United',
    'Sheffield Wednesday', 'West Bromwich Albion', 'Queens Park Rangers', 'Blackburn Rovers', 'Bolton Wanderers',
    'Norwich City', 'Cardiff City', 'Swansea City', 'Stoke City', 'Hull City', 'Coventry City', 'Bristol City',
    'Bristol Rovers', 'Birmingham City', 'Preston North End', 'Ipswich Town', 'Luton Town', 'Derby County',
    'Heart of Midlothian', 'St Mirren', 'St Johnstone', 'Partick Thistle', 'Inverness Caledonian Thistle', 'Hamilton Academical',
    'Real Madrid', 'Atletico Madrid', 'Atlético Madrid',
    'Bayern Munich', 'Borussia Dortmund', 'Bayer Leverkusen', 'RB Leipzig', 'Paris St-Germain', 'Paris Saint-Germain',
    'Inter Milan', 'AC Milan', 'Juventus', 'PSV Eindhoven', 'Benfica', 'Sporting Lisbon', 'FC Porto',
    'Galatasaray', 'Fenerbahce', 'Olympiakos', 'Red Star Belgrade', 'Dinamo Zagreb', 'Shakhtar Donetsk',
    'Flamengo', 'Palmeiras', 'Grêmio', 'Fluminense', 'Atlético Mineiro', 'Boca Juniors'],
    name: '', reason: 'football club' },
  // The Indian Premier League's teams, whose names the tagger reads as a city and a people ("Mumbai" and "Indians")
  { forms: ['Mumbai Indians', 'Chennai Super Kings', 'Royal Challengers Bengaluru', 'Royal Challengers Bangalore',
    'Kolkata Knight Riders', 'Sunrisers Hyderabad', 'Rajasthan Royals', 'Delhi Capitals', 'Punjab Kings', 'Lucknow Super Giants',
    'Gujarat Titans'], name: '', reason: 'cricket franchise' },
  { forms: FRANCHISES, name: '', reason: 'sports team' },
  { forms: ['M23', 'Rapid Support Forces', 'Wagner Group', 'Hayat Tahrir al-Sham', 'HTS'], name: '', reason: 'armed group' },
  { forms: ['FARC', 'ETA', 'PKK', 'LTTE', 'Tamil Tigers', 'Houthis', 'Muslim Brotherhood', 'Fatah', 'Jemaah Islamiyah', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed'], name: '', reason: 'armed or political group' },
];
