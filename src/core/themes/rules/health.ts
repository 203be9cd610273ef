/** Rules for CAP 3 Health and 6 Education. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const HEALTH_RULES: readonly ThemeRule[] = [
  // 3 Health
  { code: 3, subtopic: 300, weight: STRONG, reason: 'health and medicine', terms: [
    'health', 'health care', 'healthcare', 'health system', 'public health', 'medical', 'medicine', 'medicines',
    'doctor', 'doctors', 'physician', 'physicians', 'patient', 'patients', 'medical care', 'surgery', 'surgeon',
    'surgeons', 'surgical', 'Surgeon General', 'health officials', 'health department', 'Health Ministry',
    'health minister', 'Department of Health and Human Services', 'Health and Human Services', 'HHS',
    'health experts', 'life expectancy', 'mortality rate', 'medical treatment', 'therapies', 'diagnosis',
    'diagnosed', 'symptoms', 'health problems', 'health risks', 'health risk', 'health hazard', 'health crisis',
    'illness', 'illnesses', 'medical experts', 'World Health Organization', 'WHO', 'organ transplant',
    'organ transplants', 'organ donors', 'blood supply', 'blood transfusions', 'emergency room', 'emergency rooms',
    'medical devices', 'medical device', 'generic drugs', 'genetic testing', 'health workers', 'healthcare workers',
    'health care workers', 'pharmacy', 'pharmacies', 'pharmacist', 'health costs', 'medical costs',
    'health care costs', 'medical bills', 'obesity', 'health services', 'ventilators', 'mask mandates',
    'intensive care'] },
  { code: 3, subtopic: 300, weight: MEDIUM, reason: 'health and medicine (less specific)', terms: [
    'treatment', 'treatments', 'therapy', 'sick', 'ill', 'healthy', 'cure', 'cures', 'transplant', 'ambulance',
    'ambulances', 'nutrition', 'diet', 'diets', 'wellness', 'hygiene', 'masks', 'ICU'] },
  { code: 3, subtopic: 301, weight: STRONG, reason: 'health care reform', terms: [
    'health care reform', 'health reform', 'health care overhaul', 'universal health care', 'universal coverage',
    'single payer', 'single-payer', 'Obamacare', 'Affordable Care Act', 'health care plan', 'health plan',
    'health care bill', 'health care system', 'national health insurance', 'health care legislation',
    'patients\' bill of rights', 'patients\' rights', 'public option', 'National Health Service', 'NHS'] },
  { code: 3, subtopic: 302, weight: STRONG, reason: 'health insurance', terms: [
    'health insurance', 'health insurers', 'uninsured', 'HMO', 'HMOs', 'managed care',
    'health maintenance organizations', 'health plans', 'insurance coverage', 'health coverage', 'copayments',
    'Blue Cross', 'health insurance premiums'] },
  { code: 3, subtopic: 302, weight: MEDIUM, reason: 'health insurance (less specific)', terms: [
    'premiums', 'deductibles'] },
  { code: 3, subtopic: 321, weight: STRONG, reason: 'drug industry and regulation', terms: [
    'drug companies', 'drug company', 'pharmaceutical', 'pharmaceuticals', 'pharmaceutical industry',
    'pharmaceutical companies', 'drugmakers', 'drugmaker', 'drug makers', 'drug maker',
    'Food and Drug Administration', 'FDA', 'drug approval', 'drug safety', 'approved the drug', 'side effects',
    'prescriptions', 'vaccine makers', 'medication', 'medications', 'antibiotics', 'painkillers',
    'dietary supplements'] },
  { code: 3, subtopic: 321, weight: MEDIUM, reason: 'drug industry and regulation (less specific)', terms: [
    'prescription', 'drug', 'drugs', 'biotech', 'biotechnology'] },
  { code: 3, subtopic: 321, weight: WEAK, reason: 'drug industry and regulation (ambiguous)', terms: ['supplements'] },
  { code: 3, subtopic: 322, weight: STRONG, reason: 'health facilities', terms: [
    'hospital', 'hospitals', 'hospitalized', 'clinic', 'clinics', 'medical center', 'medical centers',
    'teaching hospitals', 'health centers', 'health centres', 'hospital beds', 'trauma center', 'public hospitals',
    'health facilities'] },
  { code: 3, subtopic: 322, weight: MEDIUM, reason: 'health facilities (less specific)', terms: ['nursing'] },
  { code: 3, subtopic: 323, weight: STRONG, reason: 'Medicare and public insurance', terms: [
    'Medicare', 'Medicaid', 'Medicare recipients', 'Medicare beneficiaries', 'Medicare reform', 'Medicare program',
    'medical reimbursement', 'Ayushman Bharat'] },
  { code: 3, subtopic: 323, weight: MEDIUM, reason: 'Medicare and public insurance (less specific)', terms: [
    'reimbursements'] },
  { code: 3, subtopic: 324, weight: STRONG, reason: 'medical liability', terms: [
    'malpractice', 'medical malpractice', 'medical errors', 'malpractice suits', 'malpractice insurance',
    'medical negligence'] },
  { code: 3, subtopic: 325, weight: STRONG, reason: 'health workforce', terms: [
    'nurse', 'nurses', 'medical school', 'medical schools', 'medical students', 'shortage of doctors',
    'shortage of nurses', 'paramedics', 'midwives'] },
  { code: 3, subtopic: 331, weight: STRONG, reason: 'disease prevention', terms: [
    'disease', 'diseases', 'epidemic', 'epidemics', 'pandemic', 'pandemics', 'virus', 'viruses', 'infection',
    'infections', 'infectious', 'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'vaccinated', 'immunization',
    'immunizations', 'COVID', 'COVID-19', 'coronavirus', 'SARS', 'flu', 'influenza', 'bird flu', 'swine flu', 'HIV',
    'AIDS', 'aids', 'AIDS virus', 'cancer', 'cancers', 'breast cancer', 'prostate cancer', 'lung cancer',
    'heart disease', 'heart attack', 'heart attacks', 'diabetes', 'Alzheimer', 'Alzheimer\'s', 'malaria',
    'tuberculosis', 'Ebola', 'polio', 'measles', 'smallpox', 'hepatitis', 'cholera', 'dengue', 'Zika', 'West Nile',
    'Centers for Disease Control', 'CDC', 'National Institutes of Health', 'NIH', 'contagious', 'mammograms',
    'cholesterol', 'blood pressure', 'asthma', 'autism', 'Parkinson', 'tumor', 'tumors', 'leukemia', 'chemotherapy',
    'death rate', 'deaths from', 'pathogen', 'pathogens', 'antibodies', 'social distancing', 'herd immunity',
    'booster shots', 'mpox', 'monkeypox'] },
  { code: 3, subtopic: 331, weight: MEDIUM, reason: 'disease prevention (less specific)', terms: [
    'infected', 'stroke', 'strokes', 'outbreak', 'outbreaks', 'quarantine', 'lockdown', 'lockdowns', 'screening',
    'mortality'] },
  { code: 3, subtopic: 332, weight: STRONG, reason: 'infants and children', terms: [
    'infant mortality', 'children\'s health', 'pediatric', 'pediatrics', 'pediatrician', 'pediatricians', 'prenatal',
    'prenatal care', 'newborns', 'newborn', 'infants', 'infant', 'premature babies', 'birth defects',
    'sudden infant death', 'teen pregnancy', 'teenage pregnancy', 'childhood obesity', 'maternal health'] },
  { code: 3, subtopic: 332, weight: MEDIUM, reason: 'infants and children (less specific)', terms: ['babies'] },
  { code: 3, subtopic: 333, weight: STRONG, reason: 'mental health', terms: [
    'mental health', 'mental illness', 'mentally ill', 'psychiatric', 'psychiatrist', 'psychiatrists',
    'schizophrenia', 'suicide rate', 'mental hospitals', 'psychologists', 'eating disorders',
    'post-traumatic stress'] },
  { code: 3, subtopic: 333, weight: MEDIUM, reason: 'mental health (less specific)', terms: [
    'depression', 'suicide', 'suicides', 'anxiety'] },
  { code: 3, subtopic: 334, weight: STRONG, reason: 'long-term care', terms: [
    'nursing home', 'nursing homes', 'long-term care', 'assisted living', 'home care', 'hospice', 'caregivers',
    'elder care'] },
  { code: 3, subtopic: 335, weight: STRONG, reason: 'prescription drug costs', terms: [
    'prescription drug', 'prescription drugs', 'drug prices', 'drug costs', 'drug coverage', 'drug benefit',
    'prescription drug benefit', 'prescription drug coverage', 'price of drugs', 'cost of drugs'] },
  { code: 3, subtopic: 341, weight: STRONG, reason: 'tobacco', terms: [
    'tobacco', 'cigarette', 'cigarettes', 'smoking', 'smokers', 'smoker', 'nicotine', 'tobacco companies',
    'tobacco industry', 'secondhand smoke', 'cigars', 'vaping', 'e-cigarettes', 'Philip Morris', 'anti-smoking'] },
  { code: 3, subtopic: 342, weight: STRONG, reason: 'alcohol and drug abuse', terms: [
    'alcohol', 'alcoholism', 'alcoholics', 'drug abuse', 'addiction', 'addicts', 'addicted', 'drug treatment',
    'overdose', 'overdoses', 'opioid', 'opioids', 'binge drinking', 'substance abuse', 'methadone', 'drug addicts',
    'drug users', 'needle exchange'] },
  { code: 3, subtopic: 342, weight: MEDIUM, reason: 'alcohol and drug abuse (less specific)', terms: [
    'drunk', 'rehab', 'rehabilitation'] },
  { code: 3, subtopic: 342, weight: WEAK, reason: 'alcohol and drug abuse (ambiguous)', terms: ['drinking'] },
  { code: 3, subtopic: 398, weight: STRONG, reason: 'medical research', terms: [
    'medical research', 'clinical trial', 'clinical trials', 'stem cell', 'stem cells', 'stem cell research',
    'embryonic stem cells', 'gene therapy', 'cancer research', 'AIDS research', 'medical study', 'medical journal',
    'New England Journal of Medicine', 'epidemiologists', 'epidemiologist'] },
  { code: 3, subtopic: 398, weight: MEDIUM, reason: 'medical research (less specific)', terms: [
    'Lancet', 'researchers found', 'study found'] },
  { code: 3, weight: WEAK, reason: 'bodies and care', terms: [
    'care', 'died of', 'blood', 'heart', 'brain', 'babies born', 'pregnant', 'pregnancy', 'births'] },

  // 6 Education
  { code: 6, subtopic: 600, weight: STRONG, reason: 'education', terms: [
    'education', 'educational', 'educators', 'educator', 'school', 'schools', 'schooling', 'student', 'students',
    'teacher', 'teachers', 'classroom', 'classrooms', 'pupils', 'curriculum', 'curricula', 'textbook', 'textbooks',
    'Department of Education', 'Education Department', 'Education Secretary', 'education minister',
    'education ministry', 'education reform', 'education policy', 'education spending', 'literacy', 'illiteracy',
    'school year', 'teachers union', 'teachers unions', 'school funding', 'school system', 'school systems',
    'school board', 'school boards', 'school district', 'school districts', 'superintendent', 'school principal',
    'homework', 'National Education Policy', 'edtech', 'e-learning', 'online learning'] },
  { code: 6, subtopic: 600, weight: MEDIUM, reason: 'education (less specific)', terms: [
    'teaching', 'learning', 'principals', 'exams', 'examinations', 'graduates', 'graduation', 'enrollment',
    'academic'] },
  { code: 6, subtopic: 600, weight: WEAK, reason: 'education (ambiguous)', terms: ['grade', 'grades'] },
  { code: 6, subtopic: 601, weight: STRONG, reason: 'higher education', terms: [
    'college', 'colleges', 'university', 'universities', 'campus', 'campuses', 'undergraduate', 'undergraduates',
    'graduate students', 'graduate school', 'professor', 'professors', 'higher education', 'student loans',
    'student loan', 'financial aid', 'Pell grants', 'Pell grant', 'scholarships', 'college admissions', 'tuition',
    'tuition fees', 'college students', 'university students', 'community college', 'community colleges', 'academia',
    'Ivy League', 'Columbia University', 'college presidents', 'accreditation', 'research universities'] },
  { code: 6, subtopic: 601, weight: MEDIUM, reason: 'higher education (less specific)', terms: [
    'faculty', 'scholarship', 'admissions', 'Harvard', 'Yale', 'Princeton', 'Stanford', 'IIT', 'IITs', 'fraternity',
    'fraternities', 'sororities', 'dormitory', 'dormitories', 'alumni', 'diploma', 'diplomas'] },
  { code: 6, subtopic: 601, weight: WEAK, reason: 'higher education (ambiguous)', terms: [
    'tenure', 'Oxford', 'Cambridge', 'dean', 'degree', 'degrees'] },
  { code: 6, subtopic: 602, weight: STRONG, reason: 'elementary and secondary education', terms: [
    'public schools', 'public school', 'private schools', 'private school', 'elementary school',
    'elementary schools', 'high school', 'high schools', 'middle school', 'middle schools', 'kindergarten',
    'primary school', 'primary schools', 'secondary school', 'secondary schools', 'charter school',
    'charter schools', 'school vouchers', 'school choice', 'standardized tests', 'standardized testing',
    'test scores', 'dropout', 'dropouts', 'dropout rate', 'graduation rate', 'school safety', 'No Child Left Behind',
    'class size', 'class sizes', 'parochial schools', 'Catholic schools', 'schoolchildren', 'school buses',
    'school lunch program', 'magnet schools', 'reading scores', 'math scores', 'eighth graders', 'fourth graders',
    'high school students', 'teenagers in school', 'Common Core', 'homeschooling', 'home schooling'] },
  { code: 6, subtopic: 602, weight: MEDIUM, reason: 'elementary and secondary education (less specific)', terms: [
    'vouchers', 'SAT'] },
  { code: 6, subtopic: 603, weight: STRONG, reason: 'education of the underprivileged', terms: [
    'Head Start', 'Title I', 'bilingual education', 'poor schools', 'failing schools', 'school integration',
    'achievement gap', 'disadvantaged students'] },
  { code: 6, subtopic: 603, weight: MEDIUM, reason: 'education of the underprivileged (less specific)', terms: [
    'bilingual'] },
  { code: 6, subtopic: 604, weight: STRONG, reason: 'vocational education', terms: [
    'vocational education', 'vocational training', 'vocational schools', 'technical education', 'trade schools'] },
  { code: 6, subtopic: 604, weight: MEDIUM, reason: 'vocational education (less specific)', terms: ['vocational'] },
  { code: 6, subtopic: 606, weight: STRONG, reason: 'special education', terms: [
    'special education', 'learning disabilities', 'learning disabled', 'special needs', 'gifted students',
    'gifted and talented'] },
  { code: 6, subtopic: 607, weight: STRONG, reason: 'educational excellence', terms: [
    'education standards', 'academic standards', 'school reform', 'merit pay', 'teacher quality',
    'national standards', 'math and science education', 'STEM education', 'school performance',
    'accountability in schools'] },
  { code: 6, weight: MEDIUM, reason: 'learning', terms: ['educated', 'teach', 'taught'] },
  { code: 6, weight: WEAK, reason: 'learning (ambiguous)', terms: ['children'] },
];
