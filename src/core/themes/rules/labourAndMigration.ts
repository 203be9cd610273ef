/** More rules for CAP 5 Labor and 9 Immigration: bargaining, job loss, work rules, migration routes. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const LABOUR_AND_MIGRATION_RULES: readonly ThemeRule[] = [
  { code: 5, subtopic: 504, weight: STRONG, reason: 'collective bargaining and union life', terms: [
    'labor relations', 'union dues', 'union membership', 'union drive', 'union election', 'union vote', 'card check',
    'contract talks', 'contract negotiations', 'tentative agreement', 'tentative contract', 'bargaining unit',
    'labor agreement', 'labor board', 'givebacks', 'union boss', 'shop steward', 'scabs', 'replacement workers',
    'strikebreakers', 'sickout', 'autoworkers', 'steelworkers', 'United Steelworkers', 'mineworkers',
    'United Mine Workers', 'machinists union', 'public-sector unions', 'municipal unions', 'transit union',
    'Transport Workers Union', 'SEIU', 'AFSCME', 'labor federation', 'teachers strike', 'nurses union',
    'pilots union', 'trade unionists', 'labour unions', 'labour union', 'labor leader', 'union officials'] },
  { code: 5, subtopic: 504, weight: MEDIUM, reason: 'disputes at work', terms: [
    'bargaining', 'arbitration', 'arbitrator', 'grievance', 'grievances', 'concessions', 'ratify', 'ratified',
    'walked off the job', 'negotiators for the union'] },
  { code: 5, subtopic: 505, weight: STRONG, reason: 'pay and hours', terms: [
    'wage freeze', 'wage cuts', 'two-tier wages', 'pay equity', 'prevailing wage', 'wage theft', 'unpaid wages',
    'tipped workers', 'fast-food workers', 'warehouse workers', 'retail workers', 'work rules', 'work hours',
    'four-day week', 'forty-hour week', 'labour code', 'labour codes', 'labour reforms', 'labor reform',
    'labour laws', 'bonded labour', 'bonded labor', 'domestic workers', 'informal sector', 'informal workers',
    'unorganised sector', 'employment guarantee', 'MGNREGA', 'exploitation of workers', 'wage board'] },
  { code: 5, subtopic: 500, weight: STRONG, reason: 'jobs lost and sought', terms: [
    'job openings', 'job market', 'job seekers', 'jobseekers', 'job applicants', 'hiring freeze', 'furloughs',
    'furloughed', 'pink slips', 'severance', 'plant closings', 'plant closing', 'factory closings', 'mass layoffs',
    'displaced workers', 'dislocated workers', 'unemployment insurance', 'unemployment benefits', 'jobless benefits',
    'part-time workers', 'temp workers', 'independent contractors', 'freelancers', 'gig workers', 'platform workers',
    'remote work', 'work from home', 'telecommuting', 'flextime', 'employee rights', 'whistleblower protection',
    'noncompete', 'non-compete', 'employment contracts', 'Equal Employment Opportunity Commission', 'EEOC',
    'job discrimination', 'workers\' rights', 'worker rights', 'labor practices', 'labour market', 'labour force',
    'workforce reductions', 'cut jobs', 'eliminate jobs', 'jobs were lost', 'job loss', 'out of work'] },
  { code: 5, subtopic: 501, weight: STRONG, reason: 'injury and illness at work', terms: [
    'occupational disease', 'black lung', 'workplace deaths', 'mine explosion', 'factory fire', 'heat stress',
    'repetitive strain', 'workers comp', 'industrial accident', 'industrial accidents', 'unsafe working conditions'] },
  { code: 5, subtopic: 503, weight: MEDIUM, reason: 'retirement from work', terms: ['early retirement', 'buyouts', 'retirement'] },

  { code: 9, subtopic: 900, weight: STRONG, reason: 'immigration law and enforcement', terms: [
    'immigration law', 'immigration laws', 'immigration reform', 'immigration policy', 'immigration bill',
    'immigration officials', 'immigration judge', 'immigration judges', 'immigration courts', 'immigration enforcement',
    'immigration raids', 'immigration status', 'immigration agents', 'immigration detention', 'immigrant communities',
    'immigrant workers', 'immigrant children', 'unaccompanied minors', 'border agents', 'Customs and Border Protection',
    'CBP', 'border patrol agents', 'migrant caravan', 'asylum claims', 'asylum applications', 'asylum requests',
    'asylum system', 'refugee status', 'refugee resettlement', 'resettlement', 'resettled', 'stateless',
    'statelessness', 'internally displaced', 'displaced people', 'repatriation', 'repatriated', 'deportees',
    'visa overstays', 'overstayed', 'visa waiver', 'travel ban', 'student visas', 'work permit', 'permanent residents',
    'permanent residency', 'legal residents', 'path to citizenship', 'birthright citizenship', 'dual citizenship',
    'citizenship test', 'human trafficking', 'trafficked', 'boat migrants', 'Mediterranean crossings', 'Frontex',
    'Schengen', 'infiltrators', 'Rohingya', 'brain drain', 'nativist', 'nativism', 'immigration quotas',
    'family reunification', 'chain migration', 'visa lottery', 'ICE agents', 'ICE raids', 'migrant workers abroad',
    'migrant crisis', 'refugee crisis', 'influx of refugees', 'influx of migrants', 'illegal entry', 'illegal crossings',
    'asylum-seekers', 'migrant boats', 'people smugglers', 'host countries', 'refugee agency', 'émigrés', 'emigres'] },
  { code: 9, subtopic: 900, weight: MEDIUM, reason: 'people on the move', terms: [
    'displaced', 'rafters', 'caravan', 'diaspora', 'expatriates', 'remittances', 'returnees', 'English-only',
    'Rio Grande', 'border towns', 'coyotes', 'newly arrived', 'settle in', 'homeland'] },
  { code: 9, subtopic: 900, weight: WEAK, reason: 'origins', terms: ['Salvadoran', 'Guatemalan', 'Honduran', 'Dominican', 'Somalis', 'Syrian refugees'] },
];
