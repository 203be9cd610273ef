import { typeAliasNames } from './aliasNames';
import { typeCreditedPeople } from './creditNames';
import { joinDemonymCompanies, splitChiefFromCompany } from './companyNames';
import { joinClubs } from './context';
import { joinGivenNames, joinHyphenatedGivenNames, typeCountryGivenNames } from './givenNames';
import { addBasedPlaces } from './basedPlaces';
import { addRoadNumbers } from './roadNames';
import { joinLondonTermini, joinRailLines } from './railLines';
import { joinBareInitials } from './bareInitials';
import { dropCompassAdjectives } from './compassWords';
import { typeLeaderNouns } from './leaderNouns';
import { joinTitleSurnames } from './titleSurnames';
import { typeListedGivenNames } from './listedGivenNames';
import { typeStrayGpe } from './strayGpe';
import { joinAbbreviatedNames, placeStructures, splitGluedNames } from './gluedNames';
import { typeCourts } from './grounds';
import { joinCompassPlaces, joinLinkedPlaces, joinNaturalFeatures } from './linkedPlaces';
import { joinAreaHeads, joinTownHeads, joinTownInstitutions } from './townHeads';
import { joinRunOpeners } from './runOpeners';
import { splitNamePairs } from './namePairs';
import { joinChannelNumbers } from './channels';
import { joinMilitaryUnits } from './militaryUnits';
import { gaelicPeople } from './gaelicNames';
import { joinCountyNames } from './countyNames';
import { joinFieldsBeforeHeads } from './fieldLists';
import { joinHeadsOf } from './headOfNames';
import { splitOwnedThings } from './ownedThings';
import { typeParticleSurnames } from './particleNames';
import { joinArabicArticles, typePlaceNouns } from './placeNouns';
import { joinTitledPlaces } from './titledPlaces';
import { joinVenueNames } from './venueNames';
import { dropMemberNouns } from './memberNouns';
import { splitPartyMembers } from './partyMembers';
import { extendOrgsLeft, extendOrgsRight, joinAreaServices, joinPlaceBodies } from './orgSpans';
import { joinFirstNames, joinHyphenatedNames, joinInitials, joinParticleNames } from './names';
import { retypeSpans } from './spanTypes';
import { splitAgencyDesks } from './agencyDesks';
import { dropPositionCodes } from './positionCodes';
import { mergePeople, splitPeoplePairs, splitPersonOfBody, splitSpans } from './spanSplits';
import { joinFieldLists, joinFieldPairs, joinLeadingFields, splitForLinks } from './connectorSplits';
import { joinListedPairs, splitCuedPairs } from './pairCues';
import { joinAcronymNames } from './acronymSpans';
import { trimPersonEdges } from './personEdges';
import { splitBodyTitlePerson } from './bodyTitles';
import { trimTrailingLabels } from './factLabels';
import { splitPartyTitles } from './partyEdges';
import { typeDemonymPlaces } from './demonymPlaces';
import { joinHyphenatedFirms, joinNicknames, joinPeerages, joinPossessiveSpans, joinSaintNames, joinThingHeads, splitCoordinatedNames } from './nameEdges';
import type { TaggedSpan } from './tagger';
import type { Token } from './tokens';

/**
 * The steps that mend the tagger's spans, in the order they run, each given the spans the one before returned:
 * cuts where a name cannot go on, people's names joined, clubs, linked towns and natural features made whole.
 * One step per line: add a new one where it belongs in the order.
 */
export const SPAN_STEPS: readonly ((tokens: readonly Token[], spans: readonly TaggedSpan[]) => TaggedSpan[])[] = [
  joinPossessiveSpans,
  dropPositionCodes,
  retypeSpans,
  typeLeaderNouns,
  joinDemonymCompanies,
  splitChiefFromCompany,
  splitPartyMembers,
  splitPersonOfBody,
  typeCountryGivenNames,
  typeStrayGpe,
  typeListedGivenNames,
  joinParticleNames,
  splitSpans,
  splitPeoplePairs,
  splitForLinks,
  joinFieldLists,
  splitCuedPairs,
  splitCoordinatedNames,
  splitNamePairs,
  typeAliasNames,
  typeCreditedPeople,
  joinNicknames,
  joinSaintNames,
  joinThingHeads,
  joinHyphenatedFirms,
  addBasedPlaces,
  joinPeerages,
  joinAbbreviatedNames,
  splitGluedNames,
  typeCourts,
  mergePeople,
  joinFirstNames,
  joinGivenNames,
  joinTitleSurnames,
  joinHyphenatedGivenNames,
  joinInitials,
  joinHyphenatedNames,
  joinClubs,
  joinLinkedPlaces,
  joinTownHeads,
  joinAreaHeads,
  joinNaturalFeatures,
  joinCompassPlaces,
  joinAreaServices,
  joinLeadingFields,
  joinFieldPairs,
  extendOrgsLeft,
  joinRunOpeners,
  extendOrgsRight,
  splitAgencyDesks,
  joinPlaceBodies,
  placeStructures,
  joinTownInstitutions,
  splitPartyTitles,
  splitBodyTitlePerson,
  trimTrailingLabels,
  trimPersonEdges,
  typeDemonymPlaces,
  joinAcronymNames,
  joinListedPairs,
  joinRailLines,
  joinBareInitials,
  addRoadNumbers,
  dropCompassAdjectives,
  dropMemberNouns,
  joinChannelNumbers,
  joinMilitaryUnits,
  joinHeadsOf,
  gaelicPeople,
  joinTitledPlaces,
  joinVenueNames,
  joinCountyNames,
  joinFieldsBeforeHeads,
  joinLondonTermini,
  typePlaceNouns,
  joinArabicArticles,
  typeParticleSurnames,
  splitOwnedThings,
];
