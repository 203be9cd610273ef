/**
 * The 21 Comparative Agendas Project (CAP) policy major topics, with the subtopics News Lens names
 * in evidence and the closest IPTC Media Topic for each.
 *
 * CAP codes and names follow the CAP master codebook (major topics 1-21 and 23; 11 and 22 are not
 * used by the master codebook's policy topics). IPTC codes are Media Topic qcodes; where no Media
 * Topic covers the CAP topic's scope the nearest broader or narrower concept is used and the entry
 * says so in a comment.
 */

/** One CAP subtopic: four-digit code (major topic * 100 + n) and its codebook name. */
export interface CapSubtopic {
  readonly code: number;
  readonly name: string;
}

/** One CAP major topic with its IPTC counterpart and the subtopics used by the lexicon. */
export interface CapTopic {
  readonly code: number;
  readonly name: string;
  readonly iptc: { readonly code: string; readonly label: string };
  readonly subtopics: readonly CapSubtopic[];
}

const sub = (code: number, name: string): CapSubtopic => ({ code, name });

/** Every CAP policy major topic, in code order. */
export const CAP_TOPICS: readonly CapTopic[] = [
  {
    code: 1, name: 'Macroeconomics', iptc: { code: 'medtop:20000344', label: 'economy' },
    subtopics: [sub(100, 'General macroeconomics'), sub(101, 'Inflation, prices and interest rates'),
      sub(103, 'Unemployment rate'), sub(104, 'Monetary policy'), sub(105, 'National budget and debt'),
      sub(107, 'Taxation, tax policy and tax reform'), sub(108, 'Industrial policy'),
      sub(110, 'Price control and stabilisation')],
  },
  {
    // "fundamental rights" sits under politics; CAP civil rights also covers discrimination.
    code: 2, name: 'Civil Rights', iptc: { code: 'medtop:20000587', label: 'fundamental rights' },
    subtopics: [sub(200, 'General civil rights'), sub(201, 'Ethnic minority and racial group discrimination'),
      sub(202, 'Gender and sexual orientation discrimination'), sub(204, 'Age discrimination'),
      sub(205, 'Handicap and disability discrimination'), sub(206, 'Voting rights and issues'),
      sub(207, 'Freedom of speech and religion'), sub(208, 'Right to privacy and access to government information'),
      sub(209, 'Anti-government activities')],
  },
  {
    code: 3, name: 'Health', iptc: { code: 'medtop:07000000', label: 'health' },
    subtopics: [sub(300, 'General health'), sub(301, 'Health care reform'), sub(302, 'Health insurance'),
      sub(321, 'Drug industry and regulation'), sub(322, 'Health facilities'),
      sub(323, 'Medicare and public insurance providers'), sub(324, 'Medical liability and malpractice'),
      sub(325, 'Health manpower and training'), sub(331, 'Disease prevention'), sub(332, 'Infants and children'),
      sub(333, 'Mental health'), sub(334, 'Long-term care'), sub(335, 'Prescription drug coverage and costs'),
      sub(341, 'Tobacco abuse'), sub(342, 'Alcohol and illegal drug abuse'), sub(398, 'Health research and development')],
  },
  {
    code: 4, name: 'Agriculture', iptc: { code: 'medtop:20000210', label: 'agriculture' },
    subtopics: [sub(400, 'General agriculture'), sub(401, 'Agricultural trade'), sub(402, 'Government subsidies to farmers'),
      sub(403, 'Food inspection and safety'), sub(404, 'Food marketing and promotion'),
      sub(405, 'Animal and crop disease'), sub(408, 'Fisheries and fishing'), sub(498, 'Agricultural research and development')],
  },
  {
    code: 5, name: 'Labor', iptc: { code: 'medtop:09000000', label: 'labour' },
    subtopics: [sub(500, 'General labor'), sub(501, 'Worker safety and protection'), sub(502, 'Employment training'),
      sub(503, 'Employee benefits and pensions'), sub(504, 'Labor unions'), sub(505, 'Fair labor standards'),
      sub(506, 'Youth employment and child labor'), sub(529, 'Migrant and seasonal workers')],
  },
  {
    code: 6, name: 'Education', iptc: { code: 'medtop:05000000', label: 'education' },
    subtopics: [sub(600, 'General education'), sub(601, 'Higher education'), sub(602, 'Elementary and secondary education'),
      sub(603, 'Education of underprivileged students'), sub(604, 'Vocational education'), sub(606, 'Special education'),
      sub(607, 'Educational excellence'), sub(698, 'Education research and development')],
  },
  {
    code: 7, name: 'Environment', iptc: { code: 'medtop:06000000', label: 'environment' },
    subtopics: [sub(700, 'General environment'), sub(701, 'Drinking water safety'), sub(703, 'Waste disposal'),
      sub(704, 'Hazardous waste and toxic chemicals'), sub(705, 'Air pollution, climate change and noise'),
      sub(707, 'Recycling'), sub(708, 'Indoor environmental hazards'), sub(709, 'Species and forest protection'),
      sub(711, 'Land and water conservation'), sub(798, 'Environmental research and development')],
  },
  {
    // "energy and resource" is the economic-sector concept; CAP energy is mostly policy.
    code: 8, name: 'Energy', iptc: { code: 'medtop:20000256', label: 'energy and resource' },
    subtopics: [sub(800, 'General energy'), sub(801, 'Nuclear energy'), sub(802, 'Electricity and hydroelectricity'),
      sub(803, 'Natural gas and oil'), sub(805, 'Coal'), sub(806, 'Alternative and renewable energy'),
      sub(807, 'Energy conservation'), sub(898, 'Energy research and development')],
  },
  {
    code: 9, name: 'Immigration', iptc: { code: 'medtop:20000771', label: 'immigration' },
    subtopics: [sub(900, 'Immigration and refugee issues')],
  },
  {
    // Approximate: the economic-sector "transport" concept; CAP also covers transport safety and works.
    code: 10, name: 'Transportation', iptc: { code: 'medtop:20000337', label: 'transport' },
    subtopics: [sub(1000, 'General transportation'), sub(1001, 'Mass transportation and safety'),
      sub(1002, 'Highway construction, maintenance and safety'), sub(1003, 'Airports, airlines and air traffic control'),
      sub(1005, 'Railroad transportation'), sub(1006, 'Truck and automobile transportation and safety'),
      sub(1007, 'Maritime issues'), sub(1010, 'Public works and infrastructure'), sub(1098, 'Transportation research and development')],
  },
  {
    code: 12, name: 'Law and Crime', iptc: { code: 'medtop:02000000', label: 'crime, law and justice' },
    subtopics: [sub(1200, 'General law and crime'), sub(1201, 'Law enforcement agencies'), sub(1202, 'White collar crime'),
      sub(1203, 'Illegal drug production and trafficking'), sub(1204, 'Court administration'), sub(1205, 'Prisons'),
      sub(1206, 'Juvenile crime and justice'), sub(1207, 'Child abuse and child pornography'),
      sub(1208, 'Family issues and domestic violence'), sub(1210, 'Criminal and civil code'),
      sub(1211, 'Riots, crime prevention and police')],
  },
  {
    code: 13, name: 'Social Welfare', iptc: { code: 'medtop:20000817', label: 'welfare' },
    subtopics: [sub(1300, 'General social welfare'), sub(1301, 'Food assistance'), sub(1302, 'Poverty and assistance for low-income families'),
      sub(1303, 'Elderly issues and elderly assistance'), sub(1304, 'Assistance to the disabled'),
      sub(1305, 'Social services and volunteer associations'), sub(1308, 'Parental leave and child care')],
  },
  {
    // Approximate: IPTC's "construction and property" is the sector; CAP housing is housing policy.
    code: 14, name: 'Housing', iptc: { code: 'medtop:20000235', label: 'construction and property' },
    subtopics: [sub(1400, 'General housing and urban affairs'), sub(1401, 'Housing and community development'),
      sub(1403, 'Urban economic development'), sub(1404, 'Rural housing'), sub(1405, 'Rural economic development'),
      sub(1406, 'Low-income housing'), sub(1407, 'Veterans housing'), sub(1408, 'Elderly and handicapped housing'),
      sub(1409, 'Homelessness')],
  },
  {
    // Approximate: IPTC has no single "domestic commerce"; the business-and-finance root is closest.
    code: 15, name: 'Domestic Commerce', iptc: { code: 'medtop:04000000', label: 'economy, business and finance' },
    subtopics: [sub(1500, 'General domestic commerce'), sub(1501, 'Banking'), sub(1502, 'Securities and commodities'),
      sub(1504, 'Consumer finance, mortgages and credit cards'), sub(1505, 'Insurance regulation'), sub(1507, 'Bankruptcy'),
      sub(1520, 'Corporate management, mergers and antitrust'), sub(1521, 'Small business'),
      sub(1522, 'Copyrights and patents'), sub(1523, 'Domestic disaster relief'), sub(1524, 'Tourism'),
      sub(1525, 'Consumer safety and consumer fraud'), sub(1526, 'Sports and gambling regulation')],
  },
  {
    // Approximate: IPTC files defence under politics as "national security".
    code: 16, name: 'Defense', iptc: { code: 'medtop:20000598', label: 'national security' },
    subtopics: [sub(1600, 'General defense'), sub(1602, 'Alliances'), sub(1603, 'Intelligence'),
      sub(1604, 'Military readiness'), sub(1605, 'Arms control and nuclear weapons'), sub(1606, 'Military aid and arms sales'),
      sub(1608, 'Military personnel and dependents'), sub(1610, 'Military procurement and weapons systems'),
      sub(1611, 'Military installations'), sub(1612, 'Reserve forces'), sub(1615, 'Civil defense and homeland security'),
      sub(1616, 'Defense department civilian personnel'), sub(1617, 'Defense contractors'),
      sub(1619, 'Direct war related issues and foreign operations'), sub(1620, 'Claims against the military')],
  },
  {
    code: 17, name: 'Technology', iptc: { code: 'medtop:13000000', label: 'science and technology' },
    subtopics: [sub(1700, 'General science and technology'), sub(1701, 'Space'), sub(1704, 'Commercial use of space'),
      sub(1705, 'Science and technology transfer and cooperation'), sub(1706, 'Telecommunications'),
      sub(1707, 'Broadcast industry'), sub(1708, 'Weather forecasting'), sub(1709, 'Computers and the internet'),
      sub(1798, 'Research and development')],
  },
  {
    code: 18, name: 'Foreign Trade', iptc: { code: 'medtop:20000373', label: 'international trade' },
    subtopics: [sub(1800, 'General foreign trade'), sub(1802, 'Trade negotiations and agreements'),
      sub(1803, 'Export promotion and regulation'), sub(1804, 'International private investment'),
      sub(1806, 'Productivity and competitiveness'), sub(1807, 'Tariffs and import restrictions'),
      sub(1808, 'Exchange rates')],
  },
  {
    code: 19, name: 'International Affairs', iptc: { code: 'medtop:20000638', label: 'international relations' },
    subtopics: [sub(1900, 'General international affairs'), sub(1901, 'Foreign aid'),
      sub(1902, 'International resources exploitation'), sub(1905, 'Developing countries'),
      sub(1906, 'International finance and economic development'), sub(1910, 'Western Europe and the European Union'),
      sub(1921, 'Specific country or region'), sub(1925, 'Human rights'),
      sub(1926, 'International organisations'), sub(1927, 'Terrorism'), sub(1929, 'Diplomats and embassies')],
  },
  {
    code: 20, name: 'Government Operations', iptc: { code: 'medtop:20000593', label: 'government' },
    subtopics: [sub(2000, 'General government operations'), sub(2001, 'Intergovernmental relations'),
      sub(2002, 'Government efficiency and bureaucracy'), sub(2003, 'Postal service'), sub(2004, 'Government employees'),
      sub(2005, 'Appointments and nominations'), sub(2006, 'Currency and coins'), sub(2007, 'Government procurement'),
      sub(2008, 'Government property management'), sub(2009, 'Tax administration'),
      sub(2010, 'Scandals and impeachment'), sub(2011, 'Government branch relations'),
      sub(2012, 'Political campaigns and elections'), sub(2013, 'Census and statistics'), sub(2015, 'Claims against the government'),
      sub(2030, 'National holidays')],
  },
  {
    // Approximate: "natural resources" under environment; CAP also covers indigenous affairs and territories.
    code: 21, name: 'Public Lands', iptc: { code: 'medtop:20000430', label: 'natural resources' },
    subtopics: [sub(2100, 'General public lands'), sub(2101, 'National parks, memorials and historic sites'),
      sub(2102, 'Indigenous affairs'), sub(2103, 'Natural resources and public lands management'),
      sub(2104, 'Water resources development'), sub(2105, 'Dependencies and territorial issues')],
  },
  {
    code: 23, name: 'Culture', iptc: { code: 'medtop:20000038', label: 'culture' },
    subtopics: [sub(2300, 'Cultural policy')],
  },
];

const byCode = new Map<number, CapTopic>(CAP_TOPICS.map((t) => [t.code, t]));
const subByCode = new Map<number, CapSubtopic>(CAP_TOPICS.flatMap((t) => t.subtopics.map((s) => [s.code, s] as const)));

/** The CAP major topic with this code, or undefined for codes outside the 21 policy topics. */
export function capTopic(code: number): CapTopic | undefined {
  return byCode.get(code);
}

/** The CAP subtopic with this four-digit (or three-digit for topics 1-9) code, if News Lens knows it. */
export function capSubtopic(code: number): CapSubtopic | undefined {
  return subByCode.get(code);
}

/** The major topic a subtopic code belongs to: 1901 -> 19, 107 -> 1. */
export function majorOfSubtopic(code: number): number {
  return Math.floor(code / 100);
}
