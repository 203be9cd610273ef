/** Rules for CAP 4 Agriculture, 7 Environment, 8 Energy and 21 Public Lands. */
import { MEDIUM, STRONG, WEAK, type ThemeRule } from '../lexiconTypes';

export const RESOURCE_RULES: readonly ThemeRule[] = [
  // 4 Agriculture
  { code: 4, subtopic: 400, weight: STRONG, reason: 'agriculture and farming', terms: [
    'agriculture', 'agricultural', 'Agriculture Department', 'Department of Agriculture', 'USDA',
    'Agriculture Secretary', 'agriculture minister', 'farm', 'farms', 'farmer', 'farmers', 'farming', 'farmland',
    'farm bill', 'crop', 'crops', 'soybeans', 'soybean', 'dairy farmers', 'milk prices', 'cattle', 'ranchers',
    'rancher', 'ranches', 'livestock', 'beef', 'pork', 'poultry', 'chickens', 'hogs', 'agribusiness', 'tractors',
    'tractor', 'orchards', 'vineyards', 'fertilizer', 'fertilizers', 'family farms', 'family farm', 'farm economy',
    'farm prices', 'crop prices', 'grain prices', 'agrarian', 'Farm Bureau', 'sugar cane', 'peanuts',
    'tobacco farmers', 'kisan', 'mandis', 'minimum support price', 'farm laws', 'food production', 'agrochemical',
    'organic farming', 'coffee growers', 'farmworker', 'dairy industry', 'meat industry'] },
  { code: 4, subtopic: 400, weight: MEDIUM, reason: 'agriculture and farming (less specific)', terms: [
    'harvest', 'harvests', 'wheat', 'corn', 'grain', 'grains', 'cotton', 'dairy', 'ranch', 'pigs', 'sheep',
    'growers', 'irrigation', 'seeds', 'cooperatives', 'plantation', 'plantations', 'cocoa', 'barn', 'herd', 'herds'] },
  { code: 4, subtopic: 400, weight: WEAK, reason: 'agriculture and farming (ambiguous)', terms: ['rice'] },
  { code: 4, subtopic: 401, weight: STRONG, reason: 'agricultural trade', terms: [
    'agricultural trade', 'farm exports', 'agricultural exports', 'grain exports', 'food exports', 'beef imports'] },
  { code: 4, subtopic: 401, weight: MEDIUM, reason: 'agricultural trade (less specific)', terms: [
    'banana', 'bananas'] },
  { code: 4, subtopic: 402, weight: STRONG, reason: 'farm subsidies', terms: [
    'farm subsidies', 'agricultural subsidies', 'crop subsidies', 'price supports', 'crop insurance', 'farm aid',
    'farm program', 'farm programs', 'farm loans', 'farm support'] },
  { code: 4, subtopic: 403, weight: STRONG, reason: 'food inspection and safety', terms: [
    'food safety', 'food poisoning', 'E. coli', 'salmonella', 'listeria', 'meat inspection', 'meat inspectors',
    'food inspection', 'food inspectors', 'contaminated food', 'tainted meat', 'tainted food', 'meatpacking',
    'meatpackers', 'slaughterhouse', 'slaughterhouses', 'food additives', 'food labels', 'food labeling',
    'food-borne', 'foodborne', 'food recall'] },
  { code: 4, subtopic: 403, weight: MEDIUM, reason: 'food inspection and safety (less specific)', terms: [
    'meat', 'hamburger'] },
  { code: 4, subtopic: 404, weight: STRONG, reason: 'food marketing', terms: [
    'food industry', 'food companies', 'organic food', 'organic foods', 'food marketing'] },
  { code: 4, subtopic: 404, weight: MEDIUM, reason: 'food marketing (less specific)', terms: [
    'food prices', 'grocery', 'groceries', 'supermarket', 'supermarkets', 'fast food', 'restaurants', 'restaurant'] },
  { code: 4, subtopic: 405, weight: STRONG, reason: 'animal and crop disease', terms: [
    'mad cow disease', 'mad cow', 'BSE', 'foot-and-mouth disease', 'foot-and-mouth', 'avian flu', 'locusts',
    'swine fever', 'crop disease', 'animal disease', 'veterinarians', 'veterinary'] },
  { code: 4, subtopic: 405, weight: MEDIUM, reason: 'animal and crop disease (less specific)', terms: ['pests'] },
  { code: 4, subtopic: 405, weight: WEAK, reason: 'animal and crop disease (ambiguous)', terms: ['blight'] },
  { code: 4, subtopic: 408, weight: STRONG, reason: 'fisheries', terms: [
    'fisheries', 'fishing', 'fishermen', 'fisherman', 'overfishing', 'fishing industry', 'fishing boats',
    'fish stocks', 'lobstermen', 'fishing rights', 'fish farms', 'aquaculture', 'whaling', 'fishing grounds'] },
  { code: 4, subtopic: 408, weight: MEDIUM, reason: 'fisheries (less specific)', terms: [
    'cod', 'salmon', 'tuna', 'shrimp', 'lobster'] },
  { code: 4, subtopic: 498, weight: STRONG, reason: 'agricultural research', terms: [
    'genetically modified', 'genetically engineered crops', 'biotech crops', 'GMO', 'GMOs', 'genetically altered',
    'crop yields', 'plant breeding', 'agricultural research'] },
  { code: 4, weight: MEDIUM, reason: 'food and the land', terms: [
    'food', 'foods', 'fruit', 'fruits', 'vegetables', 'fish', 'sugar', 'drought', 'famine', 'animals', 'rural'] },
  { code: 4, weight: WEAK, reason: 'farm animals', terms: ['cows', 'chicken', 'eggs', 'milk'] },

  // 7 Environment
  { code: 7, subtopic: 700, weight: STRONG, reason: 'the environment', terms: [
    'environment', 'environmental', 'environmentalists', 'environmentalist', 'Environmental Protection Agency',
    'EPA', 'pollution', 'pollutants', 'polluters', 'polluting', 'polluted', 'conservation', 'ecology', 'ecological',
    'ecosystem', 'ecosystems', 'green groups', 'Sierra Club', 'Greenpeace', 'environmental groups',
    'environmental laws', 'environmental regulations', 'environmental protection', 'environmental movement',
    'environment minister', 'contamination', 'toxins', 'chemical plant', 'oil spill', 'oil spills',
    'sustainable development', 'Earth Day', 'plastic waste', 'plastic bags', 'microplastics', 'natural environment',
    'environmental impact', 'environmental damage', 'Natural Resources Defense Council', 'environmental standards',
    'Environmental Defense Fund', 'Friends of the Earth', 'eco-friendly'] },
  { code: 7, subtopic: 700, weight: MEDIUM, reason: 'the environment (less specific)', terms: [
    'contaminated', 'toxic', 'sustainability', 'sustainable', 'plastics', 'cleanup', 'clean-up', 'green'] },
  { code: 7, subtopic: 701, weight: STRONG, reason: 'drinking water', terms: [
    'drinking water', 'water quality', 'water pollution', 'safe drinking water', 'tap water', 'water supplies',
    'groundwater', 'lead pipes', 'water contamination', 'sewage treatment', 'clean water', 'Clean Water Act',
    'wastewater'] },
  { code: 7, subtopic: 701, weight: MEDIUM, reason: 'drinking water (less specific)', terms: ['sewage'] },
  { code: 7, subtopic: 703, weight: STRONG, reason: 'waste disposal', terms: [
    'landfill', 'landfills', 'waste disposal', 'incinerator', 'incinerators', 'solid waste', 'waste management',
    'dumping of waste'] },
  { code: 7, subtopic: 703, weight: MEDIUM, reason: 'waste disposal (less specific)', terms: [
    'garbage', 'trash', 'dump', 'dumps', 'sanitation'] },
  { code: 7, subtopic: 704, weight: STRONG, reason: 'hazardous waste and toxic chemicals', terms: [
    'hazardous waste', 'toxic waste', 'toxic chemicals', 'nuclear waste', 'radioactive waste', 'Superfund', 'PCBs',
    'dioxin', 'pesticide', 'pesticides', 'DDT', 'chemical spill', 'toxic dump', 'Love Canal', 'hazardous materials',
    'carcinogen', 'carcinogens', 'waste sites', 'toxic substances'] },
  { code: 7, subtopic: 704, weight: MEDIUM, reason: 'hazardous waste and toxic chemicals (less specific)', terms: [
    'mercury'] },
  { code: 7, subtopic: 705, weight: STRONG, reason: 'air pollution and climate change', terms: [
    'air pollution', 'emissions', 'smog', 'ozone layer', 'acid rain', 'global warming', 'climate change',
    'greenhouse gas', 'greenhouse gases', 'carbon dioxide', 'carbon emissions', 'Kyoto Protocol', 'Kyoto',
    'Paris Agreement', 'Paris climate agreement', 'climate', 'climate treaty', 'climate talks', 'climate summit',
    'climate crisis', 'sea level', 'sea levels', 'rising seas', 'air quality', 'Clean Air Act', 'soot',
    'particulates', 'noise pollution', 'emissions standards', 'tailpipe emissions', 'cap and trade', 'net zero',
    'net-zero', 'decarbonization', 'melting glaciers', 'polar ice', 'fossil fuels', 'fossil fuel', 'IPCC', 'COP26',
    'COP28', 'carbon footprint', 'carbon neutral', 'carbon neutrality', 'climate scientists', 'pollution controls'] },
  { code: 7, subtopic: 705, weight: MEDIUM, reason: 'air pollution and climate change (less specific)', terms: [
    'ozone', 'greenhouse', 'carbon', 'heat waves', 'methane', 'warming'] },
  { code: 7, subtopic: 707, weight: STRONG, reason: 'recycling', terms: [
    'recycling', 'recycle', 'recycled', 'recyclable', 'bottle bill', 'composting'] },
  { code: 7, subtopic: 707, weight: MEDIUM, reason: 'recycling (less specific)', terms: ['reuse'] },
  { code: 7, subtopic: 708, weight: STRONG, reason: 'indoor hazards', terms: [
    'asbestos', 'lead paint', 'lead poisoning', 'radon', 'indoor air'] },
  { code: 7, subtopic: 708, weight: WEAK, reason: 'indoor hazards (ambiguous)', terms: ['mold'] },
  { code: 7, subtopic: 709, weight: STRONG, reason: 'species and forest protection', terms: [
    'endangered species', 'Endangered Species Act', 'wildlife', 'spotted owl', 'deforestation', 'rain forest',
    'rain forests', 'rainforest', 'rainforests', 'biodiversity', 'extinction', 'coral reef', 'coral reefs',
    'grizzly bears', 'old-growth forests', 'old-growth', 'poaching', 'poachers', 'marine life', 'animal rights',
    'animal welfare', 'forest protection', 'reforestation', 'Fish and Wildlife Service', 'wildlife refuge'] },
  { code: 7, subtopic: 709, weight: MEDIUM, reason: 'species and forest protection (less specific)', terms: [
    'endangered', 'habitat', 'habitats', 'extinct', 'species', 'whales', 'wolves', 'logging', 'ivory', 'tigers',
    'elephants', 'forests', 'trees'] },
  { code: 7, subtopic: 709, weight: WEAK, reason: 'species and forest protection (less specific) (ambiguous)', terms: [
    'bird', 'birds'] },
  { code: 7, subtopic: 711, weight: STRONG, reason: 'land and water conservation', terms: [
    'wetlands', 'Everglades', 'land conservation', 'beach erosion', 'watershed', 'estuary', 'Chesapeake Bay',
    'preservation of land'] },
  { code: 7, subtopic: 711, weight: MEDIUM, reason: 'land and water conservation (less specific)', terms: [
    'coastal', 'coastline', 'beaches', 'erosion', 'open space'] },
  { code: 7, weight: MEDIUM, reason: 'nature and waste', terms: [
    'nature', 'waste', 'chemicals', 'chemical', 'pollute'] },
  { code: 7, weight: WEAK, reason: 'nature and waste (ambiguous)', terms: ['Earth'] },

  // 8 Energy
  { code: 8, subtopic: 800, weight: STRONG, reason: 'energy', terms: [
    'energy', 'energy policy', 'energy crisis', 'energy prices', 'energy costs', 'energy supplies', 'energy supply',
    'energy security', 'energy companies', 'energy industry', 'energy sector', 'energy bill', 'energy plan',
    'Department of Energy', 'Energy Department', 'Energy Secretary', 'energy minister', 'energy needs',
    'energy independence', 'fuel prices', 'power supply', 'energy demand', 'power shortages'] },
  { code: 8, subtopic: 800, weight: MEDIUM, reason: 'energy (less specific)', terms: ['fuel', 'fuels'] },
  { code: 8, subtopic: 801, weight: STRONG, reason: 'nuclear energy', terms: [
    'nuclear power', 'nuclear plant', 'nuclear plants', 'nuclear power plant', 'nuclear power plants',
    'nuclear reactor', 'nuclear reactors', 'Nuclear Regulatory Commission', 'Yucca Mountain', 'nuclear energy',
    'Chernobyl', 'Three Mile Island', 'Fukushima', 'nuclear fuel', 'spent fuel', 'civil nuclear', 'civilian nuclear'] },
  { code: 8, subtopic: 801, weight: MEDIUM, reason: 'nuclear energy (less specific)', terms: [
    'reactor', 'reactors', 'NRC', 'meltdown'] },
  { code: 8, subtopic: 802, weight: STRONG, reason: 'electricity', terms: [
    'electricity', 'electric utilities', 'electric utility', 'power plant', 'power plants', 'power grid',
    'electric grid', 'blackout', 'blackouts', 'power outage', 'power outages', 'electricity prices',
    'electric rates', 'electricity deregulation', 'kilowatt', 'kilowatts', 'megawatt', 'megawatts', 'hydroelectric',
    'hydropower', 'utility companies', 'power companies', 'power company', 'brownouts',
    'Federal Energy Regulatory Commission', 'transmission lines', 'electric power', 'power generation',
    'power sector', 'power lines'] },
  { code: 8, subtopic: 802, weight: MEDIUM, reason: 'electricity (less specific)', terms: [
    'grid', 'utilities', 'utility', 'electrification'] },
  { code: 8, subtopic: 803, weight: STRONG, reason: 'oil and natural gas', terms: [
    'oil', 'crude oil', 'oil prices', 'oil price', 'oil companies', 'oil company', 'oil industry', 'petroleum',
    'gasoline', 'gas prices', 'gasoline prices', 'natural gas', 'refinery', 'refineries', 'offshore drilling',
    'oil field', 'oil fields', 'oilfield', 'oil wells', 'OPEC', 'oil embargo', 'Strategic Petroleum Reserve',
    'heating oil', 'propane', 'oil supplies', 'oil production', 'oil exports', 'oil imports', 'oil reserves', 'LNG',
    'liquefied natural gas', 'fracking', 'ExxonMobil', 'oil giant', 'oil and gas', 'oil tanker', 'oil producers',
    'oil-producing'] },
  { code: 8, subtopic: 803, weight: MEDIUM, reason: 'oil and natural gas (less specific)', terms: [
    'crude', 'pipeline', 'pipelines', 'drilling', 'barrels', 'barrel', 'shale', 'Exxon', 'Chevron', 'BP', 'diesel',
    'gas stations', 'petrol'] },
  { code: 8, subtopic: 805, weight: STRONG, reason: 'coal', terms: [
    'coal', 'coal mining', 'coal mines', 'coal mine', 'coal plants', 'coal-fired', 'clean coal'] },
  { code: 8, subtopic: 806, weight: STRONG, reason: 'alternative and renewable energy', terms: [
    'solar power', 'solar energy', 'solar panels', 'wind power', 'wind energy', 'wind farm', 'wind farms',
    'offshore wind farm', 'offshore wind farms', 'solar farm', 'solar farms',
    'wind turbines', 'renewable energy', 'renewables', 'ethanol', 'biofuel', 'biofuels', 'hydrogen fuel',
    'fuel cells', 'fuel cell', 'alternative energy', 'clean energy', 'green energy', 'geothermal',
    'electric vehicles', 'electric cars', 'electric car', 'hybrid cars', 'battery storage'] },
  { code: 8, subtopic: 806, weight: MEDIUM, reason: 'alternative and renewable energy (less specific)', terms: [
    'solar', 'renewable', 'EV', 'EVs'] },
  { code: 8, subtopic: 807, weight: STRONG, reason: 'energy conservation', terms: [
    'energy efficiency', 'energy conservation', 'fuel economy', 'fuel efficiency', 'mileage standards',
    'energy-efficient', 'fuel-efficient', 'energy saving', 'energy savings', 'conserve energy', 'CAFE standards'] },
  { code: 8, weight: MEDIUM, reason: 'power and fuel', terms: ['gas', 'uranium', 'mining'] },
  { code: 8, weight: WEAK, reason: 'power and fuel (ambiguous)', terms: ['power'] },

  // 21 Public Lands
  { code: 21, subtopic: 2101, weight: STRONG, reason: 'national parks and historic sites', terms: [
    'national park', 'national parks', 'National Park Service', 'park service', 'national monument',
    'national monuments', 'Yellowstone', 'Yosemite', 'Grand Canyon', 'historic site', 'historic sites',
    'national memorial', 'Statue of Liberty', 'national seashore', 'national historic', 'historic preservation',
    'heritage site', 'World Heritage', 'park rangers', 'Vietnam Veterans Memorial', 'memorial', 'monument',
    'monuments'] },
  { code: 21, subtopic: 2101, weight: MEDIUM, reason: 'national parks and historic sites (less specific)', terms: ['Smithsonian'] },
  { code: 21, subtopic: 2102, weight: STRONG, reason: 'indigenous affairs', terms: [
    'Native American', 'Native Americans', 'American Indian', 'American Indians', 'Indian tribe', 'Indian tribes',
    'tribal leaders', 'Indian reservation', 'Indian reservations', 'Bureau of Indian Affairs', 'Indian casinos',
    'Indian gaming', 'Aboriginal', 'Aborigines', 'Navajo', 'Sioux', 'Cherokee', 'Apache', 'Alaska Natives',
    'Native Hawaiians', 'First Nations', 'Maori', 'indigenous peoples', 'tribal sovereignty', 'tribal lands',
    'Indian lands', 'Adivasi', 'adivasis'] },
  { code: 21, subtopic: 2102, weight: MEDIUM, reason: 'indigenous affairs (less specific)', terms: [
    'tribe', 'tribes', 'tribal', 'indigenous'] },
  { code: 21, subtopic: 2102, weight: WEAK, reason: 'indigenous affairs (ambiguous)', terms: [
    'reservation', 'reservations'] },
  { code: 21, subtopic: 2103, weight: STRONG, reason: 'public lands management', terms: [
    'public lands', 'public land', 'federal lands', 'federal land', 'Bureau of Land Management', 'grazing fees',
    'Forest Service', 'national forest', 'national forests', 'mining claims', 'mining law',
    'Arctic National Wildlife Refuge', 'Interior Department', 'Interior Secretary', 'Department of the Interior',
    'land management', 'wilderness areas', 'timber sales', 'roadless', 'land swap', 'federal acreage'] },
  { code: 21, subtopic: 2103, weight: MEDIUM, reason: 'public lands management (less specific)', terms: [
    'grazing', 'wilderness', 'timber', 'land use', 'land acquisition', 'state lands'] },
  { code: 21, subtopic: 2103, weight: WEAK, reason: 'public lands management (ambiguous)', terms: ['acres'] },
  { code: 21, subtopic: 2104, weight: STRONG, reason: 'water resources', terms: [
    'water project', 'water projects', 'water rights', 'Army Corps of Engineers', 'aqueduct', 'water resources',
    'water shortages', 'water shortage', 'river basin', 'flood control', 'water sharing', 'Colorado River',
    'Mississippi River', 'water allocation', 'desalination'] },
  { code: 21, subtopic: 2104, weight: MEDIUM, reason: 'water resources (less specific)', terms: [
    'dam', 'dams', 'reservoir', 'reservoirs', 'levee', 'levees', 'water supply', 'canals'] },
  { code: 21, subtopic: 2105, weight: STRONG, reason: 'territories and dependencies', terms: [
    'Puerto Rico', 'Puerto Rican', 'Puerto Ricans', 'Guam', 'Virgin Islands', 'American Samoa',
    'commonwealth status', 'Northern Mariana Islands', 'Vieques', 'overseas territories'] },
  { code: 21, subtopic: 2105, weight: MEDIUM, reason: 'territories and dependencies (less specific)', terms: [
    'statehood', 'territories', 'territory', 'union territory'] },
  { code: 21, subtopic: 2105, weight: WEAK, reason: 'territories and dependencies (ambiguous)', terms: [
    'territorial'] },
  { code: 21, subtopic: 2103, weight: MEDIUM, reason: 'fires on public land', terms: [
    'forest fire', 'forest fires', 'wildfire', 'wildfires', 'fire prevention', 'firefighters', 'controlled burns'] },
  { code: 21, subtopic: 2101, weight: MEDIUM, reason: 'historic places and records', terms: [
    'historic', 'historic district', 'landmark', 'landmarks', 'Landmarks Preservation Commission', 'archives',
    'National Archives', 'battlefield park', 'preservationists', 'restoration of'] },
  { code: 21, weight: MEDIUM, reason: 'land', terms: [
    'land', 'lands', 'parks', 'forest', 'river', 'rivers', 'lake', 'lakes'] },
];
