/**
 * Stop phrases: fixed expressions whose words would otherwise trigger a topic they are not about.
 * They match like any term (longest phrase wins) and count for nothing.
 */
import type { ThemeRule } from '../lexiconTypes';

export const STOP_PHRASES: readonly ThemeRule[] = [
  { code: 0, weight: 0, reason: 'fixed expression, not a policy cue', terms: [
    'state of the art', 'think tank', 'think tanks', 'in the interest of', 'in the interests of', 'interest in',
    'press conference', 'news conference', 'news agency', 'Wall Street Journal', 'New York Times', 'Washington Post',
    'Financial Times', 'Los Angeles Times', 'Press Trust of India', 'Associated Press', 'death toll', 'road map',
    'roadmap', 'task force', 'in force', 'driving force', 'tear gas', 'crack down', 'cracked down', 'hunger strike',
    'hunger strikes', 'Labour Party', 'Labor Party', 'Green Party', 'Liberal Party', 'Conservative Party',
    'with open arms', 'open arms', 'wake-up call', 'per cent', 'power of', 'balance of power', 'powers that be',
    'political power', 'security guard', 'security guards', 'Social Security number', 'Social Security numbers',
    'conflict of interest', 'memorial service', 'memorial services', 'Doctors Without Borders',
    'Reporters Without Borders', 'Save the Children', 'forcing', 'degrees Celsius', 'degrees Fahrenheit',
    'degrees C', 'degrees F', 'forecast for', 'campaign group', 'campaign groups', 'pressure group',
    'pressure groups', 'car park', 'car parks', 'road to recovery', 'sports scientist', 'sports scientists',
    'sport scientist', 'sports science', 'real deal', 'great deal', 'good deal', 'big deal', 'the play-off',
    'the play-offs', 'play-off', 'play-offs', 'body language',
    // science news: guarding Earth from asteroids ("the planetary defence office")
    'planetary defence', 'planetary defense', 'Planetary Defense Coordination Office'] },
];
