/** Rules for CAP 10 Transportation, 17 Technology, 20 Government Operations and 23 Culture. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const GOVERNMENT_RULES: readonly ThemeRule[] = [
  // 10 Transportation
  { code: 10, subtopic: 1000, weight: STRONG, reason: 'transportation', terms: [
    'transportation', 'transport', 'Department of Transportation', 'Transportation Department',
    'Transportation Secretary', 'transport minister', 'transport ministry', 'congestion pricing',
    'traffic congestion', 'gridlock', 'transit system', 'transportation system', 'transportation bill'] },
  { code: 10, subtopic: 1000, weight: MEDIUM, reason: 'transportation (less specific)', terms: [
    'traffic', 'commuters', 'commuter', 'commute', 'commuting', 'travelers', 'passengers', 'passenger', 'freight',
    'logistics'] },
  { code: 10, subtopic: 1001, weight: STRONG, reason: 'mass transit', terms: [
    'mass transit', 'public transit', 'public transport', 'subway', 'subways', 'commuter rail', 'light rail',
    'Metropolitan Transportation Authority', 'MTA', 'transit workers', 'bus service', 'subway service',
    'transit agency'] },
  { code: 10, subtopic: 1001, weight: MEDIUM, reason: 'mass transit (less specific)', terms: [
    'transit', 'bus', 'buses', 'fare', 'fares'] },
  { code: 10, subtopic: 1001, weight: WEAK, reason: 'mass transit (ambiguous)', terms: ['metro'] },
  { code: 10, subtopic: 1002, weight: STRONG, reason: 'highways and road safety', terms: [
    'highway', 'highways', 'roadway', 'roadways', 'interstate highway', 'potholes', 'toll roads', 'expressway',
    'freeway', 'turnpike', 'highway bill', 'highway funds', 'road construction', 'road safety', 'speed limit',
    'speed limits', 'Federal Highway Administration', 'national highways'] },
  { code: 10, subtopic: 1002, weight: MEDIUM, reason: 'highways and road safety (less specific)', terms: [
    'road', 'roads', 'bridge', 'bridges', 'tunnel', 'tunnels', 'toll', 'tolls'] },
  { code: 10, subtopic: 1003, weight: STRONG, reason: 'air travel and air safety', terms: [
    'airline', 'airlines', 'airport', 'airports', 'air traffic', 'air traffic control', 'air traffic controllers',
    'plane crash', 'air crash', 'jetliner', 'jetliners', 'airliner', 'airliners', 'aviation', 'FAA',
    'Federal Aviation Administration', 'NTSB', 'National Transportation Safety Board', 'airfare', 'airfares',
    'air travel', 'air travelers', 'air safety', 'aviation safety', 'flight attendants', 'TWA', 'Flight 800',
    'black box', 'airport security screeners', 'air service'] },
  { code: 10, subtopic: 1003, weight: MEDIUM, reason: 'air travel and air safety (less specific)', terms: [
    'flight', 'flights', 'crash', 'crashed', 'pilots', 'pilot', 'plane', 'planes', 'aircraft', 'jet', 'jets',
    'runway', 'runways', 'baggage'] },
  { code: 10, subtopic: 1003, weight: WEAK, reason: 'air travel and air safety (less specific) (ambiguous)', terms: [
    'Boeing', 'Airbus'] },
  { code: 10, subtopic: 1003, weight: WEAK, reason: 'air travel and air safety (ambiguous)', terms: [
    'cockpit', 'takeoff'] },
  { code: 10, subtopic: 1005, weight: STRONG, reason: 'railroads', terms: [
    'rail', 'railroad', 'railroads', 'railway', 'railways', 'Amtrak', 'train', 'trains', 'high-speed rail',
    'bullet train', 'bullet trains', 'rail lines', 'rail service', 'freight rail', 'locomotive', 'derailment',
    'derailed', 'Indian Railways', 'rail network'] },
  { code: 10, subtopic: 1006, weight: STRONG, reason: 'cars, trucks and road safety', terms: [
    'automobile', 'automobiles', 'auto safety', 'trucking', 'truckers', 'seat belt', 'seat belts', 'seatbelts',
    'air bags', 'airbags', 'drunk driving', 'drunken driving', 'driver\'s license', 'drivers\' licenses',
    'car crashes', 'traffic accidents', 'traffic deaths', 'crash tests',
    'National Highway Traffic Safety Administration', 'NHTSA', 'sport utility vehicles', 'SUVs', 'SUV', 'minivans',
    'self-driving', 'autonomous vehicles', 'auto industry', 'automakers', 'automaker', 'carmakers'] },
  { code: 10, subtopic: 1006, weight: MEDIUM, reason: 'cars, trucks and road safety (less specific)', terms: [
    'car', 'cars', 'vehicle', 'vehicles', 'truck', 'trucks', 'drivers', 'driver', 'motorists', 'taxi', 'taxis',
    'cabs', 'motorcycle'] },
  { code: 10, subtopic: 1006, weight: WEAK, reason: 'cars, trucks and road safety (less specific) (ambiguous)', terms: [
    'Uber'] },
  { code: 10, subtopic: 1006, weight: WEAK, reason: 'cars, trucks and road safety (ambiguous)', terms: [
    'driving', 'tires'] },
  { code: 10, subtopic: 1007, weight: STRONG, reason: 'maritime transport', terms: [
    'shipping', 'maritime', 'Coast Guard', 'ferry', 'ferries', 'cargo ships', 'container ships', 'dock workers',
    'longshoremen', 'shipping lanes', 'cruise ship', 'cruise ships', 'Panama Canal', 'Suez Canal', 'seaport',
    'seaports', 'waterways', 'sea lanes', 'freedom of navigation'] },
  { code: 10, subtopic: 1007, weight: MEDIUM, reason: 'maritime transport (less specific)', terms: [
    'ports', 'port', 'ship', 'ships', 'cargo', 'harbor', 'harbors', 'harbour', 'tanker', 'tankers', 'vessel',
    'vessels'] },
  { code: 10, subtopic: 1010, weight: STRONG, reason: 'public works and infrastructure', terms: [
    'infrastructure', 'public works', 'infrastructure projects', 'infrastructure spending',
    'infrastructure development', 'infrastructure bill', 'construction projects'] },
  { code: 10, subtopic: 1010, weight: MEDIUM, reason: 'public works and infrastructure (less specific)', terms: [
    'connectivity'] },

  // 17 Technology
  { code: 17, subtopic: 1700, weight: STRONG, reason: 'science and technology', terms: [
    'science', 'sciences', 'scientist', 'scientists', 'scientific', 'technology', 'technologies', 'high-tech',
    'high tech', 'tech industry', 'tech companies', 'technology companies', 'biotechnology', 'genetic engineering',
    'cloning', 'genome', 'nanotechnology', 'robot', 'robots', 'robotics', 'artificial intelligence', 'AI',
    'information technology', 'IT', 'information and communication technology',
    'information and communications technology', 'ICT', 'semiconductor', 'semiconductors', 'microchips', 'microchip',
    'chipmakers', 'quantum', 'quantum computing', 'Silicon Valley', 'digitization', 'digitalization',
    'critical technologies', 'emerging technologies', 'science and technology', 'technology sector',
    'Science and Technology', 'Nobel Prize in'] },
  { code: 17, subtopic: 1700, weight: MEDIUM, reason: 'science and technology (less specific)', terms: [
    'technological', 'tech', 'innovation', 'innovations', 'engineering', 'engineers', 'physics', 'physicists',
    'laboratory', 'laboratories', 'lab', 'labs', 'clone', 'cloned', 'genetic', 'genes', 'gene', 'chips', 'digital',
    'inventors', 'invention', 'inventions', 'chemistry', 'biology', 'astronomy', 'astronomers', 'mathematicians',
    'mathematics', 'particle', 'atoms'] },
  { code: 17, subtopic: 1700, weight: WEAK, reason: 'science and technology (ambiguous)', terms: [
    'experiment', 'experiments'] },
  { code: 17, subtopic: 1701, weight: STRONG, reason: 'space', terms: [
    'NASA', 'space shuttle', 'astronaut', 'astronauts', 'space station', 'International Space Station', 'spacecraft',
    'space program', 'space programme', 'space exploration', 'Hubble', 'cosmonaut', 'cosmonauts', 'ISRO',
    'space agency', 'spaceflight', 'space probe', 'planet Mars', 'Chandrayaan', 'Gaganyaan', 'space mission',
    'spacewalk', 'Discovery shuttle', 'outer space', 'space race'] },
  { code: 17, subtopic: 1701, weight: MEDIUM, reason: 'space (less specific)', terms: [
    'shuttle', 'Mars', 'moon', 'lunar', 'orbit', 'orbiting', 'telescope', 'telescopes', 'rocket', 'rockets',
    'Jupiter', 'Saturn', 'asteroid', 'comet', 'galaxy', 'galaxies', 'universe', 'space'] },
  { code: 17, subtopic: 1701, weight: MEDIUM, reason: 'astronomy', terms: [
    'planet', 'planets', 'solar system', 'stars', 'stellar', 'black hole', 'black holes', 'cosmic',
    'astrophysicists', 'supernova', 'meteor', 'meteorite', 'eclipse', 'Big Bang', 'dark matter', 'exoplanets',
    'observatory'] },
  { code: 17, subtopic: 1704, weight: STRONG, reason: 'commercial use of space', terms: [
    'satellite launch', 'commercial satellite', 'satellite industry', 'satellite television', 'launch vehicle'] },
  { code: 17, subtopic: 1704, weight: WEAK, reason: 'commercial use of space (ambiguous)', terms: ['SpaceX'] },
  { code: 17, subtopic: 1704, weight: MEDIUM, reason: 'commercial use of space (less specific)', terms: [
    'satellite', 'satellites', 'GPS'] },
  { code: 17, subtopic: 1705, weight: STRONG, reason: 'technology transfer and cooperation', terms: [
    'technology transfer', 'scientific cooperation', 'research cooperation', 'technology cooperation',
    'technology partnership', 'science and technology cooperation', 'joint research', 'transfer of technology'] },
  { code: 17, subtopic: 1706, weight: STRONG, reason: 'telecommunications', terms: [
    'telecommunications', 'telecom', 'telecoms', 'telephone', 'telephones', 'cellphone', 'cellphones', 'cell phone',
    'cell phones', 'mobile phone', 'mobile phones', 'broadband', '5G', '4G', '3G', 'FCC',
    'Federal Communications Commission', 'long-distance', 'cable television', 'cable TV', 'phone companies',
    'telephone companies', 'fiber optic', 'fiber-optic', 'optical fiber', 'Telecommunications Act', 'smartphone',
    'smartphones', 'telecom operators', 'net neutrality', 'mobile network', 'mobile networks', 'telecommunication'] },
  { code: 17, subtopic: 1706, weight: WEAK, reason: 'telecommunications (ambiguous)', terms: ['AT&T'] },
  { code: 17, subtopic: 1706, weight: MEDIUM, reason: 'telecommunications (less specific)', terms: [
    'phone', 'phones', 'wireless', 'spectrum', 'cable'] },
  { code: 17, subtopic: 1706, weight: WEAK, reason: 'telecommunications (less specific) (ambiguous)', terms: [
    'Verizon', 'MCI', 'Huawei', 'iPhone'] },
  { code: 17, subtopic: 1707, weight: STRONG, reason: 'broadcast industry', terms: [
    'public broadcasting', 'PBS', 'NPR', 'digital television', 'V-chip', 'news organizations', 'talk radio',
    'airwaves', 'media companies', 'media ownership'] },
  { code: 17, subtopic: 1707, weight: MEDIUM, reason: 'broadcast industry (less specific)', terms: [
    'television', 'TV', 'radio', 'broadcasters', 'broadcaster', 'broadcasting', 'broadcast', 'media', 'news media',
    'newspaper', 'newspapers', 'journalists', 'journalist', 'journalism', 'streaming'] },
  { code: 17, subtopic: 1707, weight: WEAK, reason: 'broadcast industry (less specific) (ambiguous)', terms: [
    'CNN', 'NBC', 'CBS', 'ABC', 'Fox News', 'Time Warner', 'Viacom', 'Disney', 'Hollywood studios', 'Netflix'] },
  // "press" (inflected: "pressing for talks") and "reporters" ("told reporters") are everyday news writing
  { code: 17, subtopic: 1707, weight: WEAK, reason: 'broadcast industry (ambiguous)', terms: [
    'networks', 'network', 'ratings', 'publishers', 'publishing', 'magazine', 'magazines',
    'editors', 'programming'] },
  { code: 17, subtopic: 1708, weight: STRONG, reason: 'weather forecasting', terms: [
    'weather forecast', 'forecasters', 'National Weather Service', 'meteorologists', 'meteorologist',
    'weather satellite', 'El Nino', 'La Nina', 'meteorological'] },
  { code: 17, subtopic: 1708, weight: MEDIUM, reason: 'weather forecasting (less specific)', terms: ['weather'] },
  { code: 17, subtopic: 1708, weight: WEAK, reason: 'weather forecasting (ambiguous)', terms: ['forecast'] },
  { code: 17, subtopic: 1709, weight: STRONG, reason: 'computers and the internet', terms: [
    'computer', 'computers', 'computing', 'internet', 'Internet', 'website', 'websites', 'Web site', 'Web sites',
    'World Wide Web', 'email', 'e-mail', 'emails', 'e-mails', 'Apple computer', 'cyberattack', 'cyberattacks',
    'cybersecurity', 'cyber security', 'hacker', 'hackers', 'hacking', 'computer virus', 'computer viruses', 'Y2K',
    'year 2000 problem', 'encryption', 'dot-com', 'dot-coms', 'e-commerce', 'search engine', 'social media',
    'social network', 'social networks', 'personal computers', 'digital economy', 'data centers', 'cloud computing',
    'chatbot', 'chatbots', 'deepfake', 'deepfakes', 'cryptocurrency', 'bitcoin', 'blockchain', 'dotcom',
    'information superhighway', 'digital divide',
    // devices and their software ("the mixed-reality headset", "its operating system")
    'operating system', 'operating systems', 'virtual reality', 'augmented reality', 'mixed reality', 'app store',
    'laptop', 'laptops', 'smartwatch', 'smartwatches', 'web browser', 'web browsers'] },
  { code: 17, subtopic: 1709, weight: WEAK, reason: 'computers and the internet (ambiguous)', terms: [
    'Napster', 'ChatGPT', 'OpenAI'] },
  { code: 17, subtopic: 1709, weight: MEDIUM, reason: 'computers and the internet (less specific)', terms: [
    'online', 'on-line', 'web', 'software', 'hardware', 'cyber', 'hacked', 'apps', 'database', 'databases',
    'algorithm', 'algorithms', 'PC', 'PCs', 'blog', 'blogs', 'bloggers', 'microprocessor', 'processors',
    'headset', 'headsets', 'gadget', 'gadgets', 'browser', 'browsers', 'wearable', 'wearables'] },
  { code: 17, subtopic: 1709, weight: WEAK, reason: 'computers and the internet (less specific) (ambiguous)', terms: [
    'Microsoft', 'Google', 'Facebook', 'Twitter', 'Intel', 'IBM', 'Netscape', 'Yahoo', 'eBay', 'WhatsApp', 'YouTube',
    'TikTok', 'Instagram'] },
  // "tweeted" and "tweets" are reporting verbs in today's news ("the minister tweeted"), not a technology story
  { code: 17, subtopic: 1709, weight: WEAK, reason: 'computers and the internet (ambiguous)', terms: [
    'app', 'data'] },
  { code: 17, subtopic: 1798, weight: STRONG, reason: 'research and development', terms: [
    'research and development', 'R&D', 'research funding', 'National Science Foundation', 'scientific research',
    'basic research', 'research projects', 'research institutes', 'research center'] },
  { code: 17, subtopic: 1798, weight: MEDIUM, reason: 'research and development (less specific)', terms: [
    'research', 'researchers'] },
  { code: 17, subtopic: 1798, weight: WEAK, reason: 'research and development (ambiguous)', terms: [
    'study', 'studies', 'discovery', 'discoveries', 'discovered', 'findings'] },

  // 20 Government Operations
  { code: 20, subtopic: 2000, weight: STRONG, reason: 'government operations', terms: [
    'government reform', 'reinventing government', 'bureaucracy', 'bureaucrats', 'bureaucratic', 'red tape',
    'government agencies', 'federal agencies', 'agency heads', 'government efficiency', 'government waste',
    'General Accounting Office', 'Government Accountability Office', 'GAO', 'inspector general',
    'Office of Personnel Management', 'government reorganization', 'administrative reform', 'cabinet reshuffle',
    'cabinet shuffle'] },
  { code: 20, subtopic: 2000, weight: MEDIUM, reason: 'government operations (less specific)', terms: [
    'governance', 'filibuster', 'lobbyist', 'lobbyists', 'lobbying'] },
  { code: 20, subtopic: 2000, weight: WEAK, reason: 'government operations (ambiguous)', terms: [
    'governing', 'Congress', 'congressional', 'Senate', 'senators', 'senator', 'House of Representatives',
    'House Speaker', 'Speaker of the House', 'lawmakers', 'legislators', 'legislature', 'legislatures',
    'legislative', 'Capitol Hill', 'Capitol', 'White House', 'administration officials', 'Lok Sabha', 'Rajya Sabha',
    'parliamentarians', 'ministers', 'cabinet ministers', 'minister', 'ministry', 'government officials',
    'federal officials', 'officials said', 'Republicans', 'Democrats', 'Republican', 'Democratic', 'GOP',
    'bipartisan', 'partisan', 'majority leader', 'minority leader', 'Senate majority leader', 'politicians',
    'politician', 'political', 'politics', 'governor', 'governors', 'state legislature', 'City Council',
    'city council', 'City Hall', 'municipal', 'government', 'governments', 'federal government', 'administration',
    'cabinet', 'legislation', 'bill', 'bills', 'vote', 'votes', 'voted', 'Parliament', 'MPs', 'MP', 'BJP',
    'Congress party', 'opposition'] },
  { code: 20, subtopic: 2001, weight: STRONG, reason: 'intergovernmental relations', terms: [
    'unfunded mandates', 'federalism', 'revenue sharing', 'state and local governments', 'state governments',
    'local governments', 'local government', 'devolution', 'states\' rights', 'Centre-state relations'] },
  { code: 20, subtopic: 2003, weight: STRONG, reason: 'postal service', terms: [
    'Postal Service', 'postal service', 'post office', 'post offices', 'postal workers', 'mail delivery',
    'postal rates', 'mailmen'] },
  { code: 20, subtopic: 2003, weight: WEAK, reason: 'postal service (ambiguous)', terms: ['postage'] },
  { code: 20, subtopic: 2004, weight: STRONG, reason: 'government employees', terms: [
    'civil service', 'civil servants', 'federal workers', 'federal employees', 'government employees',
    'government workers', 'public employees', 'public servants', 'state employees', 'city workers', 'Hatch Act'] },
  { code: 20, subtopic: 2005, weight: STRONG, reason: 'appointments and nominations', terms: [
    'nomination', 'nominations', 'nominee', 'nominees', 'confirmation hearing', 'confirmation hearings',
    'cabinet post', 'cabinet secretary', 'Senate confirmation', 'judicial nominees', 'judicial nominations',
    'confirmed by the Senate', 'named to head', 'chosen to lead', 'sworn in', 'cabinet pick'] },
  { code: 20, subtopic: 2005, weight: MEDIUM, reason: 'appointments and nominations (less specific)', terms: [
    'confirmation', 'nominated', 'nominate', 'appointment', 'appointments', 'appointed', 'appoint', 'resigned',
    'resignation', 'resigns', 'successor'] },
  { code: 20, subtopic: 2006, weight: STRONG, reason: 'currency and coins', terms: [
    'dollar coin', 'new $100 bill', 'demonetisation', 'demonetization'] },
  { code: 20, subtopic: 2006, weight: MEDIUM, reason: 'currency and coins (less specific)', terms: [
    'coins', 'penny', 'the Mint'] },
  { code: 20, subtopic: 2006, weight: WEAK, reason: 'currency and coins (ambiguous)', terms: ['banknotes'] },
  { code: 20, subtopic: 2007, weight: STRONG, reason: 'government procurement', terms: [
    'government contracts', 'government contract', 'government procurement', 'federal contracts', 'no-bid contracts',
    'public procurement'] },
  { code: 20, subtopic: 2007, weight: MEDIUM, reason: 'government procurement (less specific)', terms: [
    'contracting', 'contractors'] },
  { code: 20, subtopic: 2009, weight: STRONG, reason: 'tax administration', terms: [
    'IRS', 'Internal Revenue Service', 'tax collectors', 'tax audits', 'tax collection', 'tax administration',
    'tax agency', 'tax filing', 'income tax department'] },
  { code: 20, subtopic: 2009, weight: MEDIUM, reason: 'tax administration (less specific)', terms: ['tax returns'] },
  { code: 20, subtopic: 2010, weight: STRONG, reason: 'scandals and impeachment', terms: [
    'scandal', 'scandals', 'impeachment', 'impeached', 'independent counsel', 'special prosecutor',
    'special counsel', 'Watergate', 'ethics committee', 'obstruction of justice', 'ethics investigation',
    'ethics violations', 'conflict of interest', 'conflicts of interest', 'abuse of power', 'Iran-contra'] },
  { code: 20, subtopic: 2010, weight: MEDIUM, reason: 'scandals and impeachment (less specific)', terms: [
    'impeach', 'ethics', 'perjury', 'cover-up', 'coverup', 'corruption', 'corrupt', 'subpoena', 'subpoenas',
    'subpoenaed', 'grand jury', 'misconduct', 'wrongdoing', 'censure'] },
  { code: 20, subtopic: 2011, weight: STRONG, reason: 'relations between branches of government', terms: [
    'executive privilege', 'separation of powers', 'line-item veto', 'congressional oversight', 'oversight hearings',
    'checks and balances', 'signing statements'] },
  { code: 20, subtopic: 2011, weight: MEDIUM, reason: 'relations between branches of government (less specific)', terms: [
    'veto', 'vetoed', 'vetoes', 'executive order', 'executive orders', 'war powers'] },
  { code: 20, subtopic: 2012, weight: STRONG, reason: 'campaigns and elections', terms: [
    'election', 'elections', 'electoral', 'candidate', 'candidates', 'candidacy', 'presidential race',
    'presidential campaign', 'presidential election', 'primaries', 'primary election', 'caucus', 'caucuses',
    'voters', 'voter', 'pollsters', 'pollster', 'ballot', 'ballots', 'running mate', 'Republican convention',
    'Democratic convention', 'national convention', 'Republican Party', 'Democratic Party', 'political party',
    'political parties', 'fund-raising', 'fundraising', 'fund-raiser', 'fund-raisers', 'fundraiser',
    'campaign finance', 'soft money', 'political action committee', 'PAC', 'PACs', 'campaign contributions',
    'reelection', 're-election', 'stump speech', 'swing state', 'swing states', 'Electoral College',
    'electoral college', 'recount', 'Iowa caucuses', 'New Hampshire primary', 'exit polls', 'midterm elections',
    'midterms', 'gubernatorial', 'mayoral', 'mayoral race', 'Senate race', 'congressional race', 'House race',
    'term limits', 'Reform Party', 'presidential nominee', 'presidential candidate', 'presidential candidates',
    'presidential primary', 'Election Commission', 'polling stations', 'opinion polls', 'opinion poll',
    'voter turnout', 'polling booth', 'hustings', 'campaign trail', 'won the election', 'reelected', 're-elected',
    'vice presidential', 'convention delegates', 'Tea Party', 'Super Tuesday', 'straw poll', 'attack ads',
    'campaign ads', 'political ads', 'campaign spending', 'campaign manager', 'campaign aides'] },
  { code: 20, subtopic: 2012, weight: MEDIUM, reason: 'campaigns and elections (less specific)', terms: [
    'campaign', 'campaigns', 'campaigning', 'campaigned', 'voting', 'poll', 'polls', 'polling', 'third party',
    'contributions', 'donors', 'incumbent', 'incumbents', 'midterm', 'inauguration', 'nominating', 'electorate',
    'constituents', 'constituency', 'turnout', 'ran for', 'running for', 'elected', 'delegates'] },
  { code: 20, subtopic: 2012, weight: WEAK, reason: 'campaigns and elections (ambiguous)', terms: [
    'challenger', 'debate', 'debates', 'landslide'] },
  { code: 20, subtopic: 2010, weight: STRONG, reason: 'impeachment proceedings', terms: [
    'impeachment trial', 'impeachment inquiry', 'impeachment hearings', 'articles of impeachment', 'House managers'] },
  { code: 20, subtopic: 2013, weight: STRONG, reason: 'census and statistics', terms: [
    'census', 'Census Bureau', 'census data', 'population count', 'statistical sampling'] },

  // 23 Culture
  { code: 23, subtopic: 2300, weight: STRONG, reason: 'arts and cultural policy', terms: [
    'culture', 'cultural', 'arts', 'the arts', 'artist', 'artists', 'museum', 'museums', 'exhibition', 'exhibitions',
    'gallery', 'galleries', 'National Endowment for the Arts', 'NEA', 'National Endowment for the Humanities',
    'humanities', 'orchestra', 'orchestras', 'symphony', 'opera', 'operas', 'Broadway', 'filmmaker', 'filmmakers',
    'literature', 'literary', 'novelist', 'poet', 'poets', 'poetry', 'musician', 'musicians', 'composer',
    'composers', 'ballet', 'painter', 'painters', 'sculpture', 'sculptures', 'sculptor', 'Oscar', 'Oscars',
    'Academy Awards', 'Grammy', 'Grammys', 'cultural heritage', 'cultural policy', 'artworks', 'artwork',
    'masterpiece', 'masterpieces', 'Metropolitan Museum', 'Museum of Modern Art', 'Smithsonian Institution',
    'Kennedy Center', 'Lincoln Center', 'Carnegie Hall', 'entertainment industry', 'playwright',
    // performers and the works of music and theatre ("the saxophonist", "her aria in the second act")
    'saxophonist', 'pianist', 'guitarist', 'violinist', 'cellist', 'trumpeter', 'soprano', 'mezzo-soprano', 'baritone',
    'aria', 'arias', 'libretto', 'choreographer', 'playwrights', 'novelists'] },
  { code: 23, subtopic: 2300, weight: MEDIUM, reason: 'arts and cultural policy (less specific)', terms: [
    'science fiction', 'sci-fi',
    'art', 'exhibit', 'theater', 'theaters', 'theatre', 'theatres', 'film', 'films', 'movie', 'movies', 'Hollywood',
    'cinema', 'novel', 'novels', 'author', 'authors', 'writer', 'writers', 'book', 'books', 'library', 'libraries',
    'music', 'concert', 'concerts', 'dance', 'painting', 'paintings', 'architecture', 'architect', 'architects',
    'festival', 'festivals', 'cultural exchange', 'cultural ties', 'heritage', 'artistic', 'rock music', 'hip-hop',
    'jazz', 'pop music', 'singer', 'singers', 'actor', 'actors', 'actress', 'actresses', 'celebrity', 'celebrities',
    'entertainment', 'Bollywood', 'fashion', 'designers', 'religion', 'religious', 'Catholic', 'Catholics',
    'Roman Catholic', 'pope', 'Vatican', 'bishops', 'bishop', 'priests', 'priest', 'clergy', 'evangelical',
    'evangelicals', 'yoga', 'cuisine', 'soft power', 'people-to-people', 'West End', 'premiere', 'premieres',
    'premiered', 'world premiere', 'box office', 'Shakespeare', 'Shakespearean', 'stage production',
    'stage productions', 'theatre production', 'theater production', 'directed by', 'sound design', 'set design',
    'costume design', 'lighting design', 'the cast', 'cast members', 'audiences', 'opening night', 'curtain call', 'on stage',
    'rehearsal', 'rehearsals', 'interval', 'staging', 'stagings', 'the play', 'this play', 'the stage', 'the playwright',
    'album', 'albums', 'saxophone', 'clarinet', 'piano', 'violin', 'guitar', 'quintet', 'quartet', 'drummer', 'overture'] },
  { code: 23, subtopic: 2300, weight: WEAK, reason: 'arts and cultural policy (ambiguous)', terms: [
    'church', 'churches', 'synagogue', 'mosque', 'mosques', 'temple', 'temples', 'Jews', 'Jewish', 'Muslims',
    'Muslim', 'Islam', 'Islamic', 'Christians', 'Christian', 'Hindu', 'Hindus', 'Buddhist', 'faith', 'worship',
    'language', 'languages', 'traditions', 'tradition', 'holiday', 'holidays', 'Christmas', 'Thanksgiving',
    'anniversary'] },
  { code: 23, subtopic: 2300, weight: MEDIUM, reason: 'holidays, celebrations and leisure', terms: [
    'holiday', 'holidays', 'Christmas', 'Thanksgiving', 'Valentine\'s Day', 'New Year\'s Eve', 'New Year\'s Day',
    'Halloween', 'Easter', 'Passover', 'Hanukkah', 'Ramadan', 'Diwali', 'Fourth of July', 'Independence Day',
    'Columbus Day', 'Labor Day weekend', 'Martin Luther King Day', 'parade', 'parades', 'celebration',
    'celebrations', 'celebrate', 'festivities', 'choir', 'choirs', 'documentary', 'documentaries', 'Tony Awards',
    'Tony Award', 'Memorial Day', 'Emmy', 'Emmys', 'awards ceremony', 'vacation', 'vacations', 'leisure', 'hobby', 'hobbies',
    'summer camp', 'fireworks', 'circus', 'zoo', 'puppets', 'comedy', 'comedian', 'television series', 'sitcom',
    'pageant', 'photographer', 'photography', 'photographs', 'memoir', 'biography', 'historian', 'historians',
    'archaeologists', 'archaeology', 'antiques', 'collectors', 'auction', 'Sotheby\'s', 'Christie\'s'] },
  { code: 23, subtopic: 2300, weight: WEAK, reason: 'holidays, celebrations and leisure (ambiguous)', terms: [
    'history', 'historic', 'archives', 'revival', 'revivals'] },
];
