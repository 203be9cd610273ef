/** Rules for CAP 19 International Affairs, including foreign countries as weak cues. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

/** A foreign country or its people named in passing hints at international affairs, weakly. */
const COUNTRY = 0.2;

export const INTERNATIONAL_RULES: readonly ThemeRule[] = [
  { code: 19, subtopic: 1900, weight: STRONG, reason: 'foreign policy and diplomacy', terms: [
    'foreign policy', 'diplomacy', 'diplomatic', 'diplomatically', 'foreign minister', 'foreign ministers',
    'foreign ministry', 'foreign office', 'Secretary of State', 'State Department', 'summit', 'summits',
    'summit meeting', 'bilateral', 'bilateral ties', 'bilateral relations', 'strategic dialogue',
    'strategic partnership', 'special partnership', 'strategic interests', 'peace talks', 'peace process',
    'peace accord', 'peace accords', 'peace agreement', 'peace plan', 'peace deal', 'peace treaty',
    'peace negotiations', 'peace conference', 'ceasefire', 'cease-fire', 'truce', 'armistice',
    'international community', 'world leaders', 'geopolitical', 'geopolitics', 'foreign affairs', 'external affairs',
    'external affairs minister', 'Ministry of External Affairs', 'foreign relations', 'international relations',
    'foreign leaders', 'foreign secretary', 'foreign governments', 'foreign government', 'head of state',
    'heads of state', 'state visit', 'official visit', 'Middle East', 'Palestinian Authority', 'dictatorship',
    'coup', 'ethnic conflict', 'economic sanctions', 'Israeli settlements', 'two-state solution', 'intifada',
    'Oslo accords', 'détente', 'cold war', 'Cold War', 'territorial dispute', 'border dispute',
    'normalization of relations', 'diplomatic relations', 'rapprochement', 'multilateral', 'multilateralism',
    'global situations', 'third countries', 'third country', 'foreign powers', 'world affairs', 'annual summit',
    'joint statement', 'White House envoy', 'special envoy', 'shuttle diplomacy', 'ambassadors', 'Foreign Service',
    'statecraft', 'Western powers'] },
  { code: 19, subtopic: 1900, weight: MEDIUM, reason: 'foreign policy and diplomacy (less specific)', terms: [
    'Indo-Pacific', 'Asia-Pacific', 'Mideast', 'West Bank', 'Gaza', 'Gaza Strip', 'Palestinian', 'Palestinians',
    'Kosovo', 'Bosnia', 'Balkans', 'Chechnya', 'Taiwan Strait', 'coup attempt', 'civil war', 'sanctions', 'Hamas',
    'Hezbollah'] },
  { code: 19, subtopic: 1900, weight: MEDIUM, reason: 'foreign policy and diplomacy (less specific)', terms: [
    'counterpart', 'counterparts', 'Bosnian', 'Serbs', 'Chechen', 'Kashmir', 'Tibet', 'Kremlin', 'Politburo',
    'regime', 'regimes', 'dictator', 'junta', 'settlements', 'settlers', 'superpower', 'superpowers', 'sovereignty',
    'overseas', 'abroad', 'international', 'internationally', 'expatriate', 'emissary', 'mediator', 'mediation',
    'negotiator', 'the West', 'Eastern Europe', 'Central America', 'Latin America', 'Southeast Asia', 'South Asia',
    'East Asia', 'Persian Gulf', 'Korean Peninsula'] },
  { code: 19, subtopic: 1900, weight: WEAK, reason: 'foreign policy and diplomacy (ambiguous)', terms: ['global'] },
  { code: 19, subtopic: 1900, weight: MEDIUM, reason: 'talks between states', terms: [
    'treaty', 'treaties', 'negotiations', 'envoy', 'envoys', 'talks', 'foreign', 'ties', 'relations', 'cooperation',
    'partnership', 'dialogue', 'nations', 'countries', 'prime minister', 'parliament', 'parliamentary',
    'opposition leader', 'communist', 'communists', 'Communist Party', 'dissident', 'exile', 'exiled', 'conflict',
    'tensions', 'sovereign', 'independence', 'separatist', 'separatists', 'insurgents', 'rebels', 'militants'] },
  { code: 19, subtopic: 1900, weight: WEAK, reason: 'talks between states (ambiguous)', terms: [
    'visit', 'president of', 'world', 'region', 'regional', 'crisis', 'neighbor', 'neighbors', 'neighbouring',
    'leaders'] },
  { code: 19, subtopic: 1901, weight: STRONG, reason: 'foreign aid', terms: [
    'foreign aid', 'humanitarian aid', 'development aid', 'USAID', 'foreign assistance', 'aid package',
    'aid packages', 'donor countries', 'donor nations', 'aid agencies', 'aid groups', 'aid workers',
    'relief agencies', 'humanitarian assistance', 'economic aid', 'development assistance', 'Peace Corps',
    'food aid shipments', 'aid to Africa', 'international aid', 'famine relief', 'Marshall Plan'] },
  { code: 19, subtopic: 1901, weight: MEDIUM, reason: 'foreign aid (less specific)', terms: [
    'humanitarian', 'aid', 'Red Cross', 'development projects', 'development partnership'] },
  { code: 19, subtopic: 1901, weight: WEAK, reason: 'foreign aid (ambiguous)', terms: ['donors'] },
  { code: 19, subtopic: 1902, weight: STRONG, reason: 'international resources', terms: [
    'Law of the Sea', 'Antarctica', 'Arctic Council', 'seabed mining', 'South China Sea'] },
  { code: 19, subtopic: 1905, weight: STRONG, reason: 'developing countries', terms: [
    'developing countries', 'developing nations', 'developing world', 'third world', 'Third World',
    'least developed countries', 'global poverty', 'poor countries', 'poor nations', 'Global South',
    'emerging economies'] },
  { code: 19, subtopic: 1906, weight: STRONG, reason: 'international finance', terms: [
    'IMF', 'International Monetary Fund', 'World Bank', 'debt relief', 'Asian financial crisis', 'currency crisis',
    'emerging markets', 'G7', 'G-7', 'G8', 'G-8', 'G20', 'G-20', 'Group of Seven', 'Group of Eight', 'Paris Club',
    'rescue package', 'debt crisis', 'foreign debt', 'Asian Development Bank', 'global economy', 'world economy',
    'international finance', 'debt default', 'Belt and Road', 'BRICS', 'New Development Bank', 'default on its debt'] },
  { code: 19, subtopic: 1906, weight: MEDIUM, reason: 'international finance (less specific)', terms: [
    'financial crisis', 'bailout', 'bailouts', 'economic development'] },
  { code: 19, subtopic: 1910, weight: STRONG, reason: 'Western Europe and the European Union', terms: [
    'European Union', 'EU', 'European Commission', 'eurozone', 'euro zone', 'European Parliament',
    'European Community', 'Common Market', 'Maastricht', 'Brexit', 'European leaders', 'European Council',
    'European governments', 'European integration'] },
  { code: 19, subtopic: 1910, weight: MEDIUM, reason: 'Western Europe and the European Union (less specific)', terms: [
    'Brussels', 'Western Europe', 'Europe', 'European', 'Europeans'] },
  { code: 19, subtopic: 1925, weight: STRONG, reason: 'human rights', terms: [
    'human rights', 'human rights abuses', 'political prisoners', 'Amnesty International', 'Human Rights Watch',
    'ethnic cleansing', 'genocide', 'war crimes', 'war criminals', 'war crimes tribunal', 'crimes against humanity',
    'atrocities', 'persecution', 'mass graves', 'International Criminal Court', 'death squads', 'apartheid',
    'Tiananmen', 'pro-democracy', 'democracy movement', 'human rights record', 'forced disappearances'] },
  { code: 19, subtopic: 1925, weight: MEDIUM, reason: 'human rights (less specific)', terms: [
    'dissidents', 'torture', 'tortured', 'repression', 'crackdown', 'massacre', 'massacres', 'political freedom'] },
  { code: 19, subtopic: 1926, weight: STRONG, reason: 'international organisations', terms: [
    'United Nations', 'UN', 'U.N.', 'UN reform', 'U.N. reform', 'United Nations reform',
    'reform of the United Nations', 'Security Council', 'UN Security Council', 'General Assembly',
    'Secretary General', 'Secretary-General', 'UNESCO', 'UNICEF', 'ASEAN', 'African Union',
    'Organization of American States', 'OSCE', 'Arab League', 'international organization',
    'international organizations', 'international organisation', 'international organisations',
    'multilateral institutions', 'permanent seat', 'permanent member', 'peacekeeping mission', 'blue helmets',
    'SAARC', 'BIMSTEC', 'Shanghai Cooperation Organisation', 'World Health Assembly', 'G4',
    'International Court of Justice', 'World Court', 'UN reforms'] },
  { code: 19, subtopic: 1926, weight: MEDIUM, reason: 'international organisations (less specific)', terms: [
    'Commonwealth'] },
  { code: 19, subtopic: 1927, weight: STRONG, reason: 'international terrorism', terms: [
    'terrorism', 'terrorist', 'terrorists', 'Al Qaeda', 'al-Qaeda', 'al-Qaida', 'Qaeda', 'terrorist attack',
    'terrorist attacks', 'terror attacks', 'terror attack', 'suicide bomber', 'suicide bombers', 'suicide bombing',
    'suicide bombings', 'hijacking', 'hijackers', 'terrorist group', 'terrorist groups', 'terror network',
    'terrorist organization', 'jihad', 'Sept. 11', 'bin Laden', 'Osama bin Laden', 'war on terror',
    'war on terrorism', 'Lashkar-e-Taiba', 'Jaish-e-Mohammed', 'cross-border terrorism',
    'state sponsor of terrorism', 'terror groups'] },
  { code: 19, subtopic: 1927, weight: MEDIUM, reason: 'international terrorism (less specific)', terms: [
    'terror', 'hijacked', 'hostage', 'hostages', 'September 11', '9/11', 'World Trade Center', 'extremists',
    'extremist', 'radical Islam', 'Islamist', 'Islamists'] },
  { code: 19, subtopic: 1929, weight: STRONG, reason: 'diplomats and embassies', terms: [
    'embassy', 'embassies', 'ambassador', 'diplomat', 'diplomats', 'consulate', 'consulates', 'consul',
    'diplomatic immunity', 'diplomatic corps', 'chargé d\'affaires', 'high commissioner'] },
  { code: 19, subtopic: 1929, weight: MEDIUM, reason: 'diplomats and embassies (less specific)', terms: [
    'passport', 'passports'] },

  { code: 19, subtopic: 1921, weight: COUNTRY, reason: 'a foreign country named', terms: [
    'Afghanistan', 'Albania', 'Algeria', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
    'Bahrain', 'Bangladesh', 'Belarus', 'Belgium', 'Bolivia', 'Brazil', 'Britain', 'Bulgaria', 'Burma', 'Burundi',
    'Cambodia', 'Cameroon', 'Canada', 'Chile', 'China', 'Colombia', 'Congo', 'Croatia', 'Cuba', 'Cyprus',
    'Czech Republic', 'Denmark', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Ethiopia', 'Finland',
    'France', 'Germany', 'Ghana', 'Greece', 'Guatemala', 'Haiti', 'Honduras', 'Hong Kong', 'Hungary', 'Iceland',
    'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan',
    'Kazakhstan', 'Kenya', 'Kuwait', 'Laos', 'Latvia', 'Lebanon', 'Liberia', 'Libya', 'Lithuania', 'Macedonia',
    'Malaysia', 'Mali', 'Mexico', 'Moldova', 'Mongolia', 'Morocco', 'Mozambique', 'Myanmar', 'Nepal', 'Netherlands',
    'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'Norway', 'Oman', 'Pakistan', 'Panama',
    'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia',
    'Senegal', 'Serbia', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa',
    'South Korea', 'Soviet Union', 'Spain', 'Sri Lanka', 'Sudan', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
    'Tajikistan', 'Tanzania', 'Thailand', 'Tunisia', 'Turkey', 'Uganda', 'Ukraine', 'United Kingdom', 'Uruguay',
    'Uzbekistan', 'Venezuela', 'Vietnam', 'Yemen', 'Yugoslavia', 'Zambia', 'Zimbabwe', 'Afghan', 'Afghans',
    'Albanian', 'Albanians', 'Algerian', 'Argentine', 'Australian', 'Brazilian', 'British', 'Canadian', 'Chilean',
    'Chinese', 'Colombian', 'Croatian', 'Czech', 'Egyptian', 'Egyptians', 'Ethiopian', 'French', 'German', 'Germans',
    'Greek', 'Indian', 'Indonesian', 'Iranian', 'Iranians', 'Iraqi', 'Iraqis', 'Irish', 'Israeli', 'Israelis',
    'Italian', 'Japanese', 'Jordanian', 'Kenyan', 'Korean', 'Koreans', 'Kurdish', 'Kurds', 'Lebanese', 'Libyan',
    'Malaysian', 'Nigerian', 'Pakistani', 'Pakistanis', 'Philippine', 'Filipino', 'Polish', 'Russian', 'Russians',
    'Rwandan', 'Saudi', 'Saudis', 'Serbian', 'Somali', 'Soviet', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swiss',
    'Syrian', 'Syrians', 'Taiwanese', 'Thai', 'Turkish', 'Turks', 'Ukrainian', 'Ukrainians', 'Venezuelan',
    'Vietnamese', 'Yemeni', 'Zimbabwean', 'Beijing', 'Moscow', 'Tokyo', 'London', 'Paris', 'Berlin', 'Jerusalem',
    'Tehran', 'Damascus', 'Cairo', 'Islamabad', 'New Delhi', 'Seoul', 'Pyongyang', 'Havana', 'Kyiv', 'Kiev',
    'Belgrade', 'Sarajevo', 'Ankara', 'Riyadh', 'Dhaka', 'Colombo', 'Kathmandu', 'Taipei', 'Manila', 'Jakarta',
    'Bangkok', 'Hanoi', 'Canberra', 'Ottawa', 'Nairobi', 'Tripoli', 'Beirut', 'Amman', 'Geneva'] },
  { code: 19, subtopic: 1900, weight: WEAK, reason: 'statehood and foreign rule', terms: [
    'government of', 'elections abroad', 'Prime Minister', 'foreign troops', 'allies abroad', 'Asia', 'Africa',
    'African', 'Arab', 'Arabs', 'Asian'] },
];
