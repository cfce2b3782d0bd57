// The note's opening (basis, organiser, purpose, who took part) and its conclusions, word for word, on the sample and on
// a small region with a missing, a partial and a faulty report.
import type { Settings } from '../../src/domain/model';
import { recommendationsSection } from '../../src/domain/noteRecommendations';
import type { Analysis } from '../../src/workbook/analyze';
import { analyze } from '../../src/workbook/analyze';
import { sampleGrids } from '../helpers/grids';
import { workbookGrids } from '../helpers/grids';
import { INDICATORS, tiny, tinySettings } from '../helpers/tiny';

const section = (a: Analysis, role: string) =>
  a.note.sections
    .filter((s) => s.role === role)
    .flatMap((s) => [s.heading, ...s.paragraphs].filter(Boolean))
    .map((t) => t.replace(/\u00a0/g, ' '));

describe('the bundled sample', () => {
  const g = sampleGrids();
  const a = analyze(g.settingsValues, g.tabs);

  test('the opening: the legal basis as a list, the organiser and purpose, what was analysed, who took part', () => {
    const intro = section(a, 'intro');
    expect(intro[0]).toBe('Мониторинг реализации программ наставничества за 2021 г. (далее — Мониторинг) проведён во исполнение:');
    expect(intro[1]).toMatch(/^распоряжения .* № 420-р .*;$/);
    expect(intro[3]).toMatch(/^приказа ОГБУ .* 2020–2024 гг\.“»\.$/);
    expect(intro.slice(4)).toEqual([
      'Организатор Мониторинга — ОГБУ «Региональный центр развития образования» (региональный наставнический центр в системе общего образования). Мониторинг проводился с целью анализа текущей ситуации и выработки адресных рекомендаций.',
      'В рамках Мониторинга на основе отчётов муниципалитетов анализировались:',
      'реализация в образовательных организациях мероприятий, соответствующих формам наставничества «ученик–ученик», «учитель–ученик», «студент–ученик» и «работодатель–ученик»;',
      'исполнение показателей эффективности реализации программы «Развитие наставничества в системе общего образования Томской области на 2020–2024 годы» за 2020 и 2021 гг. в динамике.',
      'В Мониторинге приняли участие все 20 муниципалитетов, а также 12 областных государственных образовательных организаций, в отношении которых Департамент общего образования Томской области выполняет функции учредителя. Сведения, не соответствующие форме отчёта, при подведении итогов не учитывались (приложение 2).',
    ]);
  });

  test('the conclusions: plan met, growth, not judged, no data — each with its indicator numbers; the forms most and least spread', () => {
    expect(section(a, 'conclusion')).toEqual([
      'Выводы',
      'Проведённый Мониторинг показывает: плановые значения 2021 г. достигнуты по показателям № 1, 2 и 3; положительная динамика в целом по региону отмечена по показателям № 5, 6, 7 и 8; по показателю № 4 данные не представлены (таблица 3).',
      'Наиболее распространены в общеобразовательных организациях формы наставничества «учитель–ученик» и «ученик–ученик», наименее — «работодатель–ученик» и «студент–ученик».',
    ]);
  });
});

describe('a small region: one report missing, one partial with an error, a fall', () => {
  // No basis, no programme, no organiser: the settings check asks for them (note.frameGaps.test.ts); the note invents none.
  const noFrame = { basis: [], programme: '', organiser: '' };
  const a = tiny(
    {
      'А район': {
        orgs: { general: 4, additional: 1 },
        forms: { teacher_student: { general: 1, additional: 1 } },
        indicators: { 1: { prev: 10, cur: 30 }, 3: { prev: 1, cur: 6 }, 5: { prev: 10, cur: 8 }, 7: { prev: 1, cur: 9 } },
      },
      'Б район': { orgs: { general: 4, additional: 1 }, forms: { teacher_student: { general: 'восемь', additional: 1 } } },
      'В район': {},
    },
    INDICATORS,
    noFrame,
  );

  test('no basis and no organiser: one sentence each, no invented organisation; who did not report and whose report is partial are named', () => {
    expect(section(a, 'intro')).toEqual([
      'Проведён мониторинг реализации программ наставничества за 2021 г. (далее — Мониторинг).',
      'Мониторинг проводился с целью анализа текущей ситуации и выработки адресных рекомендаций.',
      'В рамках Мониторинга на основе отчётов муниципалитетов анализировались:',
      'реализация в образовательных организациях мероприятий, соответствующих формам наставничества «учитель–ученик»;',
      'исполнение показателей эффективности реализации программы за 2020 и 2021 гг. в динамике.',
      'В Мониторинге приняли участие 2 из 3 муниципалитетов; не представили отчёт: В район. Отчёт представлен не в полном объёме: Б район. Сведения, не соответствующие форме отчёта, при подведении итогов не учитывались (приложение 2).',
    ]);
  });

  test('the conclusions name the fall, and say nothing of the forms when fewer than four have a share', () => {
    expect(section(a, 'conclusion')).toEqual([
      'Выводы',
      'Проведённый Мониторинг показывает: плановые значения 2021 г. достигнуты по показателю № 3; положительная динамика в целом по региону отмечена по показателю № 7; снижение в целом по региону — по показателю № 5; по показателю № 1 выполнение плана не оценивается, так как не представлена численность обучающихся (таблица 3).',
    ]);
  });
});

test('a plan not met is named; a single unit is named rather than counted', () => {
  const a = tiny({ 'А район': { orgs: { general: 4, additional: 1 }, indicators: { 3: { prev: 1, cur: 2 } } } });
  expect(section(a, 'intro').at(-1)).toBe('В Мониторинге приняли участие: А район. Отчёт представлен не в полном объёме: А район.');
  expect(section(a, 'conclusion')[1]).toMatch(
    /^Проведённый Мониторинг показывает: плановые значения 2021 г. не достигнуты по показателю № 3; /,
  );
});

test('a unit with no tab did not report: it is asked for the report, not to clarify it, and is not in appendix 2; a missed plan is not a fall', () => {
  const settings = tinySettings(['А район', 'Б район']);
  const g = workbookGrids(settings, { 'А район': { orgs: { general: 4, additional: 1 }, indicators: { 3: { prev: 1, cur: 2 } } } });
  const a = analyze(g.settingsValues, g.tabs);
  expect(section(a, 'intro').at(-1)).toBe(
    'В Мониторинге приняли участие 1 из 2 муниципалитетов; не представили отчёт: Б район. Отчёт представлен не в полном объёме: А район.',
  );
  expect(section(a, 'conclusion')).toEqual([
    'Выводы',
    'Проведённый Мониторинг показывает: плановые значения 2021 г. не достигнуты по показателю № 3; по показателям № 1, 5 и 7 данные не представлены (таблица 3).',
  ]);
  expect(a.recommendations.find((r) => r.unit === 'Б район')!.below).toEqual(['отчёт не представлен']);
  // А район left required cells empty: it is asked to complete its report, not praised for «работа на достигнутом уровне».
  expect(a.recommendations.find((r) => r.unit === 'А район')!.text).toBe('Рекомендуется: представить недостающие сведения в отчёте.');
  expect(a.note.sections.some((s) => s.heading.startsWith('Приложение 2'))).toBe(false);
});

test('an empty purpose in the settings gives the default purpose, not «с целью .»', () => {
  const settings = tinySettings(['А район']);
  settings.document = { ...settings.document, purpose: '' };
  const g = workbookGrids(settings, { 'А район': { orgs: { general: 4, additional: 1 } } });
  expect(section(analyze(g.settingsValues, g.tabs), 'intro')).toContain(
    'Организатор Мониторинга — ГАУ ДПО «Институт развития образования Тестовой области». Мониторинг проводился с целью анализа текущей ситуации и выработки адресных рекомендаций.',
  );
});

describe('the general recommendations, word for word', () => {
  const base = tinySettings(['А район']);
  const settings = (over: Partial<Settings>, document: Partial<Settings['document']> = {}): Settings => ({
    ...base,
    ...over,
    document: { ...base.document, ...document },
  });
  const forms: Settings['forms'] = [
    { key: 'a', name: 'ученик–ученик', directions: '', targetPercent: 75, targetDate: '01.09.2025' },
    { key: 'b', name: 'учитель–ученик', directions: '', targetPercent: 75, targetDate: '01.09.2025' },
    { key: 'c', name: 'студент–ученик', directions: '', targetPercent: 50, targetDate: '' },
    { key: 'd', name: 'работодатель–ученик', directions: '', targetPercent: null, targetDate: '' },
  ];
  const resources: Settings['resources'] = [
    { text: 'методические рекомендации', url: 'https://example.org/a', when: '' },
    { text: 'курсы повышения квалификации', url: '', when: '' },
    { text: 'конкурс «Наставник года»', url: 'https://example.org/b', when: 'октябрь 2025 г.' },
    { text: 'форум наставников', url: '', when: 'май 2026 г.' },
  ];
  const paragraphs = (s: Settings) => recommendationsSection(s, []).paragraphs.map((t) => t.replace(/\u00a0/g, ' '));

  test('targets grouped by percent and date, each item closed by «;» and the last by «.»; resources, then events', () => {
    const organiser = 'ГАУ ДПО «Институт развития образования»';
    expect(paragraphs(settings({ forms, resources }, { organiser }))).toEqual([
      'ГАУ ДПО «Институт развития образования» рекомендует руководителям органов местного самоуправления, осуществляющих управление в сфере образования, стремиться обеспечить:',
      '75 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию форм наставничества «ученик–ученик» и «учитель–ученик» к 1 сентября 2025 г.;',
      '50 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию формы наставничества «студент–ученик».',
      'Руководителям органов местного самоуправления, осуществляющих управление в сфере образования; муниципальным и школьным координаторам реализации программ наставничества рекомендуется использовать потенциал следующих ресурсов, проектов и программ для развития деятельности по направлению наставничества:',
      'методические рекомендации (https://example.org/a);',
      'курсы повышения квалификации.',
      'Рекомендуется создать условия для представления лучших практик на следующих мероприятиях:',
      'конкурс «Наставник года» (https://example.org/b) — октябрь 2025 г.;',
      'форум наставников — май 2026 г.',
    ]);
  });

  test('one date for every target goes into the lead-in; no organiser and no addressees give «Рекомендуется»', () => {
    const one = forms.slice(0, 2);
    expect(paragraphs(settings({ forms: one, resources: resources.slice(0, 1) }, { organiser: '', addressees: [] }))).toEqual([
      'Рекомендуется стремиться к 1 сентября 2025 г. обеспечить:',
      '75 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию форм наставничества «ученик–ученик» и «учитель–ученик».',
      'Рекомендуется использовать потенциал следующего ресурса для развития деятельности по направлению наставничества:',
      'методические рекомендации (https://example.org/a).',
    ]);
  });

  test('an addressee without a participial phrase takes no comma; no targets and no resources leave the section empty', () => {
    const s = settings({ forms: forms.slice(0, 1), resources: resources.slice(1, 2) }, { addressees: ['Муниципальным координаторам'] });
    expect(paragraphs(s)).toEqual([
      'ГАУ ДПО «Институт развития образования Тестовой области» рекомендует муниципальным координаторам стремиться к 1 сентября 2025 г. обеспечить:',
      '75 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию формы наставничества «ученик–ученик».',
      'Муниципальным координаторам рекомендуется использовать потенциал следующего ресурса для развития деятельности по направлению наставничества:',
      'курсы повышения квалификации.',
    ]);
    expect(paragraphs(settings({ forms: forms.slice(3), resources: [] }))).toEqual([]);
  });
});
