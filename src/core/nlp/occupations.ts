import { lexiconTag } from './engine';

// Nouns in lower case that only a person is: the jobs, trades and standings an apposition gives a name (", a groundsman
// at the stadium", ", a dispatcher for the bus company", ", a retired electrician"). A firm is described by other nouns
// ("a supplier", "the operator", "a lender", "the owner of", "a producer of"), which are left out, and so are the
// nouns both can be ("investor", "trader", "developer", "organiser").

const TRADES = new Set(['dispatcher', 'labourer', 'laborer', 'cleaner', 'caretaker', 'carer', 'caregiver', 'nanny', 'cook',
  'waiter', 'waitress', 'bartender', 'barista', 'butcher', 'baker', 'plumber', 'electrician', 'carpenter', 'joiner', 'bricklayer',
  'mechanic', 'welder', 'docker', 'porter', 'postman', 'postwoman', 'cabbie', 'chauffeur', 'trucker',
  'gardener', 'shepherd', 'crofter', 'beekeeper', 'vet', 'pharmacist', 'dentist', 'optician', 'physiotherapist',
  'therapist', 'counsellor', 'counselor', 'librarian', 'veterinarian', 'parliamentarian', 'professor', 'tutor', 'headteacher',
  'teacher', 'schoolteacher', 'nurse', 'midwife', 'paramedic', 'doctor', 'surgeon', 'consultant', 'physician',
  'firefighter', 'soldier', 'sailor', 'airman', 'officer', 'constable', 'detective', 'sergeant', 'guard',
  'warden', 'ranger', 'steward', 'driver', 'farmer', 'farmworker', 'fisherman', 'fisher', 'shopkeeper',
  'publican', 'landlord', 'landlady', 'tenant', 'homeowner', 'householder', 'lodger', 'commuter', 'passenger', 'motorist',
  'cyclist', 'pedestrian', 'shopper', 'customer', 'patient', 'pupil', 'student', 'graduate', 'undergraduate', 'schoolboy',
  'schoolgirl', 'apprentice', 'intern', 'trainee', 'volunteer', 'pensioner', 'retiree', 'resident', 'villager',
  'neighbour', 'neighbor', 'mother', 'father', 'mum', 'dad', 'grandmother', 'grandfather', 'grandparent', 'widow',
  'widower', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'cousin', 'nephew', 'niece', 'uncle', 'aunt',
  'man', 'woman', 'boy', 'girl', 'teenager', 'toddler', 'child', 'baby', 'youngster', 'veteran', 'survivor', 'victim',
  'witness', 'refugee', 'migrant', 'defendant', 'claimant', 'plaintiff', 'prisoner', 'inmate', 'suspect', 'juror',
  'solicitor', 'barrister', 'lawyer', 'attorney', 'judge', 'magistrate', 'coroner', 'clerk', 'accountant', 'auditor',
  'banker', 'economist', 'entrepreneur', 'businessman', 'businesswoman', 'executive', 'director',
  'co-founder', 'cofounder', 'employee', 'worker', 'staffer', 'colleague', 'secretary', 'receptionist', 'administrator',
  'engineer', 'programmer', 'coder', 'technician', 'scientist', 'researcher', 'academic', 'scholar', 'lecturer', 'expert',
  'analyst', 'strategist', 'adviser', 'advisor', 'aide', 'spokesperson', 'campaigner', 'activist', 'protester', 'protestor',
  'councillor', 'alderman', 'mayor', 'lawmaker', 'legislator', 'senator', 'congressman',
  'congresswoman', 'politician', 'minister', 'diplomat', 'ambassador', 'envoy', 'official', 'bureaucrat',
  'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'photographer', 'presenter', 'broadcaster', 'blogger',
  'influencer', 'podcaster', 'writer', 'novelist', 'poet', 'artist', 'actor', 'actress', 'comedian', 'musician',
  'singer', 'dancer', 'chef', 'priest', 'vicar', 'imam', 'rabbi', 'pastor', 'nun', 'monk', 'bishop', 'chaplain',
  'athlete', 'runner', 'swimmer', 'boxer', 'wrestler', 'golfer', 'jockey', 'trainer', 'referee', 'umpire',
  'captain', 'fan', 'spectator', 'mountaineer', 'climber', 'diver', 'surfer', 'hiker', 'walker', 'tourist',
  'holidaymaker', 'traveller', 'traveler', 'backpacker', 'visitor', 'compatriot', 'countryman', 'countrywoman', 'teammate',
  'team-mate']);

// Compounds and derivations whose ending names a person: "groundsman", "spokeswoman", "chairperson", "economist",
// "technician" (not "human", "list", "twist", "median"; nor "specialist" and "chemist", which firms are called: "Boots,
// the chemist").
const PERSON_ENDING = /^[a-z-]{3,}(?:man|woman|person|ist|ician)$/;
const NOT_PEOPLE = new Set(['human', 'ottoman', 'list', 'twist', 'wrist', 'fist', 'mist', 'gist', 'assist', 'exist', 'insist',
  'persist', 'resist', 'consist', 'subsist', 'whist', 'median', 'meridian', 'specialist', 'chemist']);

/** Whether `lower`, a word in lower case, is a noun only a person is ("dispatcher", "groundsman", "economist"). */
export function isOccupationWord(lower: string): boolean {
  return TRADES.has(lower) || (PERSON_ENDING.test(lower) && !NOT_PEOPLE.has(lower));
}

// Words the lexicon reads as an adjective or a verb before a name are no occupation there: "the communist Warsaw Pact",
// "they suspect Tamil Tiger rebels", "separatist Tamil Tigers" (an "-ist" word counts only when the lexicon knows it as
// a person: "economist").
const NOT_BEFORE_TAGS = new Set(['Adjective', 'Infinitive', 'Verb', 'PresentTense', 'PastTense', 'Gerund']);

/** Whether `lower`, a lower-case word right before a name, is an occupation there ("groundsman Ghulam Mustafa"). */
export function isOccupationBefore(lower: string): boolean {
  if (!isOccupationWord(lower)) return false;
  const tag = lexiconTag(lower);
  return tag === undefined ? !lower.endsWith('ist') : !NOT_BEFORE_TAGS.has(tag);
}
