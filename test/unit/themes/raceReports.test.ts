import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';

// Race reports and a medical trial, written for these tests (issue 10, family 11): a cycling stage, a Grand Prix, a
// horse race and a golf final round use words that vote for policy topics elsewhere (a race, drivers and crashes, a
// summit, a time trial and the race jury, a rider who cracks, the green jersey, the 18th green, a horse that lands a
// race); a clinical trial and cases of a disease are no court's. Beside them, stories where the same words are the
// topic keep it.

const CIVIL_RIGHTS = 2;
const ENVIRONMENT = 7;
const TRANSPORTATION = 10;
const LAW_AND_CRIME = 12;
const INTERNATIONAL = 19;
const PUBLIC_LANDS = 21;
const CULTURE = 23;

const TEXTS: Record<string, string> = {
cycling: [
  ' date 2026-07-18',
  'Ramsauer takes the summit finish as Delacroix cracks on the final climb',
  'Austria\'s Lukas Ramsauer won stage 14 of the race on Saturday, attacking 4km from the summit and riding clear of the group of favourites.',
  'Overnight leader Étienne Delacroix cracked on the last slopes of the climb and lost 1min 12sec, leaving him third overall before Tuesday\'s time trial.',
  'The Dane Mads Holm kept the green jersey after finishing in the peloton, while the race jury fined two riders for taking bottles in the final 20km.',
  '"I suffered on the stage today, but the legs answered," Ramsauer said after his first win in the race.',
].join('\n\n'),
f1: [
  ' date 2026-10-04',
  'Moretti holds off Castellanos to win the Singapore Grand Prix',
  'Luca Moretti converted pole position into victory at the Marina Bay circuit on Sunday, finishing 2.4 seconds ahead of the championship leader Diego Castellanos.',
  'The race was neutralised for six laps after two drivers crashed at turn seven, and Moretti kept his car ahead through the restart.',
  '"The car was perfect and the team called the pit stop at the right moment," Moretti said on the podium.',
  'Castellanos, driving with a damaged front wing for the last 20 laps, leads the drivers\' standings by 18 points with four races left.',
].join('\n\n'),
horses: [
  ' date 2026-11-03',
  'Silver Harbour lands the big race for trainer Moira Keane',
  'Silver Harbour, ridden by the jockey Darragh Quinn, won the two-mile race by a length and a half at Leopardstown on Sunday.',
  'The six-year-old led over the final furlong, with the favourite Northern Ember second and Blue Lantern third in a field of 14 runners.',
  '"He loves this ground and the race went exactly to plan," said Keane, who saddled her first winner at the course in 2019.',
  'Quinn, who rode two winners on the card, said the horse had settled early and quickened when asked at the last. The winning jockey now heads to Cheltenham, where he rides the favourite in the opening handicap next month.',
].join('\n\n'),
golf: [
  ' date 2026-07-20',
  'Okafor holds his nerve to win by a shot on a windswept final day',
  'Nigeria\'s Emeka Okafor closed with a two-under 69 to win by a shot, holing a ten-foot putt for par on the 18th green.',
  'He missed the green at the 16th and made bogey, but birdied the 17th to restore his lead over the Swede Anders Lind.',
  'Lind, who led after three rounds, found the water at the 15th and signed for a 73.',
  'Okafor, 29, had not won on the tour since 2023. He hit only six fairways all day but made the putts that mattered, and finished at eight under par.',
].join('\n\n'),
clinical: [
  ' date 2026-03-11',
  'Blood pressure pill may slow memory loss, trial finds',
  'A cheap blood pressure pill slowed memory loss in older adults by a fifth, according to a trial of 3,000 patients published in a medical journal.',
  'Participants in the trial were given the drug or a placebo for four years, and the researchers found fewer cases of dementia among those taking the pill.',
  'Larger trials are now needed before doctors prescribe it for this use, the study\'s authors said.',
].join('\n\n'),
murder: [
  ' date 2026-03-11',
  'Man goes on trial accused of killing his neighbour',
  'A man has gone on trial at Leeds Crown Court accused of murdering his neighbour after a row over a parking space.',
  'The jury heard that the defendant, 44, denied the charge. The trial is expected to last three weeks, the judge said.',
].join('\n\n'),
roads: [
  ' date 2026-03-11',
  'Drivers face delays after lorry crash closes motorway',
  'Drivers faced long delays on Tuesday after a lorry crashed on the M6, closing two lanes for most of the morning.',
  'Highways officials said cars were diverted through nearby towns while the road was repaired, and rail passengers were warned of crowded trains.',
].join('\n\n'),
racism: [
  ' date 2026-03-11',
  'Report finds race discrimination in hiring persists',
  'Applicants from ethnic minorities still face race discrimination when they apply for jobs, a report by the equality watchdog found.',
  'Campaigners said the findings showed that racism in the workplace had not gone away despite decades of civil rights laws.',
].join('\n\n'),
summit: [
  ' date 2026-03-11',
  'Leaders gather for climate summit in Belém',
  'World leaders arrived in Belém on Monday for a summit on climate finance, with talks expected to run late into the week.',
  'Diplomats said the summit would test whether rich countries keep their pledges to poorer nations.',
].join('\n\n'),
theatre: [
  ' date 2026-03-11',
  'A Doll\'s House review: a bold staging at the Lyceum',
  'Ibsen\'s drama returns to the stage in a production that keeps the audience on edge for two hours.',
  'The director sets the play in a glass box, and the cast rise to it, with a fierce performance at its centre.',
].join('\n\n'),
};

const themesOf = (a: Analysis): string => JSON.stringify(a.themes.map((t) => [t.code, t.evidence.map((e) => e.text)]));
const codes = (name: string): { codes: number[]; seen: string } => {
  const a = analyze(TEXTS[name]);
  return { codes: a.themes.map((t) => t.code), seen: themesOf(a) };
};

describe('words of play in race reports, and clinical trials', () => {
  before(function () {
    this.timeout(120_000);
    analyze('Warm-up: the engine loads here.');
  });

  it('a cycling stage shows no International Affairs, Law and Crime, Environment or Culture', () => {
    const { codes: shown, seen } = codes('cycling');
    for (const code of [INTERNATIONAL, LAW_AND_CRIME, ENVIRONMENT, CULTURE]) assert.ok(!shown.includes(code), seen);
  });

  it('a Grand Prix shows no Transportation', () => {
    const { codes: shown, seen } = codes('f1');
    assert.ok(!shown.includes(TRANSPORTATION), seen);
  });

  it('a horse race shows no Public Lands or Civil Rights, a golf round no Environment', () => {
    const horses = codes('horses');
    for (const code of [PUBLIC_LANDS, CIVIL_RIGHTS]) assert.ok(!horses.codes.includes(code), horses.seen);
    const golf = codes('golf');
    assert.ok(!golf.codes.includes(ENVIRONMENT), golf.seen);
  });

  it('a clinical trial is no court case', () => {
    const { codes: shown, seen } = codes('clinical');
    assert.ok(!shown.includes(LAW_AND_CRIME), seen);
  });

  it('keeps the topic where the words mean it: a murder trial, a motorway crash, race discrimination, a summit, a stage play', () => {
    for (const [name, code] of [['murder', LAW_AND_CRIME], ['roads', TRANSPORTATION], ['racism', CIVIL_RIGHTS],
      ['summit', INTERNATIONAL], ['theatre', CULTURE]] as const) {
      const { codes: shown, seen } = codes(name);
      assert.equal(shown[0], code, `${name}: ${seen}`);
    }
  });
});
