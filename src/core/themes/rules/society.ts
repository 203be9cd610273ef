/** Rules for CAP 2 Civil Rights, 5 Labor, 9 Immigration, 13 Social Welfare and 14 Housing. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const SOCIETY_RULES: readonly ThemeRule[] = [
  // 2 Civil Rights
  { code: 2, subtopic: 200, weight: STRONG, reason: 'civil rights and liberties', terms: [
    'civil rights', 'civil liberties', 'American Civil Liberties Union', 'ACLU', 'Civil Liberties Union',
    'discrimination', 'equal rights', 'equal opportunity', 'civil rights movement', 'civil rights groups',
    'civil rights leaders', 'civil rights law', 'civil rights laws', 'equal protection', 'hate speech',
    'Bill of Rights', 'constitutional rights', 'civil rights activists', 'discriminatory', 'discriminate',
    'discriminated'] },
  { code: 2, subtopic: 200, weight: MEDIUM, reason: 'civil rights and liberties (less specific)', terms: ['bias'] },
  { code: 2, subtopic: 201, weight: STRONG, reason: 'racial and ethnic discrimination', terms: [
    'racial', 'racism', 'racist', 'race relations', 'segregation', 'desegregation', 'affirmative action',
    'racial profiling', 'NAACP', 'racial discrimination', 'racial equality', 'racial preferences', 'racial quotas',
    'minority contractors', 'minorities', 'racial tensions', 'racially', 'race-based', 'hate crime', 'hate crimes',
    'Black Lives Matter', 'caste discrimination', 'reparations for slavery', 'slavery', 'Jim Crow', 'Ku Klux Klan',
    'white supremacist', 'white supremacists', 'racial justice', 'busing', 'integration of schools',
    'ethnic minorities'] },
  { code: 2, subtopic: 201, weight: WEAK, reason: 'race and ethnicity', terms: [
    'race', 'black', 'blacks', 'African-American', 'African-Americans', 'Hispanic', 'Hispanics', 'Latino', 'Latinos',
    'minority', 'ethnic', 'whites', 'Asian-American', 'Asian-Americans'] },
  { code: 2, subtopic: 202, weight: STRONG, reason: 'gender and sexual orientation discrimination', terms: [
    'women\'s rights', 'gender discrimination', 'sex discrimination', 'sexual harassment', 'gender equality',
    'gender gap', 'glass ceiling', 'equal pay', 'pay gap', 'feminist', 'feminists', 'feminism', 'gay rights', 'gay',
    'gays', 'lesbian', 'lesbians', 'homosexual', 'homosexuals', 'homosexuality', 'same-sex marriage',
    'same-sex couples', 'gay marriage', 'civil unions', 'don\'t ask, don\'t tell', 'transgender', 'LGBT', 'LGBTQ',
    'Title IX', 'Equal Rights Amendment', 'bisexual', 'sexual orientation', 'gender identity', 'women in combat',
    'marriage equality', 'MeToo'] },
  { code: 2, subtopic: 202, weight: WEAK, reason: 'gender', terms: ['women', 'gender', 'woman'] },
  { code: 2, subtopic: 204, weight: STRONG, reason: 'age discrimination', terms: ['age discrimination', 'ageism'] },
  { code: 2, subtopic: 205, weight: STRONG, reason: 'disability discrimination', terms: [
    'Americans with Disabilities Act', 'disability rights', 'wheelchair access', 'accessibility for the disabled'] },
  { code: 2, subtopic: 206, weight: STRONG, reason: 'voting rights', terms: [
    'voting rights', 'Voting Rights Act', 'poll tax', 'disenfranchise', 'disenfranchised', 'disenfranchisement',
    'voter suppression', 'voter registration', 'voter ID', 'voter identification', 'right to vote', 'redistricting',
    'gerrymandering', 'voting machines', 'ballot access', 'minority voters', 'black voters'] },
  { code: 2, subtopic: 207, weight: STRONG, reason: 'freedom of speech and religion', terms: [
    'free speech', 'freedom of speech', 'First Amendment', 'freedom of religion', 'religious freedom',
    'separation of church and state', 'school prayer', 'flag burning', 'censorship', 'censor', 'censored',
    'freedom of expression', 'freedom of the press', 'press freedom', 'blasphemy', 'religious liberty',
    'Ten Commandments', 'prayer in schools', 'obscenity', 'pornography', 'indecency', 'book banning', 'book bans'] },
  { code: 2, subtopic: 208, weight: STRONG, reason: 'privacy and abortion rights', terms: [
    'privacy', 'right to privacy', 'abortion', 'abortions', 'abortion rights', 'anti-abortion', 'pro-choice',
    'pro-life', 'Roe v. Wade', 'abortion clinic', 'abortion clinics', 'late-term abortion', 'partial-birth abortion',
    'Freedom of Information Act', 'right to die', 'assisted suicide', 'euthanasia', 'wiretapping', 'data privacy',
    'privacy rights', 'abortion pill', 'reproductive rights', 'Planned Parenthood', 'surveillance of citizens',
    'personal data', 'data protection', 'domestic surveillance', 'domestic spying', 'warrantless wiretapping',
    'warrantless surveillance', 'eavesdropping'] },
  { code: 2, subtopic: 208, weight: MEDIUM, reason: 'surveillance of citizens', terms: ['surveillance', 'spying', 'wiretaps'] },
  { code: 2, subtopic: 209, weight: STRONG, reason: 'anti-government activity', terms: [
    'anti-government', 'antigovernment', 'militia', 'militias', 'militia movement', 'sedition', 'subversive',
    'subversion'] },
  { code: 2, weight: MEDIUM, reason: 'rights, unqualified', terms: ['rights', 'equality', 'liberties', 'dissent'] },

  // 5 Labor
  { code: 5, subtopic: 500, weight: STRONG, reason: 'labour and employment', terms: [
    'labor', 'labour', 'Labor Department', 'Labor Secretary', 'workforce', 'workers', 'labor force', 'labor market',
    'labor shortage', 'labor costs', 'labor laws', 'labor law', 'employment', 'layoffs', 'laid off', 'job cuts',
    'downsizing', 'working conditions', 'work force', 'labor movement', 'National Labor Relations Board', 'NLRB',
    'gig economy', 'contract workers', 'temporary workers', 'employment rate', 'jobs program', 'labor rights',
    'employment law', 'job security', 'labor ministry', 'labour ministry', 'skilled workers', 'white-collar workers',
    'blue-collar workers', 'blue-collar', 'white-collar jobs'] },
  { code: 5, subtopic: 500, weight: MEDIUM, reason: 'jobs and employers', terms: [
    'worker', 'jobs', 'employees', 'employee', 'employers', 'employer', 'hiring', 'job', 'workplace', 'workplaces'] },
  { code: 5, subtopic: 500, weight: WEAK, reason: 'jobs and employers (ambiguous)', terms: ['staff', 'manpower'] },
  { code: 5, subtopic: 501, weight: STRONG, reason: 'worker safety', terms: [
    'worker safety', 'workplace safety', 'OSHA', 'Occupational Safety and Health Administration', 'mine safety',
    'workers\' compensation', 'workplace injuries', 'job safety', 'occupational safety', 'on-the-job injuries',
    'mine disaster', 'miners', 'coal miners', 'ergonomics', 'repetitive stress'] },
  { code: 5, subtopic: 502, weight: STRONG, reason: 'employment training', terms: [
    'job training', 'skill development', 'skills development', 'retraining', 'apprenticeship', 'apprenticeships',
    'workforce development', 'training programs', 'worker training', 'skills training', 'skilling', 'reskilling',
    'upskilling'] },
  { code: 5, subtopic: 503, weight: STRONG, reason: 'employee benefits and pensions', terms: [
    'pension', 'pensions', 'pension plans', 'pension plan', 'retirement plans', '401(k)', 'employee benefits',
    'health benefits', 'retirement benefits', 'retirement savings', 'pension funds', 'pension benefits',
    'Pension Benefit Guaranty Corporation', 'retiree health', 'retiree benefits', 'benefits for workers'] },
  { code: 5, subtopic: 504, weight: STRONG, reason: 'labour unions', terms: [
    'union', 'unions', 'labor union', 'labor unions', 'trade union', 'trade unions', 'unionized', 'unionize',
    'organized labor', 'AFL-CIO', 'Teamsters', 'United Auto Workers', 'UAW', 'strikers', 'striking workers',
    'walkout', 'walkouts', 'picket', 'picket line', 'picket lines', 'collective bargaining', 'labor contract',
    'labor contracts', 'labor dispute', 'labor disputes', 'work stoppage', 'lockout', 'union leaders',
    'union leader', 'labor leaders', 'union members', 'union workers', 'union contract', 'labor negotiations',
    'labor talks', 'labor unrest', 'right-to-work', 'general strike', 'union organizing', 'labor organizers',
    'Service Employees International Union', 'union president'] },
  { code: 5, subtopic: 504, weight: MEDIUM, reason: 'labour unions (less specific)', terms: [
    'strike', 'strikes', 'striking'] },
  { code: 5, subtopic: 505, weight: STRONG, reason: 'fair labour standards', terms: [
    'minimum wage', 'minimum wages', 'overtime', 'overtime pay', 'sweatshop', 'sweatshops', 'living wage', 'wages',
    'wage', 'pay raise', 'pay raises', 'pay increases', 'wage increases', 'wage gap', 'wage growth', 'working hours',
    'Fair Labor Standards Act', 'forced labor', 'salaries', 'salary', 'paychecks', 'pay cuts'] },
  { code: 5, subtopic: 506, weight: STRONG, reason: 'youth employment and child labour', terms: [
    'child labor', 'child labour', 'youth employment', 'summer jobs', 'teenage workers', 'youth unemployment'] },
  { code: 5, subtopic: 529, weight: STRONG, reason: 'migrant and seasonal workers', terms: [
    'migrant workers', 'farm workers', 'farmworkers', 'seasonal workers', 'migrant laborers', 'day laborers',
    'migrant labour', 'farm laborers'] },

  // 9 Immigration
  { code: 9, subtopic: 900, weight: STRONG, reason: 'immigration and refugees', terms: [
    'immigration', 'immigrant', 'immigrants', 'illegal immigrants', 'illegal immigration', 'undocumented',
    'undocumented immigrants', 'migrants', 'migrant', 'migration', 'refugee', 'refugees', 'asylum', 'asylum seekers',
    'asylum seeker', 'deportation', 'deportations', 'deport', 'deported', 'Border Patrol', 'border security',
    'Immigration and Naturalization Service', 'INS', 'green card', 'green cards', 'visa', 'visas', 'H-1B',
    'work visas', 'naturalization', 'naturalized', 'guest worker', 'guest workers', 'illegal aliens',
    'illegal alien', 'boat people', 'Immigration and Customs Enforcement', 'ICE', 'emigration', 'emigrants',
    'emigrate', 'border crossing', 'border crossings', 'border wall', 'border fence', 'human smuggling',
    'amnesty for illegal', 'sanctuary cities', 'sanctuary city', 'refugee camp', 'refugee camps',
    'displaced persons', 'Dreamers', 'DACA', 'xenophobia', 'anti-immigrant', 'family separation', 'citizenship law',
    'Citizenship Amendment Act', 'people smuggling', 'foreign workers', 'work permits', 'residency permits', 'UNHCR',
    'High Commissioner for Refugees'] },
  { code: 9, subtopic: 900, weight: MEDIUM, reason: 'immigration and refugees (less specific)', terms: [
    'citizenship', 'aliens', 'smugglers', 'detention centers', 'expelled', 'foreigners', 'exodus', 'fleeing'] },
  { code: 9, subtopic: 900, weight: WEAK, reason: 'immigration and refugees (ambiguous)', terms: ['newcomers'] },
  { code: 9, subtopic: 900, weight: WEAK, reason: 'borders', terms: [
    'border', 'borders', 'Mexican', 'Cuban', 'Haitian', 'Haitians'] },

  // 13 Social Welfare
  { code: 13, subtopic: 1300, weight: STRONG, reason: 'social welfare', terms: [
    'welfare', 'welfare state', 'social welfare', 'safety net', 'social safety net', 'public assistance',
    'social programs', 'social services', 'social spending', 'anti-poverty programs', 'anti-poverty',
    'social security net', 'benefits cuts', 'welfare benefits', 'social protection', 'cash assistance'] },
  { code: 13, subtopic: 1301, weight: STRONG, reason: 'food assistance', terms: [
    'food stamps', 'food stamp', 'food assistance', 'food banks', 'food bank', 'school lunch', 'school lunches',
    'WIC', 'soup kitchen', 'soup kitchens', 'nutrition programs', 'free meals', 'food aid', 'the hungry'] },
  { code: 13, subtopic: 1301, weight: MEDIUM, reason: 'food assistance (less specific)', terms: ['hunger', 'SNAP'] },
  { code: 13, subtopic: 1302, weight: STRONG, reason: 'poverty and low-income assistance', terms: [
    'welfare reform', 'welfare recipients', 'poverty', 'the poor', 'low-income', 'poverty line', 'poverty rate',
    'Aid to Families with Dependent Children', 'AFDC', 'TANF', 'earned income tax credit', 'welfare rolls',
    'welfare-to-work', 'workfare', 'poor families', 'poor people', 'impoverished', 'needy', 'destitute',
    'below the poverty line', 'welfare law', 'welfare overhaul', 'welfare system'] },
  { code: 13, subtopic: 1302, weight: WEAK, reason: 'poor', terms: ['poor', 'benefits'] },
  { code: 13, subtopic: 1303, weight: STRONG, reason: 'the elderly and Social Security', terms: [
    'Social Security', 'Social Security Administration', 'elderly', 'senior citizens', 'retirees', 'the aged',
    'old-age', 'Social Security benefits', 'Social Security trust fund', 'Social Security system', 'older Americans',
    'retirement age', 'aging population', 'old age pension', 'AARP'] },
  { code: 13, subtopic: 1303, weight: MEDIUM, reason: 'the elderly and Social Security (less specific)', terms: [
    'seniors'] },
  { code: 13, subtopic: 1304, weight: STRONG, reason: 'assistance to the disabled', terms: [
    'disabled', 'disability benefits', 'SSI', 'Supplemental Security Income', 'the handicapped',
    'people with disabilities', 'handicapped'] },
  { code: 13, subtopic: 1304, weight: MEDIUM, reason: 'assistance to the disabled (less specific)', terms: [
    'disabilities', 'disability'] },
  { code: 13, subtopic: 1304, weight: WEAK, reason: 'assistance to the disabled (ambiguous)', terms: ['blind'] },
  { code: 13, subtopic: 1305, weight: STRONG, reason: 'social services and volunteering', terms: [
    'charities', 'charity', 'nonprofit', 'nonprofits', 'non-profit', 'volunteering', 'philanthropy',
    'philanthropist', 'philanthropists', 'community service', 'AmeriCorps', 'Salvation Army', 'United Way',
    'faith-based', 'social workers', 'foster care', 'orphans', 'orphanage'] },
  { code: 13, subtopic: 1305, weight: MEDIUM, reason: 'social services and volunteering (less specific)', terms: [
    'charitable', 'volunteers', 'volunteer', 'donations', 'adoptions'] },
  { code: 13, subtopic: 1305, weight: WEAK, reason: 'social services and volunteering (ambiguous)', terms: [
    'adoption'] },
  { code: 13, subtopic: 1308, weight: STRONG, reason: 'child care and parental leave', terms: [
    'child care', 'day care', 'daycare', 'parental leave', 'maternity leave', 'paternity leave', 'family leave',
    'Family and Medical Leave Act', 'child-care', 'preschool', 'pre-kindergarten', 'child allowance',
    'child tax credit'] },

  // 14 Housing
  { code: 14, subtopic: 1400, weight: STRONG, reason: 'housing', terms: [
    'housing', 'housing market', 'homeownership', 'home ownership', 'home buyers', 'homebuyers', 'home prices',
    'house prices', 'housing prices', 'housing costs', 'housing shortage', 'housing crisis', 'real estate', 'rents',
    'rent control', 'rent-controlled', 'rent-stabilized', 'tenants', 'landlord', 'landlords', 'eviction',
    'evictions', 'evicted', 'zoning', 'apartment buildings', 'housing starts', 'home sales', 'homeowners',
    'homeowner', 'condominiums', 'co-ops', 'building codes', 'new homes', 'housing boom'] },
  { code: 14, subtopic: 1400, weight: MEDIUM, reason: 'housing (less specific)', terms: ['rent', 'tenant'] },
  { code: 14, subtopic: 1400, weight: WEAK, reason: 'homes', terms: [
    'apartment', 'apartments', 'homes', 'dwellings', 'property'] },
  { code: 14, subtopic: 1401, weight: STRONG, reason: 'community development', terms: [
    'community development', 'gentrification', 'community groups', 'block grant',
    'community development block grants', 'Habitat for Humanity'] },
  { code: 14, subtopic: 1401, weight: MEDIUM, reason: 'community development (less specific)', terms: [
    'neighborhood', 'neighborhoods', 'neighbourhood', 'neighbourhoods'] },
  { code: 14, subtopic: 1403, weight: STRONG, reason: 'urban development', terms: [
    'urban renewal', 'urban development', 'inner city', 'inner-city', 'inner cities', 'redevelopment',
    'empowerment zones', 'enterprise zones', 'urban policy', 'urban planning', 'urban sprawl', 'sprawl',
    'smart cities'] },
  { code: 14, subtopic: 1403, weight: MEDIUM, reason: 'urban development (less specific)', terms: [
    'revitalization', 'revitalize', 'slum', 'slums', 'urban areas'] },
  { code: 14, subtopic: 1403, weight: WEAK, reason: 'urban development (ambiguous)', terms: ['downtown', 'blight'] },
  { code: 14, subtopic: 1403, weight: WEAK, reason: 'cities', terms: [
    'urban', 'cities', 'city', 'suburbs', 'suburban', 'mayor', 'mayors'] },
  { code: 14, subtopic: 1405, weight: STRONG, reason: 'rural development', terms: [
    'rural development', 'rural areas', 'rural communities', 'rural economy', 'rural poverty'] },
  { code: 14, subtopic: 1405, weight: WEAK, reason: 'rural development (ambiguous)', terms: ['villages'] },
  { code: 14, subtopic: 1406, weight: STRONG, reason: 'low-income housing', terms: [
    'affordable housing', 'public housing', 'housing projects', 'housing project', 'low-income housing', 'Section 8',
    'housing vouchers', 'HUD', 'Department of Housing and Urban Development', 'Housing and Urban Development',
    'housing authority', 'subsidized housing', 'housing assistance', 'fair housing', 'housing subsidies'] },
  { code: 14, subtopic: 1408, weight: STRONG, reason: 'housing for the elderly', terms: [
    'senior housing', 'housing for the elderly', 'retirement homes', 'retirement communities'] },
  { code: 14, subtopic: 1409, weight: STRONG, reason: 'homelessness', terms: [
    'homeless', 'homelessness', 'homeless shelter', 'homeless shelters', 'the homeless', 'homeless people',
    'panhandlers', 'squatters', 'street people'] },
  { code: 14, subtopic: 1409, weight: MEDIUM, reason: 'homelessness (less specific)', terms: ['shelters', 'shelter'] },
];
