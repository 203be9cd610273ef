/** More rules for CAP 13 Social Welfare and 14 Housing: benefits, care, rents, building and cities. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const WELFARE_AND_HOUSING_RULES: readonly ThemeRule[] = [
  { code: 13, subtopic: 1302, weight: STRONG, reason: 'benefits for the poor', terms: [
    'welfare payments', 'welfare checks', 'cash benefits', 'means-tested', 'anti-poverty program', 'poverty programs',
    'War on Poverty', 'Great Society', 'working poor', 'single mothers', 'welfare mothers', 'unwed mothers',
    'government assistance', 'income support', 'basic income', 'universal basic income', 'cash transfers',
    'conditional cash transfers', 'child poverty', 'benefit cuts', 'welfare cuts', 'poverty reduction',
    'poverty alleviation', 'below-poverty-line', 'BPL', 'ration cards', 'public distribution system', 'subsidized food'] },
  { code: 13, subtopic: 1301, weight: STRONG, reason: 'feeding the hungry', terms: [
    'food insecurity', 'food pantry', 'food pantries', 'school breakfast', 'free lunch', 'nutrition assistance',
    'Meals on Wheels', 'food drive', 'malnourished', 'malnutrition', 'undernourished'] },
  { code: 13, subtopic: 1303, weight: STRONG, reason: 'old age', terms: [
    'old-age pensions', 'retirement income', 'Social Security checks', 'cost-of-living adjustment', 'COLA',
    'Social Security privatization', 'privatizing Social Security', 'privatize Social Security', 'senior centers',
    'elder abuse', 'older people', 'the elderly poor', 'pensioners', 'state pension', 'aged care'] },
  { code: 13, subtopic: 1304, weight: STRONG, reason: 'disability support', terms: [
    'disability insurance', 'disability payments', 'disability checks', 'handicapped children', 'special needs children',
    'care homes', 'wheelchair users', 'disability pension', 'disabled veterans', 'mentally retarded', 'developmental disabilities'] },
  { code: 13, subtopic: 1305, weight: STRONG, reason: 'social services', terms: [
    'caseworkers', 'child welfare agency', 'child protective services', 'foster children', 'foster parents',
    'orphanages', 'group homes', 'youth programs', 'after-school programs', 'community centers', 'mentoring programs',
    'philanthropic', 'Catholic Charities', 'mutual aid', 'soup lines', 'charitable giving', 'social worker'] },
  { code: 13, subtopic: 1308, weight: STRONG, reason: 'child care', terms: [
    'child care subsidies', 'day-care centers', 'child-care centers', 'working mothers', 'paid leave', 'family policy',
    'child benefit', 'child care costs', 'nannies', 'au pairs', 'creches'] },
  { code: 13, subtopic: 1300, weight: MEDIUM, reason: 'support and dependency', terms: ['dependency', 'donated', 'donate', 'endowment', 'aging', 'subsidies for the poor'] },

  { code: 14, subtopic: 1400, weight: STRONG, reason: 'homes, rents and the housing market', terms: [
    'housing policy', 'housing bill', 'housing program', 'housing programs', 'housing aid', 'housing agency',
    'housing development', 'housing developments', 'housing units', 'low-rent', 'rent increases', 'rent hikes',
    'rental housing', 'rental market', 'renters', 'home values', 'property values', 'housing bubble', 'housing slump',
    'housing recovery', 'building permits', 'homebuilders', 'home builders', 'real estate developers', 'luxury apartments',
    'luxury condos', 'condo', 'condos', 'tenements', 'housing court', 'landlord-tenant', 'eviction notices',
    'Federal Housing Administration', 'FHA', 'housing finance', 'first-time buyers', 'starter homes', 'mobile homes',
    'trailer parks', 'manufactured housing', 'housing affordability', 'cost of housing', 'rent burden', 'overcrowding',
    'overcrowded apartments', 'housing conditions', 'boarding houses', 'mixed-income', 'inclusionary zoning',
    'zoning board', 'zoning laws', 'land-use rules', 'affordable units', 'housing discrimination', 'redlining',
    'Fair Housing Act', 'home construction', 'house building', 'residential construction', 'housing scheme',
    'housing for all', 'Pradhan Mantri Awas Yojana'] },
  { code: 14, subtopic: 1400, weight: MEDIUM, reason: 'buildings and dwellings', terms: [
    'rental', 'rentals', 'developers', 'co-op', 'lofts', 'brownstones', 'luxury towers', 'skyscrapers', 'squalid',
    'residential', 'housing stock', 'vacant apartments'] },
  { code: 14, subtopic: 1409, weight: STRONG, reason: 'sleeping rough', terms: [
    'homeless encampments', 'encampments', 'tent cities', 'sleeping on the streets', 'rough sleepers',
    'single-room occupancy', 'welfare hotels', 'supportive housing', 'transitional housing', 'homeless families'] },
  { code: 14, subtopic: 1401, weight: STRONG, reason: 'neighbourhood renewal', terms: [
    'urban decay', 'abandoned buildings', 'vacant lots', 'community land trust', 'community boards',
    'block associations', 'neighborhood associations', 'enterprise communities', 'Model Cities', 'urban homesteading',
    'community development corporations', 'planning board', 'urban renewal projects'] },
  { code: 14, subtopic: 1403, weight: WEAK, reason: 'city blocks', terms: ['density', 'block', 'blocks', 'residents'] },
];
