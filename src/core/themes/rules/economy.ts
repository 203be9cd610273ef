/** Rules for CAP 1 Macroeconomics, 15 Domestic Commerce and 18 Foreign Trade. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const ECONOMY_RULES: readonly ThemeRule[] = [
  // 1 Macroeconomics
  { code: 1, subtopic: 100, weight: STRONG, reason: 'the national economy as a whole', terms: [
    'economy', 'economic growth', 'recession', 'economic recovery', 'gross domestic product', 'GDP',
    'economic slowdown', 'economic outlook', 'growth forecast', 'growth forecasts', 'economic forecast',
    'economic forecasts', 'economic policy', 'economic policies', 'economic stimulus',
    'stimulus package', 'stimulus plan', 'economic indicators', 'consumer confidence', 'consumer spending',
    'economic expansion', 'economic downturn', 'economic crisis', 'economic boom', 'economic forecast',
    'economic data', 'economic adviser', 'economic advisers', 'Council of Economic Advisers', 'macroeconomic',
    'business cycle', 'soft landing', 'productivity growth', 'growth rate', 'economic reforms', 'economic reform',
    'economic team', 'economic plan', 'economic program', 'economic conditions', 'economic performance',
    'nation\'s economy', 'stagflation', 'double dip', 'economic output', 'leading indicators'] },
  { code: 1, subtopic: 100, weight: MEDIUM, reason: 'economic vocabulary', terms: [
    'economic', 'economists', 'economist', 'economics', 'prosperity', 'downturn', 'slowdown', 'growth', 'recovery',
    'retail sales', 'factory orders', 'manufacturing output', 'industrial production', 'consumer demand'] },
  // Market swings are read as a gauge of the whole economy; securities regulation stays in 15.
  { code: 1, subtopic: 100, weight: STRONG, reason: 'financial markets as an economic indicator', terms: [
    'stock market', 'stock markets', 'Wall Street', 'Dow Jones', 'Dow', 'Nasdaq', 'S&P', 'bull market',
    'bear market', 'market crash', 'sell-off', 'stock prices', 'share prices', 'market turmoil', 'market rally',
    'Sensex', 'Nikkei', 'FTSE', 'bond market', 'stocks', 'markets'] },
  { code: 1, subtopic: 101, weight: STRONG, reason: 'prices and interest rates', terms: [
    'inflation', 'interest rate', 'interest rates', 'consumer prices', 'consumer price index', 'CPI', 'deflation',
    'producer prices', 'wholesale prices', 'price index', 'cost of living', 'rate cut', 'rate cuts', 'rate increase',
    'rate increases', 'rate hike', 'rate hikes', 'inflation rate', 'inflationary', 'short-term rates',
    'long-term rates', 'prime rate', 'discount rate', 'federal funds rate', 'bond yields'] },
  { code: 1, subtopic: 101, weight: WEAK, reason: 'price movements in general', terms: ['prices', 'rates', 'yields'] },
  { code: 1, subtopic: 103, weight: STRONG, reason: 'unemployment figures', terms: [
    'unemployment rate', 'jobless rate', 'unemployment', 'joblessness', 'jobless claims', 'job growth', 'payrolls',
    'job losses', 'jobs report', 'job creation', 'jobless', 'unemployed', 'employment report',
    'unemployment figures', 'new jobs'] },
  { code: 1, subtopic: 104, weight: STRONG, reason: 'monetary policy and the central bank', terms: [
    'Federal Reserve', 'the Fed', 'Fed chairman', 'Fed officials', 'Fed policy makers', 'central bank',
    'central banks', 'central banker', 'central bankers', 'monetary policy', 'money supply', 'Reserve Bank',
    'Bank of England', 'European Central Bank', 'Bank of Japan', 'quantitative easing', 'monetary'] },
  { code: 1, subtopic: 105, weight: STRONG, reason: 'the national budget and debt', terms: [
    'budget deficit', 'federal budget', 'national debt', 'debt ceiling', 'debt limit', 'balanced budget',
    'budget surplus', 'spending cuts', 'government spending', 'federal spending', 'fiscal policy', 'fiscal year',
    'austerity', 'budget cuts', 'budget plan', 'budget proposal', 'budget talks', 'budget negotiations',
    'budget agreement', 'budget deal', 'budget battle', 'budget bill', 'budget resolution', 'budget director',
    'Office of Management and Budget', 'Congressional Budget Office', 'budget office', 'government shutdown',
    'appropriations', 'appropriations bill', 'spending bill', 'spending bills', 'deficit reduction', 'deficits',
    'entitlement programs', 'entitlements', 'public debt', 'sovereign debt', 'fiscal deficit', 'fiscal',
    'budget crisis', 'budget gap', 'budget shortfall', 'Union Budget', 'spending plan', 'discretionary spending'] },
  { code: 1, subtopic: 105, weight: MEDIUM, reason: 'budget vocabulary', terms: [
    'budget', 'budgets', 'deficit', 'surplus', 'debt', 'spending', 'shutdown', 'taxpayer money', 'federal funds',
    'federal money', 'public spending'] },
  { code: 1, subtopic: 107, weight: STRONG, reason: 'taxation', terms: [
    'tax cut', 'tax cuts', 'tax increase', 'tax increases', 'tax credit', 'tax credits', 'income tax',
    'income taxes', 'capital gains', 'capital gains tax', 'estate tax', 'inheritance tax', 'flat tax', 'sales tax',
    'sales taxes', 'payroll tax', 'payroll taxes', 'property tax', 'property taxes', 'tax reform', 'tax code',
    'tax relief', 'tax rate', 'tax rates', 'tax break', 'tax breaks', 'tax bill', 'tax plan', 'tax plans',
    'tax shelter', 'tax shelters', 'corporate tax', 'corporate taxes', 'VAT', 'value added tax', 'tax policy',
    'tax package', 'tax law', 'tax laws', 'tax burden', 'tax hike', 'tax increase', 'taxation', 'tax loophole',
    'tax loopholes', 'gas tax', 'gasoline tax', 'tax rebate', 'tax rebates', 'marriage penalty', 'death tax',
    'tax deduction', 'tax deductions', 'goods and services tax', 'GST', 'tax revenue', 'tax revenues', 'tax evasion',
    'tax avoidance', 'tax exemption', 'tax exemptions', 'carbon tax', 'wealth tax'] },
  { code: 1, subtopic: 107, weight: MEDIUM, reason: 'tax vocabulary', terms: [
    'tax', 'taxes', 'taxpayers', 'taxpayer', 'taxed', 'taxing', 'levy', 'levies', 'tariff revenue'] },
  { code: 1, subtopic: 108, weight: STRONG, reason: 'industrial policy', terms: [
    'industrial policy', 'Make in India', 'manufacturing sector', 'industrial strategy'] },
  { code: 1, subtopic: 110, weight: STRONG, reason: 'price controls', terms: [
    'price controls', 'price control', 'wage and price controls', 'price freeze', 'price caps', 'price cap'] },

  // 15 Domestic Commerce
  { code: 15, subtopic: 1501, weight: STRONG, reason: 'banking', terms: [
    'banking', 'banks', 'bankers', 'banker', 'savings and loan', 'savings and loans', 'thrift industry',
    'deposit insurance', 'FDIC', 'bank merger', 'bank regulators', 'banking industry', 'banking system',
    'commercial banks', 'investment bank', 'investment banks', 'investment banking', 'credit union', 'credit unions',
    'bank failures', 'bank failure', 'bank deposits', 'financial institutions', 'financial services',
    'financial industry', 'financial sector', 'bank robbery'] },
  { code: 15, subtopic: 1501, weight: MEDIUM, reason: 'banking (less specific)', terms: ['lenders', 'lending'] },
  { code: 15, subtopic: 1501, weight: MEDIUM, reason: 'banks and loans', terms: ['bank', 'loans', 'loan', 'lender'] },
  { code: 15, subtopic: 1501, weight: WEAK, reason: 'banks and loans (ambiguous)', terms: ['financial'] },
  { code: 15, subtopic: 1502, weight: STRONG, reason: 'securities and commodities markets', terms: [
    'securities', 'Securities and Exchange Commission', 'SEC', 'stock exchange', 'New York Stock Exchange',
    'mutual fund', 'mutual funds', 'hedge fund', 'hedge funds', 'brokerage', 'brokerage firm', 'brokerage firms',
    'stockbrokers', 'commodities', 'insider trading', 'IPO', 'initial public offering', 'shareholders',
    'shareholder', 'stockholders', 'Treasury bonds', 'equities', 'market value', 'private equity', 'venture capital',
    'derivatives'] },
  { code: 15, subtopic: 1502, weight: MEDIUM, reason: 'securities and commodities markets (less specific)', terms: [
    'stock market', 'stock markets', 'Wall Street', 'Dow Jones', 'Dow', 'Nasdaq', 'S&P', 'bull market',
    'bear market', 'stock prices', 'stock price', 'share prices', 'market crash', 'sell-off', 'stocks',
    'bond market', 'Sensex', 'Nikkei', 'FTSE'] },
  { code: 15, subtopic: 1502, weight: MEDIUM, reason: 'investing', terms: [
    'investors', 'investor', 'bonds', 'pension fund', 'shares', 'trading', 'traders', 'speculators', 'futures'] },
  { code: 15, subtopic: 1502, weight: WEAK, reason: 'stock', terms: ['stock'] },
  { code: 15, subtopic: 1504, weight: STRONG, reason: 'consumer finance', terms: [
    'credit card', 'credit cards', 'mortgage', 'mortgages', 'consumer credit', 'debt collectors', 'payday loans',
    'borrowers', 'predatory lending', 'subprime', 'consumer debt', 'credit report', 'credit reports',
    'credit rating', 'credit scores', 'mortgage rates', 'home loans', 'foreclosures', 'foreclosure', 'student debt'] },
  { code: 15, subtopic: 1505, weight: STRONG, reason: 'insurance regulation', terms: [
    'insurance industry', 'insurance companies', 'insurance company', 'insurers', 'insurer', 'property insurance',
    'auto insurance', 'car insurance', 'life insurance', 'flood insurance', 'reinsurance', 'insurance regulators',
    'insurance rates', 'homeowners insurance'] },
  { code: 15, subtopic: 1507, weight: STRONG, reason: 'bankruptcy', terms: [
    'bankruptcy', 'bankruptcies', 'bankrupt', 'Chapter 11', 'bankruptcy court', 'bankruptcy protection', 'creditors',
    'insolvency', 'insolvent', 'liquidation'] },
  { code: 15, subtopic: 1520, weight: STRONG, reason: 'corporations, mergers and antitrust', terms: [
    'merger', 'mergers', 'acquisition', 'acquisitions', 'takeover', 'takeovers', 'antitrust', 'monopoly',
    'monopolies', 'corporate', 'corporation', 'corporations', 'chief executive', 'chief executives', 'CEO', 'CEOs',
    'executive pay', 'executive compensation', 'corporate governance', 'board of directors', 'accounting firm',
    'accounting firms', 'accounting scandal', 'accounting', 'conglomerate', 'buyout', 'leveraged buyout',
    'quarterly earnings', 'Federal Trade Commission', 'FTC', 'competition law', 'anticompetitive', 'cartel',
    'price fixing', 'price-fixing', 'corporate America', 'big business', 'chairman and chief executive',
    'airline merger', 'conglomerates', 'market share'] },
  { code: 15, subtopic: 1520, weight: MEDIUM, reason: 'companies and their business', terms: [
    'retailer', 'retailers', 'retail', 'executives', 'manufacturer', 'manufacturers', 'deregulation', 'auditors',
    'audit', 'advertising', 'advertisers', 'startup', 'startups', 'supply chain', 'supply chains', 'entrepreneur',
    'entrepreneurs', 'corporate'] },
  { code: 15, subtopic: 1520, weight: WEAK, reason: 'companies and their business (ambiguous)', terms: [
    'company', 'companies', 'firm', 'firms', 'business', 'businesses', 'industry', 'industries', 'sales',
    'marketing', 'revenue', 'earnings', 'profits', 'profit'] },
  { code: 15, subtopic: 1520, weight: WEAK, reason: 'everyday commerce', terms: [
    'executive', 'manufacturing', 'dealers', 'consumers', 'consumer', 'brand', 'brands', 'store', 'stores', 'shops',
    'shopping', 'malls', 'mall'] },
  { code: 15, subtopic: 1521, weight: STRONG, reason: 'small business', terms: [
    'small business', 'small businesses', 'Small Business Administration', 'small firms', 'family businesses',
    'small and medium enterprises', 'SMEs', 'MSMEs'] },
  { code: 15, subtopic: 1522, weight: STRONG, reason: 'copyrights and patents', terms: [
    'patent', 'patents', 'copyright', 'copyrights', 'trademark', 'trademarks', 'intellectual property',
    'file sharing', 'file-sharing', 'copyright infringement', 'patent infringement', 'patent office', 'piracy of'] },
  { code: 15, subtopic: 1523, weight: STRONG, reason: 'domestic disasters and relief', terms: [
    'hurricane', 'hurricanes', 'tornado', 'tornadoes', 'earthquake', 'earthquakes', 'disaster relief', 'FEMA',
    'Federal Emergency Management Agency', 'disaster area', 'natural disaster', 'natural disasters', 'flood',
    'floods', 'flooding', 'blizzard', 'wildfire', 'wildfires', 'forest fire', 'forest fires', 'disaster aid',
    'emergency relief', 'storm damage', 'cyclone', 'cyclones', 'tsunami', 'landslide', 'landslides', 'mudslides',
    'evacuees', 'relief workers'] },
  { code: 15, subtopic: 1523, weight: MEDIUM, reason: 'domestic disasters and relief (less specific)', terms: [
    'disaster', 'disasters', 'evacuation', 'evacuations'] },
  { code: 15, subtopic: 1523, weight: MEDIUM, reason: 'storms and emergencies', terms: ['rescue workers'] },
  { code: 15, subtopic: 1523, weight: WEAK, reason: 'storms and emergencies (ambiguous)', terms: [
    'storm', 'storms', 'emergency'] },
  { code: 15, subtopic: 1524, weight: STRONG, reason: 'tourism', terms: [
    'tourism', 'tourists', 'tourist', 'tourism industry', 'hotel industry', 'travel industry', 'vacationers'] },
  { code: 15, subtopic: 1524, weight: MEDIUM, reason: 'tourism (less specific)', terms: ['hotels'] },
  { code: 15, subtopic: 1525, weight: STRONG, reason: 'consumer safety and fraud', terms: [
    'consumer protection', 'product safety', 'recalls', 'recalled', 'consumer fraud', 'product liability',
    'Consumer Product Safety Commission', 'consumer groups', 'consumer advocates', 'safety recall', 'warning labels',
    'scam', 'scams', 'telemarketers', 'telemarketing'] },
  { code: 15, subtopic: 1525, weight: MEDIUM, reason: 'consumer safety and fraud (less specific)', terms: [
    'recall', 'defective', 'faulty'] },
  { code: 15, subtopic: 1526, weight: STRONG, reason: 'sports and gambling regulation', terms: [
    'gambling', 'casino', 'casinos', 'lottery', 'lotteries', 'sports league', 'baseball', 'football', 'basketball',
    'NFL', 'NBA', 'NHL', 'hockey', 'steroids', 'doping', 'Major League Baseball', 'boxing', 'Olympics', 'Olympic',
    'World Cup', 'cricket', 'soccer', 'team owners', 'players union', 'betting', 'horse racing', 'NCAA'] },
  { code: 15, subtopic: 1526, weight: MEDIUM, reason: 'sports and gambling regulation (less specific)', terms: [
    'athletes', 'athlete', 'sports', 'stadium', 'stadiums', 'golf', 'tennis'] },
  { code: 15, weight: MEDIUM, reason: 'commerce in general', terms: [
    'commerce', 'commercial', 'Commerce Department', 'Commerce Secretary', 'Chamber of Commerce', 'merchants'] },
  { code: 15, weight: WEAK, reason: 'commerce in general (ambiguous)', terms: [
    'market', 'markets', 'investment', 'investments', 'invest', 'funds', 'assets', 'deal', 'deals', 'goods'] },

  // 18 Foreign Trade
  { code: 18, subtopic: 1800, weight: STRONG, reason: 'international trade', terms: [
    'free trade', 'trade deficit', 'trade deficits', 'trade surplus', 'trade gap', 'trade policy', 'trade war',
    'trade barriers', 'trade dispute', 'trade disputes', 'trade relations', 'trade imbalance', 'balance of trade',
    'protectionism', 'protectionist', 'world trade', 'global trade', 'international trade', 'trade sanctions',
    'trade ties', 'trade officials', 'trade minister', 'trade ministers', 'bilateral trade', 'trade partner',
    'trading partner', 'trading partners', 'trade partners', 'Trade Representative', 'trade representative',
    'trading bloc', 'commerce minister', 'exporting', 'importing'] },
  { code: 18, subtopic: 1800, weight: MEDIUM, reason: 'trade, unqualified', terms: ['trade'] },
  // Sanctions restrict trade; who imposes them on whom is also diplomacy (19).
  { code: 18, subtopic: 1802, weight: MEDIUM, reason: 'sanctions as trade restrictions', terms: [
    'sanctions', 'economic sanctions', 'sanctions against', 'lift sanctions', 'impose sanctions'] },
  { code: 18, subtopic: 1802, weight: STRONG, reason: 'trade agreements and negotiations', terms: [
    'trade agreement', 'trade agreements', 'trade deal', 'trade deals', 'trade pact', 'trade pacts', 'trade talks',
    'trade negotiations', 'trade negotiator', 'trade negotiators', 'NAFTA', 'North American Free Trade Agreement',
    'WTO', 'World Trade Organization', 'GATT', 'most favored nation', 'most-favored-nation',
    'normal trade relations', 'fast track', 'fast-track', 'free trade agreement', 'free trade area', 'Doha round',
    'Uruguay Round', 'trade accord', 'TPP', 'Trans-Pacific Partnership', 'free-trade zone', 'customs union',
    'market access', 'trade liberalization'] },
  { code: 18, subtopic: 1803, weight: STRONG, reason: 'exports', terms: [
    'export', 'exports', 'exporter', 'exporters', 'export controls', 'export licenses', 'export markets',
    'export credits', 'Export-Import Bank'] },
  { code: 18, subtopic: 1804, weight: STRONG, reason: 'international investment', terms: [
    'foreign investment', 'foreign investors', 'foreign direct investment', 'FDI', 'overseas investment',
    'foreign ownership', 'foreign companies', 'multinational', 'multinationals', 'multinational corporations',
    'offshore', 'outsourcing', 'offshoring', 'Japanese investment', 'Chinese investment'] },
  { code: 18, subtopic: 1806, weight: STRONG, reason: 'competitiveness', terms: [
    'competitiveness', 'global competition', 'foreign competition', 'cheap imports'] },
  { code: 18, subtopic: 1807, weight: STRONG, reason: 'tariffs and imports', terms: [
    'tariff', 'tariffs', 'imports', 'importer', 'importers', 'import quotas', 'anti-dumping', 'antidumping',
    'customs duties', 'countervailing duties', 'steel imports', 'textile imports', 'import duties',
    'retaliatory tariffs', 'trade embargo', 'import ban'] },
  { code: 18, subtopic: 1807, weight: MEDIUM, reason: 'import restrictions', terms: [
    'import', 'imported', 'quotas', 'dumping', 'duties', 'embargo'] },
  { code: 18, subtopic: 1808, weight: STRONG, reason: 'exchange rates', terms: [
    'exchange rate', 'exchange rates', 'devaluation', 'devalued', 'strong dollar', 'weak dollar', 'currency markets',
    'currency manipulation', 'foreign exchange', 'value of the dollar'] },
  { code: 18, subtopic: 1808, weight: MEDIUM, reason: 'currencies', terms: [
    'currency', 'currencies', 'yen', 'yuan', 'renminbi', 'euro', 'rupee', 'peso', 'ruble', 'pound sterling'] },
  { code: 18, subtopic: 1808, weight: WEAK, reason: 'the dollar', terms: ['dollar'] },
];
