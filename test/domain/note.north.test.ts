// The note on a second, made-up region (data/north-2024): pupil counts, examples, other years and targets; literal sentences.
import { analyze } from '../../src/workbook/analyze';
import { importCsvFolder } from '../../src/local/csvImport';
import { noteTables } from '../../src/domain/noteTables';
import { workbookGrids } from '../helpers/grids';

const { settings, reports } = importCsvFolder('data/north-2024');
const a = analyze(workbookGrids(settings, reports).settingsValues, workbookGrids(settings, reports).tabs);
const NB = '\u00a0';
/** The note's texts with no-break spaces read as spaces, for literal sentences; typography is checked on the raw text. */
const raw = a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n');
const text = raw.replace(/\u00a0/g, ' ');
const sectionText = (start: string) =>
  a.note.sections
    .find((s) => s.heading.replace(/\u00a0/g, ' ').startsWith(start))!
    .paragraphs.join('\n')
    .replace(/\u00a0/g, ' ');
const ind = (id: string) => a.summary.indicators.find((i) => i.id === id)!;

test('the frame comes from the settings: sender, addressees, date and number, title, signature with placeholders', () => {
  expect(a.fatal).toEqual([]);
  expect(a.note.frame).toEqual({
    sender: 'Министерство образования Северной области',
    addressees: [
      'Руководителям органов местного самоуправления, осуществляющих управление в сфере образования',
      'Муниципальным координаторам программ наставничества',
    ],
    date: '15.02.2025',
    number: '12-345',
    title: `Об итогах мониторинга реализации программ наставничества в 2024${NB}году`,
    documentKind: 'Аналитическая справка',
    font: 'Times New Roman',
  });
  expect(a.note.signature).toEqual({
    position: 'Министр образования Северной области',
    name: 'И. О. Фамилия',
    executor: 'Фамилия И. О., методист',
    executorPhone: '8 (000) 000-00-00',
  });
  const intro = a.note.sections[0];
  expect(intro.role).toBe('intro');
  expect(intro.paragraphs.map((p) => p.replace(/\u00a0/g, ' '))).toEqual([
    'Мониторинг реализации программ наставничества за 2024 г. (далее — Мониторинг) проведён во исполнение:',
    'приказа Министерства образования Северной области от 10.01.2023 № 1-п «Об утверждении программы „Наставничество в образовании Северной области на 2023–2027 годы“».',
    'Организатор Мониторинга — ГАУ ДПО «Институт развития образования Северной области». Мониторинг проводился с целью анализа текущей ситуации и выработки адресных рекомендаций.',
    'В рамках Мониторинга на основе отчётов муниципалитетов анализировались:',
    'реализация в образовательных организациях мероприятий, соответствующих формам наставничества «ученик–ученик», «учитель–ученик», «студент–ученик» и «работодатель–ученик»;',
    'исполнение показателей эффективности реализации программы «Наставничество в образовании Северной области на 2023–2027 годы» за 2023 и 2024 гг. в динамике.',
    'В Мониторинге приняли участие все 5 муниципалитетов, а также 3 государственные образовательные организации. Отчёт представлен не в полном объёме: Лесной район.',
  ]);
  expect(a.note.sections.map((s) => s.role)).toEqual([
    'intro',
    'point',
    'point',
    'indicator',
    'indicator',
    'indicator',
    'indicator',
    'indicator',
    'conclusion',
    'recommendations',
    'appendix',
  ]);
  const refs = a.note.sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'table')
    .map((b) => b.kind === 'table' && b.table);
  expect(refs).toEqual(['table1', 'table2', 'table3']);
});

test('share with pupil counts everywhere: the weighted regional value, computed by hand, judged against the plan', () => {
  // 2024: (5000 + 400 + 100 + 900 + 1500) / (10000 + 2000 + 1000 + 1500 + 2500) = 7900 / 17000 = 46,47 %; 2023: 4900 / 17000 = 28,82 %.
  expect(ind('1').region.cur).toMatchObject({
    method: 'weighted',
    value: 46.47,
    involved: 7900,
    total: 17000,
    met: true,
  });
  expect(ind('1').region.prev).toMatchObject({ method: 'weighted', value: 28.82, met: false });
  expect(sectionText('1 показатель')).toContain(
    'В 2023 г. плановый показатель составлял 30 %, фактически достигнутый результат — 28,82 % (4900 из 17 000 обучающихся по данным 5 муниципалитетов); план не выполнен. ' +
      'В 2024 г. плановый показатель составлял 40 %, фактически достигнутый результат — 46,47 % (7900 из 17 000 обучающихся по данным 5 муниципалитетов); план выполнен.',
  );
  expect(sectionText('1 показатель')).toContain(
    'Муниципалитеты-лидеры, за счёт которых в том числе достигнут региональный результат (значение показателя в 2024 г. выше 50 %): Озёрный район (60 %) и г.о. Приморский (60 %).',
  );
  expect(sectionText('1 показатель')).toContain(
    'Рекомендуется усилить работу по данному направлению следующим муниципалитетам, показавшим значение ниже регионального планового показателя 2024 г. (40 %): Лесной и Заречный районы.',
  );
});

test('share with counts from some units only: says what was computed over whom, no plan verdict, the mean once «справочно»', () => {
  // Counts: г. Полярный 300 / 1000, Озёрный район 100 / 500 → 400 / 1500 = 26,67 %. Mean of all five shares: (30 + 15 + 0 + 20 + 55) / 5 = 24.
  expect(ind('2').region.cur).toMatchObject({
    method: 'mean',
    met: null,
    unitsWithCounts: 2,
    unitsWithData: 5,
    weightedPartial: 26.67,
    mean: 24,
  });
  const t = sectionText('2 показатель');
  expect(t).toContain(
    'Численность обучающихся указали 2 из 5 муниципалитетов: по ним доля вовлечённых обучающихся составляет 26,67 % (400 из 1500 обучающихся). ' +
      'Остальные указали только доли, поэтому региональное значение показателя рассчитать нельзя и выполнение плана не оценивается. ' +
      'Справочно: среднее арифметическое долей 5 муниципалитетов — 16 % в 2023 г. и 24 % в 2024 г.; оно не учитывает численность обучающихся.',
  );
  expect(t.match(/Справочно/g)).toHaveLength(1);
  expect(t).not.toMatch(/фактически достигнутый результат|план (не )?выполнен|лидеры, за счёт которых/);
  expect(t).toContain('Значение показателя в 2024 г. выше 50 % отмечено у 1 муниципалитета: г.о. Приморский (55 %).');
  expect(t).toContain(
    'Нулевое значение показателя в 2023 и 2024 гг. (Лесной район) требует срочных мер и управленческих решений по исправлению ситуации.',
  );
  expect(t).toContain('(без учёта 1 муниципалитета с нулевым значением в оба года).');
});

test('coverage targets are judged by their date: before it, how far there is to go; once due, reached or not', () => {
  const t = sectionText('Пункт 1');
  // «ученик–ученик»: 52 of 80 = 65 % and 10 of 20 = 50 % against 75 % by 01.09.2025 (after the reporting year).
  expect(t).toContain(
    'Форму «ученик–ученик» реализуют 52 из 80 общеобразовательных организаций (65 %) и 10 из 20 организаций дополнительного образования (50 %). ' +
      'До целевого значения 75 % на 1 сентября 2025 г. остаётся 10 п. п. для общеобразовательных организаций и 25 п. п. для организаций дополнительного образования.',
  );
  // «учитель–ученик»: 80 % by 01.01.2025 is due for the 2024 report: 85 % reached, 75 % short by 5.
  expect(t).toContain(
    'Целевое значение 80 % на 1 января 2025 г. не достигнуто: недостаёт 5 п. п. для организаций дополнительного образования; для общеобразовательных организаций оно достигнуто.',
  );
  expect(t).toContain(
    'Наибольшая доля общеобразовательных организаций реализует форму «учитель–ученик» (85 %), далее следуют «ученик–ученик» (65 %), «работодатель–ученик» (35 %) и «студент–ученик» (20 %).',
  );
  expect(t).toContain(
    // One unit, one colon: no «следующих муниципалитетов» for a single unit, no second colon before the list.
    'Требуют уточнения сведения о реализации формы «работодатель–ученик» (Заречный район — 12 из 14 организаций): организации реализуют форму, однако значения показателей ' +
      '«число предприятий (организаций) — партнёров» и «число представителей предприятий — наставников» в 2024 г. равны нулю.',
  );
});

test("best practices typed by the units appear per form with the unit's name after the text, and are recommended for the region's event", () => {
  const t = sectionText('Пункт 1');
  // One example is «Яркий пример»; the unit follows its text, so no line runs colon after colon.
  expect(t).toContain(
    'Яркий пример реализации формы «ученик–ученик»:\nШкольный клуб «Наставник» объединяет 120 пар «ученик–ученик» (г. Полярный).',
  );
  expect(t).toContain(
    'Яркий пример реализации формы «работодатель–ученик»:\nПрофориентационные смены на судоремонтном заводе для учащихся 8–9 классов (г.о. Приморский).',
  );
  // The event of «Настройки» (a resource with «Когда»), in the department's words, addressed to the units that typed them.
  expect(sectionText('Рекомендации')).toContain(
    '17. Создать условия для представления практик, приведённых в отчётах как яркие примеры реализации форм наставничества, на региональном мероприятии (областной конкурс «Наставник года», октябрь 2025 г.) — муниципалитетам: г. Полярный, Озёрный район и г.о. Приморский.',
  );
  expect(a.recommendations.find((x) => x.unit === 'г. Полярный')!.text.replace(/\u00a0/g, ' ')).toMatch(
    /; создать условия для представления практики, приведённой в отчёте как яркий пример, на региональном мероприятии\.$/,
  );
  expect(sectionText('Рекомендации')).not.toContain('Представить опыт реализации программ наставничества');
});

test('count and dynamics: like-with-like totals, a rise from zero to be clarified, three tiers, leaders with values', () => {
  // Indicator 5: Лесной район has 2024 only, Заречный район rose from 0 (its 2023 most likely not reported): both are out
  // of both totals, like for like: 1000 + 200 + 300 = 1500 → 1500 + 150 + 300 = 1950 (+30 %).
  expect(ind('5').paired).toEqual({ prev: 1500, cur: 1950, units: 3, leftOut: ['Лесной район'], doubtful: ['Заречный район'] });
  const five = sectionText('5 показатель');
  expect(five).toContain(
    'По данным 3 муниципалитетов, представивших их за оба года (без учёта значений, требующих уточнения), значение показателя выросло с 1500 до 1950 обучающихся, или на 30 %.',
  );
  // One unit: «Не учтены данные, …», no gender of the unit noun needed.
  expect(five).toContain('Не учтены данные, представленные только за один год: Лесной район.');
  expect(five).toContain(
    'Рост с нулевого значения требует уточнения (вероятно, данные за 2023 г. не были представлены и указаны как нулевые): Заречный район (с 0 до 400 обучающихся). В сравнение по годам это значение не включено.',
  );
  expect(five).toContain(
    '2 из 3 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2023 г. Значение показателя снизилось: Озёрный район (с 200 до 150 обучающихся, или на 25 %).',
  );
  const three = sectionText('3 показатель');
  expect(three).toContain(
    'Значение показателя в 2024 г. выше 5 предприятий (организаций) отмечено у 2 муниципалитетов-лидеров, за счёт которых в том числе достигнут региональный результат: г. Полярный (12 ед.) и г.о. Приморский (6 ед.).',
  );
  // Лесной район 0 → 1 is a rise from zero like any other: to be clarified, in no tier and not counted as growth.
  expect(three).toContain(
    'Рост с нулевого значения требует уточнения (вероятно, данные за 2023 г. не были представлены и указаны как нулевые): Лесной район — с 0 до 1 предприятия (организации). В сравнение по годам это значение не включено.',
  );
  // «По 2 …» is said of several units; one unit has its value alone.
  expect(three).toContain('\n2 предприятия (организации) — Озёрный район.');
  expect(three).toContain('Нулевые результаты — у 1 муниципалитета: Заречный район.');
  expect(three).toContain(
    'Для муниципалитетов с результатом менее 2 предприятий (организаций) рекомендуется изучить опыт муниципалитетов-лидеров (г. Полярный и г.о. Приморский) по данному направлению и обеспечить привлечение не менее 2 предприятий (организаций) к реализации программ наставничества к 1 сентября 2025 г. К ним относятся: Лесной район, а также муниципалитет с нулевым результатом.',
  );
  expect(sectionText('7 показатель')).toContain('\n3 представителя — Озёрный район.');
  expect(sectionText('7 показатель')).toContain(
    'Для муниципалитетов с результатом менее 5 представителей (Озёрный и Лесной районы, а также муниципалитет с нулевым результатом) рекомендуется',
  );
  expect(sectionText('7 показатель')).toContain(
    'По данным 4 муниципалитетов, представивших их за оба года (без учёта значений, требующих уточнения), значение показателя выросло с 16 до 31 представителя, или на 93,8 %.',
  );
  // The counts add up: 3 compared + 1 with zeros in both years = the 4 of the basis; Лесной район (0 → 0, contradicting
  // indicator 3) is counted once, among the values to clarify, not also among the zeros.
  expect(sectionText('7 показатель')).toContain(
    'Все 3 муниципалитета сохранили или увеличили значение показателя по сравнению с 2023 г. (без учёта 1 муниципалитета с нулевым значением в оба года).',
  );
  expect(sectionText('7 показатель')).toContain('Наибольший рост — г. Полярный: с 10 до 20 представителей, или в 2 раза.');
  expect(sectionText('1 показатель')).toContain('Наибольший рост — Озёрный район: с 33,33 % до 60 %, или на 26,7 п. п.');
  expect(text).not.toMatch(/\([^()]*\([^()]*\)\)|\) \(|\bПо \d+ \S+ — [^,]+\.$/m);
});

test('recommendations: general ones with addressee and means, addressed ones grouped by measure, a per-unit appendix', () => {
  const r = sectionText('Рекомендации');
  expect(r).toContain(
    'ГАУ ДПО «Институт развития образования Северной области» рекомендует руководителям органов местного самоуправления, осуществляющих управление в сфере образования, стремиться обеспечить:',
  );
  expect(r).toContain('методические рекомендации по наставничеству (https://example.org/nastavnichestvo).');
  expect(r).toContain('областной конкурс «Наставник года» (https://example.org/konkurs) — октябрь 2025 г.');
  expect(r).toContain(
    '6. Обеспечить привлечение не менее 5 представителей к реализации программ наставничества к 1 сентября 2025 г. (показатель «число представителей предприятий — наставников»), ' +
      'изучив опыт муниципалитетов-лидеров (г. Полярный и г.о. Приморский), — муниципалитетам: Озёрный, Заречный и Лесной районы.',
  );
  expect(r).toContain(
    // The participial phrase is closed by a comma before the dash; one addressee in the singular.
    '5. Обеспечить положительную динамику числа обучающихся, вовлеченных в проектную деятельность, — муниципалитету: Озёрный район.',
  );
  // One addressee in the singular dative.
  expect(r).toContain('15. Представить недостающие сведения в отчёте — муниципалитету: Лесной район.');
  expect(r).not.toMatch(/муниципалитетам: [^,\n]+ район\./);
  // Addressees with a participial phrase of their own are parted by «;», as the department writes.
  expect(r).toContain(
    'Руководителям органов местного самоуправления, осуществляющих управление в сфере образования; муниципальным координаторам программ наставничества рекомендуется использовать потенциал',
  );
  const appendix = sectionText('Приложение 1');
  expect(appendix).toContain(
    'Лесной район: усилить работу по показателю «доля обучающихся 5–11 классов в наставничестве» (план 2024 г. — 40 %); ' +
      'принять срочные меры по показателю «доля обучающихся организаций дополнительного образования в наставничестве» (нулевое значение в 2023 и 2024 гг.); ' +
      'обеспечить привлечение к реализации программ наставничества к 1 сентября 2025 г. не менее 2 предприятий (организаций) и 5 представителей;',
  );
  expect(a.recommendations.find((x) => x.unit === 'Лесной район')!.text.replace(/\u00a0/g, ' ')).toMatch(
    /^Рекомендуется: усилить работу по показателю.*; представить недостающие сведения в отчёте; уточнить сведения, представленные в отчёте\.$/,
  );
});

test('typography: no-break spaces, «и» before the last item, «с … до …», en dashes, nested quotes, one digit grouping', () => {
  expect(raw).toContain(`2024${NB}г.`);
  expect(raw).toContain(`г.${NB}Полярный`);
  expect(raw).toContain(`г.о.${NB}Приморский`);
  expect(raw).toContain(`120${NB}пар`);
  expect(raw).toContain(`17${NB}000${NB}обучающихся`);
  expect(raw).toContain(`10${NB}п.${NB}п.`);
  expect(raw).toContain(`5–11${NB}классов`);
  expect(raw).toContain('«Об утверждении программы „Наставничество в образовании Северной области на 2023–2027');
  expect(text).toContain('2023 и 2024 гг.');
  expect(text).not.toMatch(/→|\d-\d|\.\.(?!\.)|\s,/);
  expect(text).not.toMatch(/[«„][^»“]*$/m);
});

test('no software voice in the note: no tabs, cells, ticks or table conventions', () => {
  expect(text).not.toMatch(/вкладк|ячейк|отмечен[аы]? как готов|Отсутствие данных не приравнивается|в таблицах «—»|«Проверка»|Настройк/i);
});

test('read as an official: plans said once, a verdict with its reason, one value in the singular, one resource and one event', () => {
  // Neither year has a fact to state: the two plans in one sentence, not «плановый показатель составлял» twice.
  expect(sectionText('2 показатель').split('\n')[0]).toBe('Плановый показатель составлял 30 % в 2023 г. и 40 % в 2024 г.');
  // 2 of 5 municipalities gave pupil counts (quoted in the section): the conclusion does not say no count was given.
  expect(sectionText('Выводы')).toContain(
    'по показателю № 2 выполнение плана не оценивается, так как численность обучающихся указали не все муниципалитеты (таблица 3).',
  );
  // Лесной район contradicts indicator 7 in 2024 only: one value.
  expect(sectionText('3 показатель')).toContain(
    'Требует уточнения значение, не согласующееся с числом их представителей (показатель № 7): Лесной район. В сравнение по годам оно не включено.',
  );
  expect(sectionText('Рекомендации')).toContain(
    'муниципальным координаторам программ наставничества рекомендуется использовать потенциал следующего ресурса для развития деятельности по направлению наставничества:',
  );
  expect(sectionText('Рекомендации')).toContain('Рекомендуется создать условия для представления лучших практик на следующем мероприятии:');
  // One form after the colon of a merged measure: «реализующих форму».
  expect(a.recommendations.find((r) => r.unit === 'Лесной район')!.text).toContain(
    `довести долю организаций, реализующих форму наставничества, до 80${NB}%: «учитель–ученик» (ОО);`,
  );
  expect(text).not.toMatch(/следующих муниципалитетов, однако|\d+(,\d+)? % муниципалитетов \(/);
});

test('table 3: a mean of shares is labelled in one colon, «Справочно (среднее долей): 24 %»', () => {
  const table3 = noteTables(a.settings, a.summary).find((t) => t.number === '3')!;
  const row = table3.body.find((r) => r[0].text === '2.')!;
  expect(row.slice(2, 4).map((c) => c.text)).toEqual([`Справочно (среднее долей): 16${NB}%`, `Справочно (среднее долей): 24${NB}%`]);
});
