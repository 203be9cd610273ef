/** More rules for CAP 18 Foreign Trade, 8 Energy and 21 Public Lands. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const TRADE_ENERGY_LAND_RULES: readonly ThemeRule[] = [
  { code: 18, subtopic: 1802, weight: STRONG, reason: 'trade rules and disputes', terms: [
    'trade secretary', 'trade commission', 'International Trade Commission', 'USTR', 'trade enforcement', 'trade rules',
    'trade law', 'trade laws', 'trade complaint', 'trade complaints', 'trade retaliation', 'trade friction',
    'trade tensions', 'trade truce', 'trade bloc', 'Mercosur', 'APEC', 'Asia-Pacific Economic Cooperation', 'CAFTA',
    'Central American Free Trade Agreement', 'free trade zone', 'WTO rules', 'WTO ruling', 'dispute panel',
    'Section 301', 'safeguard duties', 'trade remedy', 'anti-subsidy', 'trade promotion authority',
    'comprehensive economic partnership', 'CEPA', 'RCEP', 'Regional Comprehensive Economic Partnership', 'USMCA'] },
  { code: 18, subtopic: 1803, weight: STRONG, reason: 'exports', terms: [
    'export-led', 'export growth', 'export boom', 'export ban', 'export restrictions', 'export subsidies', 'exported',
    'shipments abroad', 'dual-use exports', 'entity list', 'chip export controls', 'export earnings', 'export orders'] },
  { code: 18, subtopic: 1807, weight: STRONG, reason: 'imports and customs', terms: [
    'import surge', 'flood of imports', 'cheap goods', 'Chinese goods', 'Chinese imports', 'Japanese cars',
    'foreign cars', 'made in China', 'local content', 'Buy American', 'Buy America', 'steel tariffs', 'softwood lumber',
    'banana war', 'customs officials', 'border tax', 'import tariffs', 'duty-free'] },
  { code: 18, subtopic: 1804, weight: STRONG, reason: 'investment and production abroad', terms: [
    'outsourced', 'overseas factories', 'factories abroad', 'offshore jobs', 'jobs overseas', 'globalization',
    'globalisation', 'anti-globalization', 'trade adjustment assistance', 'reshoring', 'decoupling',
    'special economic zones', 'foreign capital', 'foreign firms', 'investment treaty'] },
  { code: 18, subtopic: 1808, weight: STRONG, reason: 'currencies and payments', terms: [
    'current account', 'current account deficit', 'balance of payments', 'capital flows', 'capital controls',
    'foreign currency', 'currency reserves', 'foreign exchange reserves', 'strong yen', 'weak yen', 'dollar fell',
    'dollar rose', 'sterling', 'trade figures', 'trade data', 'currency war'] },
  { code: 18, subtopic: 1800, weight: WEAK, reason: 'customs', terms: ['customs', 'exporters', 'lumber', 'steel', 'textiles', 'apparel'] },

  { code: 8, subtopic: 800, weight: STRONG, reason: 'energy use and markets', terms: [
    'energy bills', 'energy use', 'energy consumption', 'power consumption', 'peak demand', 'load shedding',
    'rolling blackouts', 'electricity market', 'power market', 'energy market', 'energy trading', 'energy subsidies',
    'energy taxes', 'BTU tax', 'Energy Information Administration', 'International Energy Agency', 'energy transition',
    'energy mix', 'power tariffs'] },
  { code: 8, subtopic: 803, weight: STRONG, reason: 'oil and gas supply', terms: [
    'natural gas prices', 'gas supplies', 'gas pipeline', 'gas field', 'gas fields', 'gas exports', 'gas imports',
    'gas shortage', 'oil shock', 'oil glut', 'oil output', 'oil market', 'oil demand', 'oil exploration', 'oil rig',
    'oil rigs', 'offshore oil', 'deepwater', 'oil sands', 'tar sands', 'Keystone XL', 'Alaska pipeline', 'Prudhoe Bay',
    'petroleum reserve', 'price of oil', 'price of gasoline', 'pump prices', 'at the pump', 'gallon of gas',
    'gallon of gasoline', 'filling stations', 'kerosene', 'jet fuel', 'fuel shortages', 'fuel subsidies', 'OPEC+',
    'oil ministers', 'petrodollars', 'oil revenues', 'oil wealth', 'oil-rich', 'oil states', 'cooking gas', 'LPG',
    'oil and natural gas', 'hydrocarbons', 'upstream oil'] },
  { code: 8, subtopic: 801, weight: STRONG, reason: 'nuclear power safety', terms: [
    'nuclear industry', 'nuclear safety', 'reactor safety', 'nuclear accident', 'atomic energy', 'Atomic Energy Commission',
    'nuclear power station', 'nuclear power stations', 'nuclear energy program'] },
  { code: 8, subtopic: 802, weight: STRONG, reason: 'power generation and utilities', terms: [
    'power station', 'power stations', 'generating capacity', 'gigawatt', 'gigawatts', 'turbines', 'smart grid',
    'grid operators', 'transmission grid', 'utility rates', 'utility bills', 'public utility commission',
    'public service commission', 'ratepayers', 'electric cooperative', 'rural electrification', 'power cuts',
    'electricity supply', 'electricity bills', 'thermal power', 'discoms'] },
  { code: 8, subtopic: 806, weight: STRONG, reason: 'renewables and electric transport', terms: [
    'solar farms', 'solar installations', 'rooftop solar', 'solar cells', 'photovoltaic', 'offshore wind', 'wind turbine',
    'tidal power', 'biomass', 'biogas', 'green hydrogen', 'charging stations', 'solar parks', 'International Solar Alliance'] },
  { code: 8, subtopic: 806, weight: MEDIUM, reason: 'storage and new fuels', terms: ['hydrogen', 'lithium', 'battery', 'batteries'] },
  { code: 8, subtopic: 807, weight: STRONG, reason: 'saving energy', terms: [
    'gas guzzlers', 'fuel standards', 'Energy Star', 'weatherization', 'energy audits', 'efficiency standards'] },
  { code: 8, subtopic: 805, weight: STRONG, reason: 'coal industry', terms: [
    'coal ash', 'strip mining', 'mountaintop removal', 'coal country', 'coal industry', 'coal production', 'coal India'] },

  { code: 21, subtopic: 2101, weight: STRONG, reason: 'parks, memorials and landmarks', terms: [
    'state parks', 'state park', 'parkland', 'Antiquities Act', 'national monument designation', 'wild and scenic rivers',
    'national recreation area', 'Ellis Island', 'Mount Rushmore', 'Gettysburg', 'Independence Hall', 'Lincoln Memorial',
    'National Mall', 'national cemetery', 'Arlington National Cemetery', 'memorials', 'Presidio', 'campgrounds',
    'national trails', 'hikers', 'hiking trails', 'historic preservation', 'landmark status'] },
  { code: 21, subtopic: 2103, weight: STRONG, reason: 'leasing and managing public land', terms: [
    'land grant', 'homesteaders', 'mineral rights', 'mining leases', 'oil and gas leases', 'drilling leases',
    'lease sales', 'coal leasing', 'grazing permits', 'wild horses', 'rangeland', 'Sagebrush Rebellion',
    'national wildlife refuges', 'Tongass', 'ANWR', 'Arctic refuge', 'Grand Staircase', 'Bears Ears', 'wildlands',
    'backcountry', 'snowmobiles', 'off-road vehicles', 'Outer Continental Shelf', 'offshore leasing',
    'conservation easements', 'land trust', 'land trusts', 'federal property', 'public domain lands', 'royalties'] },
  { code: 21, subtopic: 2104, weight: STRONG, reason: 'water works and rights', terms: [
    'Tennessee Valley Authority', 'TVA', 'Bureau of Reclamation', 'reclamation', 'irrigation districts', 'water districts',
    'water transfers', 'aquifer', 'aquifers', 'water table', 'river diversion', 'dam removal', 'spillway', 'floodplain',
    'flood plain', 'flood walls', 'floodwall', 'seawall', 'Corps of Engineers', 'Lake Mead', 'Hoover Dam', 'Glen Canyon',
    'water dispute', 'river water', 'interlinking of rivers', 'Indus Waters Treaty'] },
  { code: 21, subtopic: 2102, weight: STRONG, reason: 'tribal nations', terms: [
    'treaty rights', 'tribal government', 'tribal council', 'tribal nations', 'Indian Country', 'Indian Health Service',
    'Indian trust fund', 'Indian affairs', 'native land', 'ancestral lands', 'sacred sites', 'land claims', 'land rights',
    'Native Alaskans', 'Inuit', 'Hopi', 'Lakota', 'Seminole', 'Mohawk', 'Pequot', 'Mashantucket', 'Oneida', 'Ojibwe',
    'Chippewa', 'Pueblo', 'Cheyenne', 'Nez Perce', 'tribal casinos', 'Indian Gaming Regulatory Act',
    'federal recognition', 'tribal recognition', 'tribal members', 'Scheduled Tribes', 'forest dwellers', 'Forest Rights Act'] },
  { code: 21, subtopic: 2105, weight: STRONG, reason: 'territories', terms: [
    'territorial government', 'Puerto Rico status', 'plebiscite', 'U.S. territory', 'Marshall Islands', 'Micronesia',
    'Palau', 'compact of free association', 'Governors Island', 'Northern Marianas'] },
  { code: 21, weight: WEAK, reason: 'outdoors', terms: ['trails', 'shoreline', 'preservation', 'refuge', 'open land'] },
];
