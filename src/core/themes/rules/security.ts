/** Rules for CAP 12 Law and Crime and 16 Defense. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const SECURITY_RULES: readonly ThemeRule[] = [
  // 12 Law and Crime
  { code: 12, subtopic: 1200, weight: STRONG, reason: 'crime and criminal justice', terms: [
    'crime', 'crimes', 'criminal', 'criminals', 'murder', 'murders', 'murdered', 'murderer', 'homicide', 'homicides',
    'shooting', 'shootings', 'gunman', 'gunmen', 'shot dead', 'killer', 'killers', 'serial killer', 'robbery',
    'robberies', 'burglary', 'burglaries', 'theft', 'thefts', 'assaulted', 'rape', 'raped', 'rapist', 'kidnapping',
    'kidnapped', 'kidnappers', 'abduction', 'abducted', 'manslaughter', 'violent crime', 'crime rate', 'crime rates',
    'criminal justice', 'criminal justice system', 'district attorney', 'plea bargain', 'manhunt', 'forensic',
    'DNA evidence', 'defense lawyer', 'defense lawyers', 'defense attorney', 'defense attorneys', 'crime scene',
    'victims of crime', 'crime victims', 'stabbing', 'stabbed', 'mugging', 'carjacking', 'arson', 'vandalism',
    'looting', 'extortion', 'hate crime law', 'organized crime', 'mobsters', 'gang members', 'gang violence',
    'crime family'] },
  { code: 12, subtopic: 1200, weight: MEDIUM, reason: 'crime and criminal justice (less specific)', terms: [
    'indicted', 'indictment', 'indictments', 'charged with', 'prosecutor', 'prosecutors', 'prosecution',
    'prosecuted', 'trial', 'trials', 'jury', 'juries', 'juror', 'jurors', 'verdict', 'verdicts', 'convicted',
    'conviction', 'convictions', 'acquitted', 'acquittal', 'sentenced', 'pleaded guilty', 'pleaded not guilty',
    'courtroom', 'defendant', 'defendants'] },
  { code: 12, subtopic: 1200, weight: MEDIUM, reason: 'crime and criminal justice (less specific)', terms: [
    'stolen', 'assault', 'arrest', 'arrests', 'arrested', 'suspect', 'suspects', 'detective', 'detectives',
    'fugitive', 'fugitives', 'bail', 'Mafia', 'mob', 'gang', 'gangs'] },
  { code: 12, subtopic: 1200, weight: WEAK, reason: 'crime and criminal justice (less specific) (ambiguous)', terms: [
    'guilty', 'investigators', 'warrant', 'testimony', 'testified', 'witness', 'witnesses'] },
  { code: 12, subtopic: 1200, weight: MEDIUM, reason: 'legal proceedings', terms: [
    'convict', 'violence', 'killing', 'killings'] },
  { code: 12, subtopic: 1200, weight: WEAK, reason: 'legal proceedings (ambiguous)', terms: [
    'charges', 'charged', 'accused', 'alleged', 'allegedly', 'victim', 'victims', 'lawsuit', 'lawsuits', 'sued',
    'sue', 'suing', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'litigation', 'illegal', 'illegally', 'unlawful',
    'ruling', 'ruled', 'justice', 'judicial', 'investigation', 'probe'] },
  { code: 12, subtopic: 1200, weight: WEAK, reason: 'legal proceedings (ambiguous)', terms: [
    'legal', 'law', 'laws', 'appeal', 'appeals', 'settlement', 'damages', 'case', 'cases', 'dead', 'body', 'bodies',
    'death'] },
  { code: 12, subtopic: 1201, weight: STRONG, reason: 'law enforcement agencies', terms: [
    'FBI', 'Federal Bureau of Investigation', 'Bureau of Alcohol, Tobacco and Firearms', 'U.S. Marshals',
    'Scotland Yard', 'Interpol', 'Central Bureau of Investigation', 'National Investigation Agency',
    'law enforcement agencies', 'federal agents'] },
  { code: 12, subtopic: 1201, weight: MEDIUM, reason: 'law enforcement agencies (less specific)', terms: [
    'Justice Department', 'Department of Justice', 'Attorney General', 'attorney general'] },
  { code: 12, subtopic: 1201, weight: MEDIUM, reason: 'law enforcement agencies (less specific)', terms: [
    'ATF', 'Secret Service', 'CBI'] },
  { code: 12, subtopic: 1201, weight: WEAK, reason: 'law enforcement agencies (ambiguous)', terms: ['agents'] },
  { code: 12, subtopic: 1202, weight: STRONG, reason: 'white collar and organised crime', terms: [
    'fraud', 'frauds', 'fraudulent', 'money laundering', 'embezzlement', 'embezzled', 'bribery', 'bribe',
    'kickbacks', 'racketeering', 'securities fraud', 'accounting fraud', 'Ponzi scheme', 'white-collar crime',
    'insider trading case', 'corruption charges', 'counterfeiting', 'forgery', 'scheme to defraud', 'defrauded',
    'defraud', 'swindle', 'swindled', 'Enforcement Directorate'] },
  { code: 12, subtopic: 1202, weight: MEDIUM, reason: 'white collar and organised crime (less specific)', terms: [
    'laundering', 'bribes', 'counterfeit'] },
  { code: 12, subtopic: 1203, weight: STRONG, reason: 'illegal drugs', terms: [
    'illegal drugs', 'drug trafficking', 'drug traffickers', 'drug dealers', 'drug dealer', 'drug dealing',
    'drug trade', 'drug cartel', 'drug cartels', 'drug lord', 'drug lords', 'drug smuggling', 'drug smugglers',
    'drug war', 'war on drugs', 'drug czar', 'narcotics', 'cocaine', 'heroin', 'crack cocaine', 'methamphetamine',
    'fentanyl', 'Drug Enforcement Administration', 'DEA', 'drug raid', 'drug arrests', 'drug charges', 'drug ring',
    'drug money', 'drug laws', 'drug policy', 'legalization of marijuana', 'medical marijuana'] },
  { code: 12, subtopic: 1203, weight: MEDIUM, reason: 'illegal drugs (less specific)', terms: [
    'crack', 'marijuana', 'meth', 'cannabis', 'narco', 'opium', 'poppy'] },
  { code: 12, subtopic: 1204, weight: STRONG, reason: 'courts and judges', terms: ['court system'] },
  { code: 12, subtopic: 1204, weight: MEDIUM, reason: 'courts and judges (less specific)', terms: [
    'appeals court', 'federal court', 'federal judge', 'district court', 'circuit court', 'court ruling',
    'court rulings', 'court order', 'court orders', 'court case'] },
  { code: 12, subtopic: 1204, weight: MEDIUM, reason: 'courts and judges (less specific)', terms: [
    'chief justice', 'judiciary', 'magistrate'] },
  { code: 12, subtopic: 1204, weight: WEAK, reason: 'courts and judges (less specific) (ambiguous)', terms: [
    'court', 'courts', 'judge', 'judges', 'Supreme Court', 'high court', 'justices', 'tribunal'] },
  { code: 12, subtopic: 1205, weight: STRONG, reason: 'prisons', terms: [
    'prison', 'prisons', 'inmate', 'inmates', 'jail', 'jails', 'jailed', 'imprisoned', 'imprisonment',
    'prison sentence', 'parole', 'paroled', 'prison guards', 'correctional', 'incarceration', 'incarcerated',
    'penitentiary', 'prison population', 'behind bars', 'life sentence', 'solitary confinement'] },
  { code: 12, subtopic: 1205, weight: MEDIUM, reason: 'prisons (less specific)', terms: [
    'probation', 'prisoner', 'prisoners'] },
  { code: 12, subtopic: 1205, weight: WEAK, reason: 'prisons (less specific) (ambiguous)', terms: ['custody'] },
  { code: 12, subtopic: 1206, weight: STRONG, reason: 'juvenile crime', terms: [
    'juvenile justice', 'juvenile crime', 'juvenile offenders', 'youth violence', 'teenage crime', 'youth crime',
    'delinquency', 'juvenile court', 'school shooting', 'school shootings'] },
  { code: 12, subtopic: 1206, weight: MEDIUM, reason: 'juvenile crime (less specific)', terms: [
    'juvenile', 'juveniles'] },
  { code: 12, subtopic: 1207, weight: STRONG, reason: 'child abuse', terms: [
    'child abuse', 'child pornography', 'sexual abuse', 'sexually abused', 'molestation', 'molested', 'pedophile',
    'pedophiles', 'abused children', 'child molester', 'child molesters', 'sex offenders', 'sex offender',
    'child sex abuse', 'child exploitation', 'missing children', 'child welfare'] },
  { code: 12, subtopic: 1207, weight: WEAK, reason: 'child abuse (less specific) (ambiguous)', terms: ['abuse'] },
  { code: 12, subtopic: 1208, weight: STRONG, reason: 'family issues and domestic violence', terms: [
    'domestic violence', 'spouse abuse', 'battered women', 'domestic abuse', 'child support', 'custody battle',
    'child custody', 'restraining order', 'family court'] },
  { code: 12, subtopic: 1208, weight: MEDIUM, reason: 'family issues and domestic violence (less specific)', terms: [
    'divorce', 'divorces', 'marital', 'dowry'] },
  { code: 12, subtopic: 1209, weight: STRONG, reason: 'police and weapons control', terms: [
    'police', 'policeman', 'policemen', 'police officer', 'police officers', 'cops', 'cop', 'sheriff', 'sheriffs',
    'law enforcement', 'police department', 'police chief', 'police commissioner', 'police brutality',
    'police misconduct', 'police force', 'state police', 'troopers', 'gun control', 'guns', 'gun', 'handgun',
    'handguns', 'assault weapons', 'Brady bill', 'NRA', 'National Rifle Association', 'firearms', 'firearm',
    'gun owners', 'gun laws', 'gun violence', 'gun lobby', 'gun sales', 'Second Amendment', 'right to bear arms',
    'ammunition sales', 'gun show', 'concealed weapons'] },
  { code: 12, subtopic: 1209, weight: MEDIUM, reason: 'police and weapons control (less specific)', terms: [
    'background checks'] },
  { code: 12, subtopic: 1209, weight: MEDIUM, reason: 'police and weapons control (less specific)', terms: [
    'rifle', 'rifles', 'pistol', 'pistols', 'shotgun'] },
  { code: 12, subtopic: 1210, weight: STRONG, reason: 'criminal and civil code', terms: [
    'death penalty', 'capital punishment', 'death row', 'lethal injection', 'crime bill', 'three strikes',
    'mandatory sentencing', 'mandatory minimum', 'sentencing guidelines', 'search warrant', 'search warrants',
    'penal code', 'criminal code', 'tort reform', 'class action', 'class-action', 'punitive damages',
    'statute of limitations', 'civil suit', 'civil suits', 'sex crimes', 'habeas corpus', 'exclusionary rule',
    'legal system', 'criminal law'] },
  { code: 12, subtopic: 1210, weight: MEDIUM, reason: 'criminal and civil code (less specific)', terms: [
    'execution', 'executions', 'executed', 'sentencing', 'Miranda'] },
  { code: 12, subtopic: 1211, weight: STRONG, reason: 'riots and crime prevention', terms: [
    'rioting', 'rioters', 'crime prevention', 'crime fighting', 'crackdown on crime', 'neighborhood watch',
    'community policing', 'tough on crime', 'anti-crime'] },
  { code: 12, subtopic: 1211, weight: MEDIUM, reason: 'riots and crime prevention (less specific)', terms: [
    'riot', 'riots', 'curfew', 'unrest'] },

  // 16 Defense
  { code: 16, subtopic: 1600, weight: STRONG, reason: 'defence and the military', terms: [
    'military', 'militarily', 'defense', 'defence', 'Pentagon', 'armed forces', 'army', 'armies', 'navy', 'naval',
    'air force', 'Marine Corps', 'marines', 'troops', 'troop', 'soldier', 'soldiers', 'defense secretary',
    'Secretary of Defense', 'Defense Secretary', 'Defense Department', 'Department of Defense', 'defence minister',
    'defense minister', 'defence ministry', 'defense ministry', 'Joint Chiefs', 'Joint Chiefs of Staff',
    'national security', 'military strategy', 'war', 'wars', 'wartime', 'combat', 'invasion', 'invade', 'invaded',
    'airstrike', 'airstrikes', 'air strike', 'air strikes', 'bombing raid', 'bombing raids', 'missile', 'missiles',
    'warplanes', 'warplane', 'fighter jets', 'warship', 'warships', 'aircraft carrier', 'aircraft carriers',
    'submarine', 'submarines', 'weapons', 'weaponry', 'ammunition', 'military base', 'military bases', 'battalion',
    'brigade', 'division commander', 'infantry', 'artillery', 'paratroopers', 'special forces', 'military officials',
    'military leaders', 'military action', 'military force', 'use of force', 'defense policy', 'security dialogue',
    'security cooperation', 'defense cooperation', 'defence cooperation', 'military cooperation', 'defense ties',
    'defence ties', 'military exercises', 'joint exercises', 'naval exercises', 'war games', 'military drills',
    'battlefield', 'firefight', 'ceasefire violations', 'drone strike', 'drone strikes', 'military junta',
    'chief of staff of the army', 'army chief', 'security forces', 'gunships', 'helicopter gunships', 'bombers',
    'bomber', 'fighter planes', 'maritime security', 'national defense', 'national defence', 'DRDO'] },
  { code: 16, subtopic: 1600, weight: MEDIUM, reason: 'defence and the military (less specific)', terms: [
    'weapon', 'arms', 'deployment', 'deployments', 'deploy', 'deployed', 'commander', 'commanders', 'generals',
    'armed', 'shelling', 'drones', 'tanks', 'tank', 'hawks', 'hawkish', 'strategic', 'security interests',
    'military power', 'military might', 'military presence', 'muscle-flexing'] },
  { code: 16, subtopic: 1600, weight: MEDIUM, reason: 'security and fighting', terms: [
    'security', 'fighting', 'attack', 'attacks', 'forces', 'casualties', 'bombing', 'bombings', 'bombs', 'bomb',
    'militants', 'militant', 'insurgents', 'insurgent', 'rebels', 'rebel', 'guerrillas', 'guerrilla', 'fighters',
    'clashes', 'hostilities'] },
  { code: 16, subtopic: 1600, weight: WEAK, reason: 'security and fighting (ambiguous)', terms: [
    'battle', 'battles', 'attacked', 'force', 'killed', 'offensive', 'retreat', 'conflict', 'conflicts', 'enemy',
    'officers', 'veteran'] },
  { code: 16, subtopic: 1602, weight: STRONG, reason: 'alliances', terms: [
    'NATO', 'nato', 'North Atlantic Treaty Organization', 'Quadrilateral Security Dialogue', 'Warsaw Pact',
    'NATO expansion', 'military alliance', 'security alliance', 'security pact', 'defense pact', 'mutual defense',
    'AUKUS', 'SEATO'] },
  { code: 16, subtopic: 1602, weight: MEDIUM, reason: 'alliances (less specific)', terms: [
    'alliance', 'alliances', 'allies', 'allied', 'Quad'] },
  { code: 16, subtopic: 1603, weight: STRONG, reason: 'intelligence', terms: [
    'CIA', 'Central Intelligence Agency', 'intelligence agency', 'intelligence agencies', 'spies', 'espionage',
    'NSA', 'National Security Agency', 'intelligence officials', 'intelligence reports', 'intelligence community',
    'covert action', 'counterintelligence', 'director of central intelligence', 'spy satellites', 'MI6'] },
  { code: 16, subtopic: 1603, weight: MEDIUM, reason: 'intelligence (less specific)', terms: ['spying'] },
  { code: 16, subtopic: 1603, weight: MEDIUM, reason: 'intelligence (less specific)', terms: [
    'intelligence', 'spy', 'covert', 'KGB', 'Mossad', 'RAW', 'ISI'] },
  { code: 16, subtopic: 1603, weight: WEAK, reason: 'intelligence (less specific) (ambiguous)', terms: [
    'surveillance'] },
  { code: 16, subtopic: 1604, weight: STRONG, reason: 'military readiness', terms: [
    'military readiness', 'combat readiness', 'military training'] },
  { code: 16, subtopic: 1604, weight: MEDIUM, reason: 'military readiness (less specific)', terms: ['readiness'] },
  { code: 16, subtopic: 1605, weight: STRONG, reason: 'nuclear weapons and arms control', terms: [
    'nuclear weapons', 'nuclear weapon', 'nuclear arms', 'nuclear warheads', 'warheads', 'warhead', 'nuclear test',
    'nuclear tests', 'nuclear testing', 'arms control', 'disarmament', 'nonproliferation', 'non-proliferation',
    'Nonproliferation Treaty', 'NPT', 'ballistic missile', 'ballistic missiles', 'missile defense',
    'missile defence', 'missile shield', 'ICBM', 'ICBMs', 'uranium enrichment', 'enriched uranium', 'plutonium',
    'weapons of mass destruction', 'chemical weapons', 'biological weapons', 'weapons inspectors', 'arms race',
    'test ban', 'Comprehensive Test Ban Treaty', 'nuclear program', 'nuclear programme', 'nuclear arsenal',
    'nuclear arsenals', 'START treaty', 'arms treaty', 'arms reduction', 'nuclear deal', 'nuclear bomb',
    'atomic bomb', 'nuclear-armed', 'Strategic Defense Initiative', 'antimissile', 'nerve gas', 'bioterrorism'] },
  { code: 16, subtopic: 1605, weight: MEDIUM, reason: 'nuclear weapons and arms control (less specific)', terms: [
    'nuclear', 'Star Wars', 'anthrax'] },
  { code: 16, subtopic: 1606, weight: STRONG, reason: 'military aid and arms sales', terms: [
    'military aid', 'arms sales', 'weapons sales', 'arms deal', 'arms deals', 'arms exports', 'military assistance',
    'arms embargo', 'arms shipments', 'arms supplies', 'weapons deliveries', 'defense deal', 'defence deal',
    'arms trade', 'arms dealer', 'arms dealers', 'arms smuggling'] },
  { code: 16, subtopic: 1608, weight: STRONG, reason: 'military personnel', terms: [
    'military personnel', 'enlistment', 'conscription', 'military pay', 'veterans', 'Veterans Affairs',
    'Department of Veterans Affairs', 'VA hospitals', 'G.I.', 'GIs', 'servicemen', 'servicemembers',
    'service members', 'military families', 'court-martial', 'courts-martial', 'military justice',
    'women in the military', 'gays in the military', 'don\'t ask', 'military academy', 'West Point', 'Naval Academy',
    'airmen', 'officer corps', 'military recruiters', 'military pensions', 'one rank one pension'] },
  { code: 16, subtopic: 1608, weight: MEDIUM, reason: 'military personnel (less specific)', terms: [
    'recruits', 'recruiting', 'sailors'] },
  { code: 16, subtopic: 1608, weight: WEAK, reason: 'military personnel (ambiguous)', terms: ['draft'] },
  { code: 16, subtopic: 1610, weight: STRONG, reason: 'weapons procurement and military spending', terms: [
    'weapons systems', 'weapons system', 'fighter jet', 'B-2', 'F-22', 'F-35', 'stealth bomber', 'defense contract',
    'defense contracts', 'Pentagon budget', 'military spending', 'defense spending', 'defence spending',
    'defense budget', 'defence budget', 'military budget', 'military hardware', 'jet fighters', 'military equipment',
    'defense procurement', 'defence procurement', 'military modernization', 'defence production', 'defense industry',
    'defence industry'] },
  { code: 16, subtopic: 1610, weight: MEDIUM, reason: 'weapons procurement and military spending (less specific)', terms: [
    'stealth', 'procurement', 'Rafale', 'Osprey'] },
  { code: 16, subtopic: 1611, weight: STRONG, reason: 'military installations', terms: [
    'base closing', 'base closings', 'base closures', 'military installations', 'naval base', 'air base',
    'air bases', 'Guantanamo Bay naval base', 'army base'] },
  { code: 16, subtopic: 1611, weight: WEAK, reason: 'military installations (ambiguous)', terms: ['Fort'] },
  { code: 16, subtopic: 1612, weight: STRONG, reason: 'reserve forces', terms: [
    'National Guard', 'reservists', 'reserve forces', 'Guard units', 'guardsmen'] },
  { code: 16, subtopic: 1615, weight: STRONG, reason: 'civil defence and homeland security', terms: [
    'homeland security', 'Department of Homeland Security', 'Homeland Security Department', 'civil defense',
    'terror alert', 'counterterrorism', 'counter-terrorism', 'Patriot Act', 'terror threat', 'airport security',
    'Transportation Security Administration', 'TSA', 'biodefense', 'color-coded alert', 'terrorist threat',
    'terror watch list', 'no-fly list'] },
  { code: 16, subtopic: 1615, weight: MEDIUM, reason: 'civil defence and homeland security (less specific)', terms: [
    'security threat', 'security measures', 'emergency preparedness', 'first responders', 'heightened security',
    'security alert'] },
  { code: 16, subtopic: 1617, weight: STRONG, reason: 'defence contractors', terms: [
    'defense contractor', 'defense contractors', 'military contractors', 'military contractor', 'Halliburton',
    'Lockheed Martin', 'Boeing defense', 'Raytheon', 'Northrop Grumman', 'private security contractors',
    'Blackwater', 'contractors in Iraq'] },
  { code: 16, subtopic: 1617, weight: MEDIUM, reason: 'defence contractors (less specific)', terms: [
    'Lockheed', 'General Dynamics'] },
  { code: 16, subtopic: 1619, weight: STRONG, reason: 'war and foreign military operations', terms: [
    'war in Iraq', 'Iraq war', 'Iraq War', 'Persian Gulf war', 'Gulf War', 'Afghanistan war', 'war in Afghanistan',
    'insurgency', 'military operation', 'military operations', 'ground troops', 'ground war', 'military campaign',
    'troop withdrawal', 'withdrawal of troops', 'troop levels', 'troop buildup', 'prisoners of war', 'POW', 'POWs',
    'Abu Ghraib', 'enemy combatants', 'killed in action', 'peacekeeping troops', 'peacekeeping force',
    'bombing campaign', 'air war', 'air campaign', 'Operation Desert Storm', 'Desert Storm', 'no-fly zone',
    'no-flight zone', 'military intervention', 'war crimes trial', 'Vietnam War', 'Korean War', 'World War II',
    'World War', 'Kosovo Liberation Army', 'roadside bomb', 'roadside bombs', 'IED', 'IEDs', 'car bomb', 'car bombs',
    'war zone', 'military strikes', 'military strike', 'counteroffensive'] },
  { code: 16, subtopic: 1619, weight: MEDIUM, reason: 'war and foreign military operations (less specific)', terms: [
    'occupation', 'surge', 'Guantanamo', 'detainees', 'detainee', 'peacekeeping', 'peacekeepers', 'Taliban',
    'Islamic State', 'ISIS', 'ISIL', 'jihadist', 'jihadists', 'Fallujah', 'Baghdad', 'Kabul', 'Kandahar', 'Mosul',
    'Basra', 'Green Zone', 'frontline', 'front line', 'front lines', 'annexation', 'Donbas'] },
  { code: 16, subtopic: 1620, weight: STRONG, reason: 'claims against the military', terms: [
    'Agent Orange', 'Gulf War syndrome', 'Gulf War illness'] },
  { code: 16, weight: WEAK, reason: 'uniforms and rank', terms: [
    'colonel', 'sergeant', 'lieutenant', 'captain', 'admiral', 'major general', 'Gen.', 'Lt.', 'Col.', 'Sgt.'] },
];
