import type { KnownOrg } from './knownOrgs';

/**
 * Companies that business and technology news names every day and that the tagger, trained on 2000s wire news with
 * little business in it, misses or reads as people and places ("shares in Vodafone", "Pfizer and BioNTech", "Glencore
 * said"). Only names that name nothing but the company: no English word ("Apple", "Shell", "Visa", "Orange"), no
 * common given name or surname ("Ford", "Dell", "Honda", "Suzuki", "Lewis"), no place ("Amazon", "Vale"); those are
 * left to the rules that read a company from its context. A one-word form right after a capitalised word is no match:
 * many are a family's name as well ("Ratan Tata", "Gautam Adani", "Stephen Roche", `findKnownOrgs`). Forms as written (case-sensitive, words separated by single
 * spaces or hyphens), as in `KNOWN_ORGS`.
 */
export const KNOWN_COMPANIES: readonly KnownOrg[] = [
  { forms: ['IBM', 'Intel', 'Cisco', 'Qualcomm', 'Broadcom', 'AMD', 'Lenovo', 'Xiaomi', 'Sony', 'Panasonic', 'Toshiba', 'Hitachi', 'Fujitsu', 'Nikon',
    'SK Hynix', 'TSMC', 'Foxconn', 'ASML', 'Arm Holdings', 'SAP', 'Salesforce', 'Shopify', 'ByteDance', 'Pinterest', 'Roblox', 'Activision Blizzard',
    'Electronic Arts', 'Epic Games', 'Bungie', 'Sega', 'Capcom', 'Square Enix', 'Konami', 'Nokia', 'Ericsson', 'Motorola', 'SpaceX', 'Anthropic',
    'DeepMind', 'Palantir', 'Databricks', 'Dropbox', 'Atlassian', 'Infosys', 'Wipro', 'Cognizant', 'Accenture', 'Capgemini'],
  name: '', reason: 'technology company' },
  { forms: ['Vodafone', 'Telefónica', 'Telefonica', 'Deutsche Telekom', 'Verizon', 'T-Mobile', 'Comcast', 'Airtel', 'Bharti Airtel', 'Jio',
    'Reliance Jio', 'ZTE', 'ITV', 'Channel 4', 'Warner Bros', 'Warner Bros Discovery', 'Paramount', 'Fox News', 'CNN', 'MSNBC', 'Bloomberg News'],
  name: '', reason: 'telecoms or media company' },
  { forms: ['Airbus', 'Boeing', 'Lockheed Martin', 'Raytheon', 'Northrop Grumman', 'BAE Systems', 'Rolls-Royce', 'Thales', 'Embraer', 'Dassault',
    'Safran', 'Rheinmetall'], name: '', reason: 'aerospace or defence company' },
  { forms: ['Toyota', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Daimler', 'Stellantis', 'Renault', 'Peugeot', 'Citroën', 'Citroen', 'Nissan',
    'Hyundai', 'Volvo', 'Porsche', 'Audi', 'General Motors', 'Chrysler', 'Geely', 'BYD', 'Tata Motors', 'Mazda', 'Subaru', 'Mitsubishi', 'Rivian',
    'Jaguar Land Rover', 'Aston Martin', 'Bosch', 'Continental AG', 'Michelin', 'Bridgestone', 'Pirelli'], name: '', reason: 'carmaker or supplier' },
  // motor racing teams the tagger reads as places ("Ferrari team-mate Charles Leclerc"); after a given name ("Enzo
  // Ferrari") a one-word form is the family's name; not "McLaren", a surname as often as a team
  { forms: ['Ferrari', 'Scuderia Ferrari', 'Red Bull Racing', 'Racing Bulls', 'Sauber', 'Kick Sauber'], name: '', reason: 'motor racing team' },
  { forms: ['BP', 'ExxonMobil', 'Exxon Mobil', 'Exxon', 'Chevron', 'TotalEnergies', 'Equinor', 'Eni', 'Saudi Aramco', 'Aramco', 'Gazprom', 'Rosneft',
    'Lukoil', 'Petrobras', 'Pemex', 'Sinopec', 'PetroChina', 'CNOOC', 'ConocoPhillips', 'Occidental Petroleum', 'Glencore', 'Rio Tinto', 'BHP',
    'Anglo American', 'ArcelorMittal', 'Codelco', 'Freeport-McMoRan', 'Centrica', 'British Gas', 'Iberdrola', 'EDF', 'Engie', 'Enel', 'RWE',
    'E.ON', 'Ørsted', 'Orsted', 'Vattenfall', 'Octopus Energy', 'Ovo Energy', 'Siemens', 'Siemens Energy', 'General Electric', 'Schneider Electric',
    'ABB', 'Honeywell', 'Philips', 'Thyssenkrupp', 'ThyssenKrupp', 'Tata Steel', 'Nippon Steel', 'US Steel', 'CATL'], name: '', reason: 'energy, mining or industrial company' },
  { forms: ['Tesco', "Sainsbury's", 'Morrisons', 'Marks & Spencer', 'Marks and Spencer', 'M&S', 'Primark', 'Ikea', 'IKEA', 'H&M', 'Inditex',
    'Adidas', 'Nike', 'Unilever', 'Nestlé', 'Nestle', 'Procter & Gamble', 'Coca-Cola', 'PepsiCo', 'Pepsi', "McDonald's", 'Starbucks', 'KFC',
    'Burger King', 'Heineken', 'Carlsberg', 'Diageo', 'AB InBev', 'Danone', 'Kraft Heinz', 'Mondelez', "L'Oréal", "L'Oreal", 'LVMH', 'Gucci',
    'Prada', 'Burberry', 'Kering', 'Shein', 'Temu', 'Deliveroo', 'Just Eat', 'DoorDash', 'Instacart', 'Ocado', 'JD Sports', 'Currys', 'Argos',
    'Greggs', 'Pret a Manger', 'Uber Eats', 'Zalando', 'Rakuten', 'Flipkart', 'Meituan', 'Pinduoduo', 'JD.com', 'Gojek', 'Tokopedia'],
  name: '', reason: 'retail or consumer company' },
  { forms: ['Pfizer', 'Moderna', 'AstraZeneca', 'GSK', 'GlaxoSmithKline', 'Novartis', 'Roche', 'Sanofi', 'Johnson & Johnson', 'BioNTech', 'Bayer',
    'Novo Nordisk', 'Eli Lilly', 'AbbVie', 'Gilead', 'Amgen', 'Takeda', 'Teva', 'Bristol Myers Squibb'], name: '', reason: 'pharmaceutical company' },
  { forms: ['Mastercard', 'American Express', 'Allianz', 'AXA', 'Aviva', 'Legal & General', 'Berkshire Hathaway', 'Citi', 'Bank of America',
    'UBS', 'ING', 'Commerzbank', 'UniCredit', 'Intesa Sanpaolo', 'Standard Chartered', 'Revolut', 'Monzo', 'Klarna', 'Coinbase', 'Binance',
    "Moody's", "Standard & Poor's", 'KPMG', 'Deloitte', 'PwC', 'PricewaterhouseCoopers', 'Ernst & Young', 'McKinsey', 'SoftBank', 'Temasek',
    'Blackstone', 'KKR', 'Apollo Global', 'Brookfield Asset Management', 'TD Securities', 'RBC', 'CIBC', 'Desjardins', 'DBS', 'OCBC',
    'Mizuho', 'MUFG', 'HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Sberbank', 'VTB', 'Western Union', 'MoneyGram'],
    name: '', reason: 'bank, insurer or financial firm' },
  { forms: ['Ryanair', 'easyJet', 'EasyJet', 'British Airways', 'Lufthansa', 'Air France', 'KLM', 'Qatar Airways', 'Etihad', 'Cathay Pacific',
    'Singapore Airlines', 'Qantas', 'Delta Air Lines', 'United Airlines', 'American Airlines', 'Southwest Airlines', 'Wizz Air', 'IndiGo', 'Air India',
    'flydubai', 'Maersk', 'A.P. Moller-Maersk', 'FedEx', 'DHL', 'Royal Mail', 'Eurostar', 'Network Rail', 'Greater Anglia', 'Avanti West Coast',
    'Hapag-Lloyd', 'MSC', 'CMA CGM', 'COSCO', 'Evergreen Marine', 'Loganair', 'Aer Lingus', 'Jet2', 'Vueling', 'Turkish Airlines',
    'Emirates Airline', 'Virgin Atlantic'],
  name: '', reason: 'airline or transport company' },
  // housebuilders and property portals ("Persimmon is building 240 homes", "Rightmove said")
  { forms: ['Persimmon', 'Barratt Redrow', 'Barratt Developments', 'Taylor Wimpey', 'Bellway', 'Berkeley Group', 'Vistry', 'Rightmove', 'Zoopla',
    'Savills', 'Knight Frank', 'Foxtons', 'Nationwide Building Society'], name: '', reason: 'housebuilder or property firm' },
  // exam boards and education companies ("Pearson Edexcel", "AQA")
  // (not "Pearson" alone, a surname as often)
  { forms: ['Pearson Edexcel', 'Edexcel', 'AQA', 'WJEC', 'Eduqas', 'SQA'], name: '', reason: 'exam board or education company' },
  { forms: ['Asahi Kasei', 'Mitsui', 'Sumitomo', 'Marubeni', 'Itochu', 'Kyocera', 'Denso', 'Shin-Etsu', 'Tokyo Electron'],
    name: '', reason: 'Japanese industrial company' },
  { forms: ['Tata', 'Tata Group', 'Tata Sons', 'Reliance Industries', 'Adani', 'Adani Group', 'Alibaba Group', 'Sea Limited',
    'Samsung Electronics', 'LG Electronics', 'Hon Hai', 'Wilmar', 'Sime Darby'], name: '', reason: 'conglomerate' },
];

/** Words after a company's form that belong to its name ("Toyota Motor", "Glencore plc", "Adani Group"). */
export const COMPANY_TAILS: readonly string[] = ['Motor', 'Motors', 'Group', 'Holdings', 'Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.',
  'plc', 'PLC', 'Plc', 'Ltd', 'Ltd.', 'AG', 'SA', 'SE', 'NV', 'ASA', 'Co', 'Co.', 'Company', 'International', 'Industries', 'Airlines',
  'Airways', 'Energy', 'Electric', 'Electronics', 'Pharmaceuticals', 'Pharma', 'Technologies', 'Bank', 'Capital', 'Ventures'];
