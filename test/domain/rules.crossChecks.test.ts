// Contradictions are flagged: representatives of enterprises against the enterprises, a form run where the indicators
// that should show it are zero — in the data check (a warning naming tab and cells) and in the note (an honest sentence).
import { importCsvFolder } from '../../src/local/csvImport';
import { analyze } from '../../src/workbook/analyze';
import { renderSettings } from '../../src/workbook/settingsTab';
import { parseSettings } from '../../src/workbook/settingsRead';
import { docValues, sampleGrids, workbookGrids } from '../helpers/grids';

const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const sectionOf = (a: ReturnType<typeof analyze>, start: string) =>
  plain(a.note.sections.find((s) => plain(s.heading).startsWith(start))!.paragraphs.join('\n'));

describe('the Tomsk sample', () => {
  const g = sampleGrids();
  const a = analyze(g.settingsValues, g.tabs);
  const found = (rule: string) => a.summary.findings.list.filter((f) => f.rule === rule);

  test('the check names each unit and year where representatives (7) disagree with their enterprises (3), on the cell, naming the other cell', () => {
    const warnings = found('representatives');
    expect(warnings.every((f) => f.severity === 'warning')).toBe(true);
    expect(warnings.map((f) => [f.tab, f.cell, f.value])).toEqual([
      ['Асиновский район', 'C31', '1'],
      ['Асиновский район', 'D31', '1'],
      ['Бакчарский район', 'C31', '1'],
      ['Кривошеинский район', 'C31', '0'],
      ['Шегарский район', 'C31', '2'],
      ['Шегарский район', 'D31', '3'],
      ['г. Кедровый', 'D31', '0'],
      ['г. Томск', 'C31', '3'],
      ['ЗАТО Северск', 'C31', '40'],
      ['ЗАТО Северск', 'D31', '62'],
    ]);
    const message = (tab: string, cell: string) => warnings.find((f) => f.tab === tab && f.cell === cell)!.message;
    expect(message('ЗАТО Северск', 'D31')).toBe(
      'Показатель № 7 за 2021 г. — 62, а показатель № 3 (ячейка D27) — 73: представителей организаций не может быть меньше, чем самих организаций, — от каждой хотя бы один. Проверьте оба числа.',
    );
    expect(message('г. Кедровый', 'D31')).toBe(
      'Показатель № 7 за 2021 г. — 0, а показатель № 3 (ячейка D27) — 6: представителей организаций не может быть меньше, чем самих организаций, — от каждой хотя бы один. Проверьте оба числа.',
    );
    expect(message('Шегарский район', 'D31')).toBe(
      'Показатель № 7 за 2021 г. — 3, а показатель № 3 (ячейка D27) — 0: представители организаций указаны, а самих организаций нет. Проверьте оба числа.',
    );
  });

  test('the check names a form run where every indicator that should show it (FormDef.evidence) is zero', () => {
    // The warning stands on the ОО cell (ДО when no ОО runs the form); «всего» counts both.
    expect(found('form_without_evidence').map((f) => [f.tab, f.cell, f.value])).toEqual([
      ['Парабельский район', 'C14', '2'],
      ['г.о. Стрежевой', 'C14', '2'],
      ['Каргасокский район', 'C15', '6'],
      ['Кривошеинский район', 'C15', '4'],
      ['Парабельский район', 'C15', '8'],
      ['г.о. Стрежевой', 'C15', '3'],
    ]);
    expect(found('form_without_evidence')[2].message).toBe(
      'Форму «работодатель–ученик» реализуют организации (всего 6), а показатели № 3 и 7 за 2021 г. равны нулю (ячейки D27, D31): если форма реализуется, они не могут быть нулевыми. Проверьте числа.',
    );
  });

  test('the note gives the figures once, in the representatives’ section, and names the units in the enterprises’ section', () => {
    expect(sectionOf(a, '7 показатель')).toContain(
      'Не согласуются между собой сведения о числе предприятий (организаций) и их представителей (показатели № 3 и 7): ' +
        'Асиновский район — 0 предприятий (организаций) и 1 представитель в 2020 г., 0 предприятий (организаций) и 1 представитель в 2021 г.; ' +
        'Бакчарский район — 3 предприятия (организации) и 1 представитель в 2020 г.; ' +
        'Кривошеинский район — 3 предприятия (организации) и 0 представителей в 2020 г.; ' +
        'Шегарский район — 0 предприятий (организаций) и 2 представителя в 2020 г., 0 предприятий (организаций) и 3 представителя в 2021 г.; ' +
        'г. Кедровый — 6 предприятий (организаций) и 0 представителей в 2021 г.; ' +
        'г. Томск — 6 предприятий (организаций) и 3 представителя в 2020 г.; ' +
        'ЗАТО Северск — 57 предприятий (организаций) и 40 представителей в 2020 г., 73 предприятия (организации) и 62 представителя в 2021 г. ' +
        'Эти значения требуют уточнения и в сравнение по годам не включены.',
    );
    expect(sectionOf(a, '3 показатель')).toContain(
      'Требуют уточнения значения, не согласующиеся с числом их представителей (показатель № 7): г. Кедровый, г. Томск, ЗАТО Северск, Асиновский, Бакчарский, Кривошеинский и Шегарский районы. В сравнение по годам они не включены.',
    );
  });

  test('«Наибольший рост» and the regional change leave out what the cross-check doubts', () => {
    const seven = sectionOf(a, '7 показатель');
    expect(seven).toContain(
      'По данным 13 муниципалитетов, представивших их за оба года (без учёта значений, требующих уточнения), значение показателя выросло с 132 до 146 представителей, или на 10,6 %.',
    );
    expect(seven).toContain('Наибольший рост — Колпашевский район: с 15 до 26 представителей, или на 73,3 %.');
    expect(sectionOf(a, '3 показатель')).toContain(
      'Наибольший рост — Колпашевский район: с 4 до 9 предприятий (организаций), или в 2,3 раза.',
    );
    expect(a.summary.indicators.find((i) => i.id === '7')!.rows.find((r) => r.unit === 'г. Томск')!.status).toBe('требует уточнения');
  });
});

test('data/north-2024: Лесной район, 1 enterprise and 0 representatives in 2024, in the check and in the note', () => {
  const { settings, reports } = importCsvFolder('data/north-2024');
  const g = workbookGrids(settings, reports);
  const a = analyze(g.settingsValues, g.tabs);
  const f = a.summary.findings.list.filter((x) => x.rule === 'representatives');
  expect(f.map((x) => [x.tab, x.cell, x.message])).toEqual([
    [
      'Лесной район',
      'D29',
      'Показатель № 7 за 2024 г. — 0, а показатель № 3 (ячейка D27) — 1: представителей организаций не может быть меньше, чем самих организаций, — от каждой хотя бы один. Проверьте оба числа.',
    ],
  ]);
  expect(sectionOf(a, '7 показатель')).toContain(
    'Не согласуются между собой сведения о числе предприятий (организаций) и их представителей (показатели № 3 и 7): Лесной район — 1 предприятие (организация) и 0 представителей в 2024 г. Эти значения требуют уточнения и в сравнение по годам не включены.',
  );
});

test('the link is a column of «Настройки» that round-trips; a workbook made before it (no such column) reads with no finding', () => {
  const { settings } = importCsvFolder('data/tomsk-2021');
  const grid = docValues(renderSettings(settings));
  const read = parseSettings(grid);
  expect(read.settings.indicators.map((i) => i.representativesOf)).toEqual(['', '', '', '', '', '', '3', '']);
  const header = grid.findIndex((r) => r[0] === 'hdr:indicators');
  const col = grid[header].indexOf('Представители организаций показателя №');
  const old = grid.map((r) => r.filter((_, i) => i !== col));
  const oldRead = parseSettings(old);
  expect(oldRead.findings).toEqual(read.findings);
  expect(oldRead.settings.indicators.every((i) => i.representativesOf === '')).toBe(true);
});
