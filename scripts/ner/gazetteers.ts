/**
 * Word lists for the tagger's synthetic training sentences (scripts/ner/synthetic.ts): names, towns, clubs,
 * companies and roles, written for News Lens. Real place and company names are facts; the people are made up
 * from common given names and surnames, so no sentence describes a real person.
 */

export const GIVEN_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy',
  'Matthew', 'Lisa', 'Anthony', 'Margaret', 'Mark', 'Sandra', 'Paul', 'Ashley', 'Steven', 'Emily', 'Andrew',
  'Donna', 'Kenneth', 'Michelle', 'Joshua', 'Carol', 'Kevin', 'Amanda', 'Brian', 'Melissa', 'George', 'Deborah',
  'Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Liam', 'Sophie', 'Ethan', 'Chloe',
  'Mohammed', 'Fatima', 'Ahmed', 'Aisha', 'Omar', 'Leila', 'Yusuf', 'Amina', 'Hassan', 'Zainab', 'Ali', 'Mariam',
  'Wei', 'Li', 'Hiroshi', 'Yuki', 'Kenji', 'Akiko', 'Min-jun', 'Ji-woo', 'Arjun', 'Priya', 'Rahul', 'Ananya',
  'Ravi', 'Deepa', 'Sanjay', 'Kavita', 'Carlos', 'Maria', 'Jose', 'Lucia', 'Diego', 'Sofia', 'Mateo', 'Valentina',
  'Pierre', 'Camille', 'Jean', 'Claire', 'Luc', 'Amelie', 'Hans', 'Greta', 'Klaus', 'Anke', 'Lars', 'Ingrid',
  'Sven', 'Astrid', 'Pavel', 'Olga', 'Dmitri', 'Irina', 'Kwame', 'Ama', 'Chidi', 'Ngozi', 'Tendai', 'Thandiwe',
  'Sipho', 'Nomvula', 'Kofi', 'Abena', 'Giovanni', 'Francesca', 'Marco', 'Giulia', 'Joao', 'Beatriz', 'Tomasz',
  'Agnieszka', 'Erik', 'Freya', 'Declan', 'Siobhan', 'Rhys', 'Cerys', 'Hamish', 'Morag', 'Dylan', 'Grace',
];

export const SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson',
  'Anderson', 'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark',
  'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins',
  'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey',
  'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson', 'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'Hughes',
  'Price', 'Sanders', 'Patel', 'Shah', 'Singh', 'Kumar', 'Gupta', 'Khan', 'Rahman', 'Hussain', 'Haddad',
  'Nasser', 'Mansour', 'Chen', 'Wang', 'Zhang', 'Liu', 'Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Kim', 'Park',
  'Choi', 'Nguyen', 'Tran', 'Silva', 'Santos', 'Oliveira', 'Pereira', 'Costa', 'Fernandez', 'Lopez', 'Gonzalez',
  'Dubois', 'Lefebvre', 'Moreau', 'Laurent', 'Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker',
  'Hansen', 'Johansson', 'Lindqvist', 'Nielsen', 'Kowalski', 'Nowak', 'Ivanov', 'Petrov', 'Volkov', 'Mensah',
  'Owusu', 'Okonkwo', 'Adeyemi', 'Mwangi', 'Otieno', 'Dlamini', 'Nkosi', 'Moyo', 'Rossi', 'Russo', 'Ferrari',
  'Bianchi', 'Fitzgerald', "O'Brien", "O'Neill", 'McDonald', 'MacLeod', 'Fraser', 'Duncan', 'Byrne', 'Doyle',
  'Lynch', 'Quinn', 'Hayes', 'Fleming', 'Sutherland', 'Ashford', 'Whitfield', 'Pemberton', 'Hargreaves',
];

/** Towns and cities that also name football, rugby or cricket clubs, and places in general. */
export const TOWNS = [
  'Leeds', 'Everton', 'Fulham', 'Chelsea', 'Arsenal', 'Liverpool', 'Burnley', 'Watford', 'Brentford', 'Reading',
  'Barnsley', 'Wigan', 'Bolton', 'Blackburn', 'Preston', 'Derby', 'Norwich', 'Ipswich', 'Swindon', 'Walsall',
  'Rotherham', 'Doncaster', 'Sunderland', 'Middlesbrough', 'Southampton', 'Portsmouth', 'Bristol', 'Cardiff',
  'Swansea', 'Hull', 'Coventry', 'Leicester', 'Nottingham', 'Sheffield', 'Birmingham', 'Stoke', 'Oxford',
  'Cambridge', 'Exeter', 'Plymouth', 'Gillingham', 'Crewe', 'Chesterfield', 'Carlisle', 'Dundee', 'Aberdeen',
  'Kilmarnock', 'Motherwell', 'Celtic', 'Rangers', 'Hibernian', 'Lyon', 'Marseille', 'Monaco', 'Lille', 'Nantes',
  'Bordeaux', 'Porto', 'Benfica', 'Ajax', 'Feyenoord', 'Utrecht', 'Anderlecht', 'Bruges', 'Juventus', 'Napoli',
  'Lazio', 'Roma', 'Torino', 'Genoa', 'Sevilla', 'Valencia', 'Getafe', 'Villarreal', 'Freiburg', 'Hamburg',
  'Bremen', 'Mainz', 'Basel', 'Zurich', 'Salzburg', 'Galatasaray', 'Fenerbahce', 'Besiktas', 'Olympiakos',
];

/** Suffixes of club names: "Leeds United", "Norwich City". */
export const CLUB_SUFFIXES = ['United', 'City', 'Town', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'County', 'Rangers', 'Villa', 'Argyle', 'Forest'];

/** American-style team nicknames, used as "the Packers" or "Green Bay Packers". */
export const TEAM_NICKNAMES = [
  'Packers', 'Bears', 'Lions', 'Eagles', 'Giants', 'Jets', 'Patriots', 'Cowboys', 'Rams', 'Chargers', 'Raiders',
  'Sharks', 'Warriors', 'Lakers', 'Celtics', 'Bulls', 'Knicks', 'Rockets', 'Yankees', 'Red Sox', 'Cubs', 'Dodgers',
  'Mariners', 'Blue Jays', 'Maple Leafs', 'Canadiens', 'Bruins', 'Penguins', 'Falcons', 'Saints', 'Titans',
];

export const US_CITIES = [
  'Green Bay', 'Chicago', 'Detroit', 'Philadelphia', 'New York', 'Boston', 'Dallas', 'Los Angeles', 'Oakland',
  'San Jose', 'Golden State', 'Houston', 'Seattle', 'Toronto', 'Montreal', 'Pittsburgh', 'Atlanta', 'New Orleans',
  'Tennessee', 'Denver', 'Phoenix', 'Miami', 'Cleveland', 'Baltimore', 'Minnesota',
];

/** Cities for datelines and places in general. */
export const CITIES = [
  'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Dublin', 'Brussels', 'Amsterdam', 'Vienna', 'Warsaw',
  'Prague', 'Budapest', 'Athens', 'Istanbul', 'Moscow', 'Kiev', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen',
  'Geneva', 'Frankfurt', 'Milan', 'Barcelona', 'Munich', 'Tokyo', 'Osaka', 'Seoul', 'Beijing', 'Shanghai',
  'Hong Kong', 'Singapore', 'Jakarta', 'Manila', 'Bangkok', 'Hanoi', 'Mumbai', 'New Delhi', 'Karachi', 'Dhaka',
  'Kabul', 'Tehran', 'Baghdad', 'Riyadh', 'Dubai', 'Doha', 'Cairo', 'Nairobi', 'Lagos', 'Accra', 'Johannesburg',
  'Addis Ababa', 'Kinshasa', 'Dakar', 'Sydney', 'Melbourne', 'Auckland', 'Toronto', 'Vancouver', 'Mexico City',
  'Sao Paulo', 'Buenos Aires', 'Santiago', 'Lima', 'Bogota', 'Caracas', 'Washington', 'New York', 'Chicago',
  'San Francisco', 'Houston', 'Atlanta', 'Edinburgh', 'Glasgow', 'Manchester', 'Belfast', 'St. Louis', 'St. Petersburg',
];

/** Countries with their demonyms (the tagger labels countries LOC and demonyms GPE, as GMB does). */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ['Britain', 'British'], ['France', 'French'], ['Germany', 'German'], ['Spain', 'Spanish'], ['Italy', 'Italian'],
  ['Portugal', 'Portuguese'], ['Ireland', 'Irish'], ['Netherlands', 'Dutch'], ['Belgium', 'Belgian'],
  ['Sweden', 'Swedish'], ['Norway', 'Norwegian'], ['Denmark', 'Danish'], ['Finland', 'Finnish'], ['Poland', 'Polish'],
  ['Russia', 'Russian'], ['Ukraine', 'Ukrainian'], ['Turkey', 'Turkish'], ['Greece', 'Greek'], ['Japan', 'Japanese'],
  ['China', 'Chinese'], ['South Korea', 'South Korean'], ['India', 'Indian'], ['Pakistan', 'Pakistani'],
  ['Indonesia', 'Indonesian'], ['Australia', 'Australian'], ['Canada', 'Canadian'], ['Mexico', 'Mexican'],
  ['Brazil', 'Brazilian'], ['Argentina', 'Argentine'], ['Kenya', 'Kenyan'], ['Nigeria', 'Nigerian'],
  ['Ghana', 'Ghanaian'], ['South Africa', 'South African'], ['Egypt', 'Egyptian'], ['Ethiopia', 'Ethiopian'],
  ['Iran', 'Iranian'], ['Iraq', 'Iraqi'], ['Israel', 'Israeli'], ['Saudi Arabia', 'Saudi'], ['Vietnam', 'Vietnamese'],
  ['United States', 'American'], ['Switzerland', 'Swiss'], ['Austria', 'Austrian'], ['Scotland', 'Scottish'],
];

/** One-word companies (real firms: facts) and made-up ones, so the model learns the contexts, not the names. */
export const ONE_WORD_FIRMS = [
  'Vodafone', 'Toyota', 'Siemens', 'Samsung', 'Nestle', 'Unilever', 'Nokia', 'Ericsson', 'Airbus', 'Boeing',
  'Microsoft', 'Google', 'Amazon', 'Apple', 'Intel', 'Oracle', 'Barclays', 'HSBC', 'Tesco', 'Sainsbury',
  'Renault', 'Peugeot', 'Volkswagen', 'Daimler', 'Honda', 'Nissan', 'Sony', 'Panasonic', 'Philips', 'Heineken',
  'Danone', 'Carrefour', 'Lufthansa', 'Ryanair', 'easyJet', 'Shell', 'BP', 'Total', 'Chevron', 'Gazprom',
  'Rosneft', 'Petrobras', 'Glencore', 'Rio Tinto', 'Pfizer', 'Novartis', 'Roche', 'Bayer', 'AstraZeneca', 'Huawei',
  'Alibaba', 'Tencent', 'Infosys', 'Wipro', 'PricewaterhouseCoopers', 'Deloitte', 'Accenture', 'eBay', 'Netflix',
  'Qualcomm', 'Nvidia', 'Ikea', 'Zara', 'Inditex', 'Prada', 'Burberry', 'Diageo', 'Carlsberg', 'Maersk',
  'Vantrex', 'Quorvia', 'Brightwell', 'Halcyon', 'Orinda', 'Solvane', 'Tessaro', 'Marlowe', 'Zentica', 'Corvex',
  'Altamira', 'Northgate', 'Pellham', 'Axiom', 'Veridian', 'Caldera', 'Lumora', 'Stratix', 'Kestova', 'Obelix',
];

/** Second words of company names: "Tata Steel", "Goldman Sachs" style heads and corporate suffixes. */
export const FIRM_HEADS = [
  'Steel', 'Motors', 'Holdings', 'Group', 'Bank', 'Airlines', 'Energy', 'Mining', 'Pharmaceuticals', 'Foods',
  'Telecom', 'Capital', 'Partners', 'Systems', 'Technologies', 'Logistics', 'Insurance', 'Petroleum', 'Chemicals',
  'Electric', 'Media', 'Retail', 'Plc', 'Inc', 'Corp', 'Ltd', 'AG', 'SA', 'NV', 'Co',
];

/** Stock indices and market words that are no entities ("the Nikkei 225"). */
export const INDICES = ['Nikkei 225', 'FTSE 100', 'DAX', 'CAC 40', 'Dow Jones', 'S&P 500', 'Hang Seng', 'Nasdaq'];

/** Competitions and trophies: no people and no places (left unlabelled). */
export const COMPETITIONS = [
  'Champions League', 'Europa League', 'Premier League', 'FA Cup', 'League Cup', 'Davis Cup', 'Ryder Cup',
  'World Cup', 'Six Nations', 'Super Bowl', 'Stanley Cup', 'Tour de France', 'Wimbledon', 'US Open', 'Grand Prix',
];

/** Titles before a person's name; the name alone is the person. */
export const TITLES = [
  'Lord', 'Baroness', 'Sir', 'Dame', 'Lady', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof.', 'President', 'Prime Minister',
  'Chancellor', 'Foreign Secretary', 'Home Secretary', 'Shadow home secretary', 'Chancellor of the Exchequer',
  'Labour MEP', 'Conservative MP', 'Senator', 'Governor', 'Mayor', 'Judge', 'General', 'Archbishop', 'Coach',
  'chief executive', 'chairman', 'striker', 'midfielder', 'goalkeeper', 'manager', 'captain', 'analyst',
];

/** Organisations that are not companies, for variety. */
export const BODIES = [
  'European Union', 'United Nations', 'World Bank', 'International Monetary Fund', 'Red Cross', 'Amnesty International',
  'World Health Organization', 'NATO', 'OPEC', 'FIFA', 'UEFA', 'Labour Party', 'Conservative Party', 'Reuters',
  'Associated Press', 'BBC', 'Federal Reserve', 'Bank of England', 'European Central Bank', 'Ministry of Defence',
  'Ministry of Finance', 'Supreme Court', 'Senate', 'Congress', 'Parliament', 'Football Association',
];

