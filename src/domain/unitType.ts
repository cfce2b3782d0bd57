// How a unit's «Тип» is compared: the same type however it is capitalised or spaced.

/** «Тип» as compared: case and runs of spaces do not make another type («городской  округ» is «Городской округ»). */
export const unitTypeKey = (type: string): string => type.toLowerCase().replace(/\s+/g, ' ').trim();

/** The unit type («Тип» of «Настройки») whose units count as organisations of additional education (ДО). */
const ADDITIONAL_EDUCATION_TYPE = 'организация дополнительного образования';

/** Whether units of this «Тип» are organisations of additional education: the one rule the tab, roll-up and note use. */
export const isAdditionalType = (type: string): boolean => unitTypeKey(type) === ADDITIONAL_EDUCATION_TYPE;
