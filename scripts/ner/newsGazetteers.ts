/**
 * More word lists for the tagger's synthetic sentences (scripts/ner/newsTemplates.ts), for the type errors found on
 * broadcaster copy: parties before a person ("X's Jane Doe said"), companies named with common nouns ("X Rail",
 * "X Water") or with a possessive ("X's cut the rating"), products after a company ("X's Y processors", no entity),
 * lists of companies, one-word clubs that sign and sell players, and people whose names are not English. Real
 * parties, companies and products are facts; the people are made up from given names and surnames of many
 * languages, so no sentence describes a real person.
 */

/** Political parties, one word and several. */
export const PARTIES = [
  'Plaid Cymru', 'Sinn Fein', 'Reform UK', 'Liberal Democrats', 'Scottish National Party', 'SNP', 'Green Party',
  'Labour', 'Conservatives', 'Likud', 'Fidesz', 'Syriza', 'Podemos', 'Christian Democrats', 'Social Democrats',
  'Alliance Party', 'Democratic Unionist Party', 'DUP', 'Republicans', 'Democrats', 'Congress Party', 'Bharatiya Janata Party',
  'African National Congress', 'Liberal Party', 'New Democratic Party', 'Freedom Party', 'Law and Justice',
  'National Rally', 'Five Star Movement', 'Brothers of Italy', 'Workers Party', 'Civic Platform', 'Sweden Democrats',
];

/** Companies named with common nouns or adjectives: the words say nothing, the context does. */
export const NOUN_FIRMS = [
  'Network Rail', 'Royal Mail', 'Thames Water', 'British Gas', 'Scottish Power', 'National Grid', 'Standard Chartered',
  'General Electric', 'General Motors', 'Legal & General', 'Direct Line', 'Severn Trent', 'Southern Water',
  'United Utilities', 'British Airways', 'Virgin Media', 'Channel Four', 'Sky News', 'Royal Dutch Shell',
  'American Express', 'Morgan Stanley', 'Wells Fargo', 'Deutsche Bank', 'Credit Suisse', 'Air France', 'Rolls-Royce',
  'Marks & Spencer', 'Next', 'Boots', 'Greggs', 'Ocado', 'Aviva', 'Prudential', 'Centrica', 'Ofwat', 'Ofgem',
];

/** Companies whose name ends in a possessive: the "'s" is part of the name. */
export const POSSESSIVE_FIRMS = ["Moody's", "Sainsbury's", "McDonald's", "Macy's", "Kellogg's", "Domino's", "Lloyd's", "Wendy's"];

/** Technology and other companies often listed together ("Microsoft, Meta and Amazon"). */
export const TECH_FIRMS = [
  'Meta', 'Alphabet', 'Tesla', 'OpenAI', 'Arm', 'Uber', 'Spotify', 'TikTok', 'Palantir', 'Salesforce', 'Adobe',
  'Cisco', 'IBM', 'AMD', 'Broadcom', 'TSMC', 'ASML', 'Baidu', 'Xiaomi', 'BYD', 'Snap', 'Pinterest', 'Zoom', 'Shopify',
  'Microsoft', 'Amazon', 'Apple', 'Google', 'Nvidia', 'Intel', 'Samsung', 'Sony', 'Netflix', 'Oracle', 'Dell',
];

/** Products and models named after a company: no person, organisation or place. */
export const PRODUCTS = [
  'Blackwell', 'Hopper', 'Snapdragon', 'Copilot', 'Gemini', 'Pixel', 'Galaxy', 'Surface', 'Graviton', 'Vision Pro',
  'Model Y', 'Cybertruck', 'Llama', 'Kindle', 'Echo', 'Alexa', 'Siri', 'Falcon', 'Corolla', 'Mustang', 'Golf',
  'Ryzen', 'Xeon', 'Autopilot', 'Firestick', 'Walkman', 'Quest',
];

/** What a product is: the noun after its name. */
export const PRODUCT_NOUNS = ['processors', 'chips', 'phones', 'handsets', 'models', 'cars', 'assistant', 'headset', 'software', 'devices', 'tablets'];

/** Given names of many languages (no English ones: those are in gazetteers.ts). */
export const FOREIGN_GIVEN = [
  'Thierry', 'Zinedine', 'Didier', 'Kylian', 'Antoine', 'Olivier', 'Raphael', 'Luka', 'Ivan', 'Marko', 'Zlatan',
  'Erling', 'Joao', 'Rui', 'Bruno', 'Cristiano', 'Sergio', 'Xavi', 'Andres', 'Lionel', 'Angel', 'Radamel', 'Hakan',
  'Arda', 'Mesut', 'Ilkay', 'Kai', 'Florian', 'Virgil', 'Frenkie', 'Memphis', 'Takumi', 'Kaoru', 'Heung-min', 'Sadio',
  'Riyad', 'Achraf', 'Youssef', 'Dusan', 'Aleksandar', 'Wojciech', 'Piotr', 'Jakub', 'Matej', 'Ondrej', 'Bogdan',
  'Gheorghe', 'Vasile', 'Nikos', 'Yannis', 'Giorgos', 'Ruud', 'Dries', 'Toby', 'Jan', 'Sebastien', 'Alexis',
  'Gonzalo', 'Facundo', 'Ezequiel', 'Enzo', 'Moussa', 'Seydou', 'Idrissa', 'Kalidou', 'Yaya', 'Kolo', 'Samuel',
  'Nwankwo', 'Emeka', 'Jorge', 'Iker', 'Unai', 'Mikel', 'Aitor', 'Stefan', 'Jurgen', 'Lothar', 'Mats', 'Henrik',
  'Bjorn', 'Magnus', 'Anders', 'Jari', 'Teemu', 'Ferenc', 'Laszlo', 'Tamas', 'Emre', 'Burak', 'Cenk', 'Tiago',
];

/** Surnames of many languages, with the endings that give them away (-ic, -ski, -ez, -ini, -ou, -sen, -oglu). */
export const FOREIGN_SURNAMES = [
  'Dembele', 'Griezmann', 'Giroud', 'Kovacic', 'Petrovic', 'Jankovic', 'Vukovic', 'Mitrovic', 'Jovanovic', 'Markovic',
  'Lewandowski', 'Wisniewski', 'Kaminski', 'Zielinski', 'Jablonski', 'Novak', 'Dvorak', 'Horvath', 'Nagy', 'Szabo',
  'Hernandez', 'Ramirez', 'Dominguez', 'Alvarez', 'Suarez', 'Iglesias', 'Aguirre', 'Echeverria', 'Oyarzabal',
  'Zubimendi', 'Bellini', 'Mancini', 'Pellegrini', 'Zanetti', 'Cannavaro', 'Esposito', 'Romano', 'Mbemba', 'Traore',
  'Diallo', 'Keita', 'Camara', 'Sissoko', 'Kone', 'Toure', 'Drogba', 'Okocha', 'Onuachu', 'Osimhen', 'Iwobi',
  'Papadopoulos', 'Georgiou', 'Karagounis', 'Christodoulou', 'Halvorsen', 'Pedersen', 'Kristiansen', 'Eriksen',
  'Andersson', 'Larsson', 'Karlsson', 'Virtanen', 'Korhonen', 'Yilmaz', 'Kaya', 'Demir', 'Celik', 'Sahin', 'Ozturk',
  'Kahveci', 'Ugurlu', 'Karaoglu', 'Mendes', 'Carvalho', 'Ribeiro', 'Fernandes', 'Goncalves', 'Teixeira', 'Ronaldinho',
  'Van Dijk', 'de Jong', 'Van der Berg', 'Depay', 'Vermeulen', 'Janssens', 'Peeters', 'Fofana', 'Mahrez', 'Hakimi',
  'En-Nesyri', 'Benali', 'Haddadi', 'Nakamura', 'Kobayashi', 'Yamamoto', 'Takahashi', 'Ito', 'Popescu', 'Ionescu',
  'Dumitru', 'Stoica', 'Kuznetsov', 'Smirnov', 'Sokolov', 'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko',
];
