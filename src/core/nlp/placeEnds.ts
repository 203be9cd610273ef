/**
 * Last words of a place's name beyond the lexicon's place heads (whose words are the tagger's features): "Roundhay
 * Road", "Abbey Stadium", "Small Heath", "Leeds Bradford Airport".
 */
export const PLACE_ENDS = new Set(['road', 'lane', 'way', 'stadium', 'heath', 'moor', 'common', 'bridge', 'park', 'green', 'hill',
  'wharf', 'quay', 'estate', 'circuit', 'arena', 'airport', 'station']);
