// The data of «Передать в регион» from a finished read of the workbook: the schools rolled up, or why there is no file.
import { type RegionHandoff, regionHandoff } from '../domain/regionHandoff';
import type { Analysis } from './analyze';
import { GENERAL, LEVEL_NAMES } from './settingsLayout';
import { SETTINGS_TAB } from './tabNames';

/**
 * The file for the region as plain data (through JSON, as the note's: only what google.script.run carries). Only a
 * municipality's workbook with its name in «Регион» has one: the region's workbook lists the municipality by that name.
 */
export function handoffData(a: Analysis): RegionHandoff | { refused: string } {
  const refused = (why: string) => ({ refused: `Файл для региона не составлен: ${why}` });
  if (a.fatal.length) return refused(a.fatal.join(' '));
  const s = a.settings;
  if (s.level !== 'municipality')
    return refused(
      `на вкладке «${SETTINGS_TAB}» указан уровень «${LEVEL_NAMES[s.level]}», а в регион передаёт таблица муниципалитета (уровень «${LEVEL_NAMES.municipality}»).`,
    );
  if (!s.regionName)
    return refused(`на вкладке «${SETTINGS_TAB}» в строке «${GENERAL.region}» впишите название муниципалитета так, как его пишет регион.`);
  return JSON.parse(JSON.stringify(regionHandoff(s, a.units, a.summary.completeness, SETTINGS_TAB)));
}
