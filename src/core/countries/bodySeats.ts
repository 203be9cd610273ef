/**
 * Capitals that host international bodies: in news about those bodies the city stands for them, not for the
 * host state ("EU ministers met in Brussels" involves the EU, not Belgium). Rules are data with reasons.
 */
import type { PlacedMention } from '../model';
import { collapseSpace } from '../text/whitespace';

/** A capital and the bodies seated there. */
export interface BodySeat {
  /** The capital as written. */
  readonly seat: readonly string[];
  /** The host state's ISO code, which the capital loses in such news. */
  readonly code: string;
  /** Full names of the bodies, as known organisations are named ("European Union" also for "EU"). */
  readonly bodies: readonly string[];
  readonly reason: string;
}

export const BODY_SEATS: readonly BodySeat[] = [
  {
    seat: ['Brussels'], code: 'BE', reason: 'seat of the EU institutions and of NATO',
    bodies: ['European Union', 'European Commission', 'European Parliament', 'European Council', 'North Atlantic Treaty Organization'],
  },
  { seat: ['The Hague', 'Hague'], code: 'NL', reason: 'seat of the international courts', bodies: ['International Criminal Court', 'International Court of Justice'] },
  { seat: ['Vienna'], code: 'AT', reason: 'seat of the IAEA and OPEC', bodies: ['International Atomic Energy Agency', 'OPEC'] },
];

/**
 * The mentions with the capitals of `BODY_SEATS` no longer standing for their host state when the article
 * names one of the bodies seated there: they stay places, without a country. Other mentions are unchanged.
 */
export function releaseBodySeats(text: string, mentions: readonly PlacedMention[]): readonly PlacedMention[] {
  const named = new Set<string>();
  for (const m of mentions) if (m.type === 'ORG') named.add(m.name || collapseSpace(text.slice(m.start, m.end)));
  const released = BODY_SEATS.filter(s => s.bodies.some(b => named.has(b)));
  if (released.length === 0) return mentions;
  return mentions.map(m => {
    if (m.type !== 'PLACE' || m.via !== 'capital') return m;
    const surface = collapseSpace(text.slice(m.start, m.end));
    const rule = released.find(s => s.code === m.countryCode && s.seat.some(x => x.toLowerCase() === surface.toLowerCase()));
    if (!rule) return m;
    const { countryCode: _code, via: _via, ...rest } = m;
    return { ...rest, reason: `${m.reason}; seat of bodies: ${rule.reason}` };
  });
}
