/**
 * Funding programmes for the demo: names modelled on real instruments of the EU, the federal government,
 * the Free State of Saxony, cities and foundations. Deadlines and amounts are invented (demo data).
 */
import type { FunderLevel, Sector } from '@nzr/graph-schema';

export interface ProgrammeTemplate {
  readonly name: string;
  readonly funder: string;
  readonly level: FunderLevel;
  /** Empty: every sector may apply. */
  readonly sectors: readonly Sector[];
  readonly topics: readonly string[];
  readonly maxAmountEur: number;
  /** Where applicants must be: the whole state, only rural districts, or one city (district AGS). */
  readonly area: 'state' | 'rural' | '14511' | '14612' | '14713';
}

const all: readonly Sector[] = [];
const T = (
  name: string,
  funder: string,
  level: FunderLevel,
  sectors: readonly Sector[],
  topics: readonly string[],
  maxAmountEur: number,
  area: ProgrammeTemplate['area'] = 'state',
): ProgrammeTemplate => ({ name, funder, level, sectors, topics, maxAmountEur, area });

export const PROGRAMMES: readonly ProgrammeTemplate[] = [
  T(
    'LEADER-Entwicklungsstrategie (ELER)',
    'Europäische Union / SMEKUL',
    'eu',
    all,
    ['rural_mobility', 'regional_food', 'agriculture'],
    200_000,
    'rural',
  ),
  T(
    'EFRE Nachhaltige Stadtentwicklung',
    'Europäische Union / SMR',
    'eu',
    ['administration'],
    ['climate_adaptation', 'public_transport', 'energy_climate'],
    2_000_000,
  ),
  T(
    'Erasmus+ Kleine Partnerschaften',
    'Europäische Union',
    'eu',
    ['civil_society', 'education'],
    ['education_sd', 'non_formal_learning'],
    60_000,
  ),
  T(
    'Kommunalrichtlinie (Nationale Klimaschutzinitiative)',
    'BMWK / ZUG',
    'federal',
    ['administration', 'education', 'religion'],
    ['energy_climate', 'climate_adaptation'],
    500_000,
  ),
  T(
    'Förderprogramm Entwicklungspolitische Bildung (FEB)',
    'Engagement Global / BMZ',
    'federal',
    ['civil_society', 'education', 'religion'],
    ['development_cooperation', 'fair_trade', 'education_sd'],
    50_000,
  ),
  T(
    'Kleinprojektefonds kommunale Partnerschaften',
    'Engagement Global / SKEW',
    'federal',
    ['administration'],
    ['municipal_partnerships'],
    50_000,
  ),
  T(
    'Bundesprogramm Ökologischer Landbau (BÖL)',
    'BLE',
    'federal',
    ['business', 'science', 'civil_society'],
    ['organic_farming', 'agriculture'],
    150_000,
  ),
  T(
    'Nationaler Radverkehrsplan: Modellprojekte',
    'BMDV',
    'federal',
    all,
    ['cycling', 'transport'],
    300_000,
  ),
  T(
    'Förderrichtlinie Nachhaltigkeit Sachsen',
    'Sächsische Staatskanzlei',
    'state',
    all,
    ['sustainable_business', 'education_sd', 'energy_climate'],
    40_000,
  ),
  T(
    'Förderrichtlinie Energie und Klima (RL EuK)',
    'SMEKUL / SAB',
    'state',
    ['administration', 'business', 'civil_society'],
    ['renewable_energy', 'citizen_energy', 'energy_climate'],
    250_000,
  ),
  T(
    'Förderrichtlinie Umweltbildung Sachsen',
    'SMEKUL',
    'state',
    ['civil_society', 'education'],
    ['education_sd', 'non_formal_learning'],
    30_000,
  ),
  T(
    'Förderrichtlinie Regionale Wertschöpfung',
    'SMEKUL',
    'state',
    ['business', 'civil_society'],
    ['regional_food', 'agriculture'],
    100_000,
    'rural',
  ),
  T(
    'Förderrichtlinie Bürgerbeteiligung und Engagement',
    'SMS / Sächsische Aufbaubank',
    'state',
    ['civil_society', 'religion'],
    ['common_good_economy', 'repair'],
    20_000,
  ),
  T(
    'Förderrichtlinie Entwicklungspolitik Sachsen',
    'Sächsische Staatskanzlei',
    'state',
    ['civil_society', 'education', 'religion'],
    ['development_cooperation', 'fair_trade'],
    25_000,
  ),
  T(
    'Förderrichtlinie ÖPNV-Innovation',
    'SMWA',
    'state',
    ['administration', 'business'],
    ['public_transport', 'rural_mobility'],
    400_000,
  ),
  T(
    'Klimaschutzfonds der Stadt Leipzig',
    'Stadt Leipzig',
    'municipal',
    all,
    ['energy_climate', 'climate_adaptation'],
    15_000,
    '14713',
  ),
  T(
    'Umweltfonds Dresden',
    'Landeshauptstadt Dresden',
    'municipal',
    all,
    ['energy_climate', 'education_sd'],
    10_000,
    '14612',
  ),
  T(
    'Bürgerbudget Nachhaltiges Chemnitz',
    'Stadt Chemnitz',
    'municipal',
    ['civil_society', 'education'],
    ['sustainable_business', 'repair'],
    8_000,
    '14511',
  ),
  T(
    'DBU-Projektförderung Umweltbildung',
    'Deutsche Bundesstiftung Umwelt',
    'foundation',
    all,
    ['education_sd', 'circular_economy'],
    125_000,
  ),
  T(
    'Bingo! Die Umweltlotterie: Projektförderung',
    'Bingo-Umweltstiftung',
    'foundation',
    ['civil_society', 'education'],
    ['non_formal_learning', 'organic_farming'],
    20_000,
  ),
  T(
    'Stiftung Mitarbeit: Starthilfe für Initiativen',
    'Stiftung Mitarbeit',
    'foundation',
    ['civil_society'],
    ['common_good_economy', 'repair'],
    1_000,
  ),
  T(
    'Bürgerstiftung Sachsen: Engagementfonds',
    'Bürgerstiftung (Demodaten)',
    'foundation',
    ['civil_society', 'religion'],
    ['fair_trade', 'community_agriculture'],
    5_000,
  ),
];
