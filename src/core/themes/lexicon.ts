/**
 * The theme lexicon: every rule, as data, for the 21 CAP policy major topics. Written from the CAP
 * master codebook's topic definitions and general knowledge of each policy domain, not derived
 * from any coded data set. See `ThemeRule` for the term conventions.
 */
import type { ThemeRule } from './lexiconTypes';
import { ECONOMY_RULES } from './rules/economy';
import { GOVERNMENT_RULES } from './rules/government';
import { HEALTH_RULES } from './rules/health';
import { INTERNATIONAL_RULES } from './rules/international';
import { LABOUR_AND_MIGRATION_RULES } from './rules/labourAndMigration';
import { RESOURCE_RULES } from './rules/resources';
import { SECURITY_RULES } from './rules/security';
import { SOCIETY_RULES } from './rules/society';
import { STOP_PHRASES } from './rules/stopPhrases';
import { TRADE_ENERGY_LAND_RULES } from './rules/tradeEnergyLand';
import { WELFARE_AND_HOUSING_RULES } from './rules/welfareAndHousing';

/** All built-in rules; order does not matter (the same term in one topic keeps its highest weight). */
export const THEME_RULES: readonly ThemeRule[] = [
  ...ECONOMY_RULES,
  ...SOCIETY_RULES,
  ...HEALTH_RULES,
  ...RESOURCE_RULES,
  ...SECURITY_RULES,
  ...INTERNATIONAL_RULES,
  ...GOVERNMENT_RULES,
  ...LABOUR_AND_MIGRATION_RULES,
  ...WELFARE_AND_HOUSING_RULES,
  ...TRADE_ENERGY_LAND_RULES,
  ...STOP_PHRASES,
];
