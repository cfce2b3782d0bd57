// The note on the bundled Tomsk sample: the frame, honest figures from percentages only, dates, leaders, recommendations, table 3.
import { analyze } from '../../src/workbook/analyze';
import { parseSettings, renderSettings } from '../../src/workbook/settingsTab';
import { defaultSettings } from '../../src/workbook/defaults';
import { PALETTE } from '../../src/domain/palette';
import { renderIndicatorsTab } from '../../src/workbook/summaryTabs';
import { classify, statusOf } from '../../src/domain/summary';
import { notePrintsRecommendations } from '../../src/domain/noteRecommendations';
import { docValues, sampleGrids, workbookGrids } from '../helpers/grids';

const g = sampleGrids();
const a = analyze(g.settingsValues, g.tabs);
const plain = (t: string) => t.replace(/\u00a0/g, ' ');
const sectionText = (start: string) => plain(a.note.sections.find((s) => plain(s.heading).startsWith(start))!.paragraphs.join('\n'));
const text = plain(a.note.sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n'));

test('the frame of the regional letter: addressees, title, legal basis, organiser, participants, placeholders for people', () => {
  expect(a.note.frame.sender).toBe('Департамент общего образования Томской области');
  expect(a.note.frame.addressees).toHaveLength(3);
  expect(a.note.frame).toMatchObject({
    title: 'Об итогах мониторинга',
    documentKind: 'Аналитическая справка',
    date: '',
    number: '',
  });
  expect(a.note.signature).toEqual({
    position: 'Начальник департамента',
    name: 'И. О. Фамилия',
    executor: 'Фамилия И. О., должность',
    executorPhone: '8 (000) 000-00-00',
  });
  expect(sectionText('')).toContain(
    'В Мониторинге приняли участие все 20 муниципалитетов, а также 12 областных государственных образовательных организаций, в отношении которых Департамент общего образования Томской области выполняет функции учредителя.',
  );
  expect(a.note.sections.map((s) => plain(s.heading)).filter((h) => h.startsWith('Пункт'))).toEqual([
    'Пункт 1. Реализация в образовательных организациях мероприятий, соответствующих формам наставничества «ученик–ученик», «учитель–ученик», «студент–ученик» и «работодатель–ученик»',
    'Пункт 2. Достижение показателей эффективности реализации программы «Развитие наставничества в системе общего образования Томской области на 2020–2024 годы» за 2020 и 2021 гг. в динамике',
  ]);
});

test('the published regional values shipped with the sample: the official figure is stated and the plan judged by it', () => {
  expect(sectionText('1 показатель')).toContain(
    'В 2020 г. плановый показатель составлял 10 %, фактически достигнутый результат (официальное значение) — 25,25 %; план выполнен. В 2021 г. плановый показатель составлял 20 %, фактически достигнутый результат (официальное значение) — 29,05 %; план выполнен.',
  );
  expect(sectionText('2 показатель')).toContain(
    'В 2020 г. плановый показатель составлял 10 %, фактически достигнутый результат (официальное значение) — 17,2 %; план выполнен. В 2021 г. плановый показатель составлял 20 %, фактически достигнутый результат (официальное значение) — 26,03 %; план выполнен.',
  );
  expect(a.summary.indicators.find((i) => i.id === '1')!.region.cur).toMatchObject({
    method: 'official',
    value: 29.05,
    met: true,
    mean: 42.15,
  });
  expect(sectionText('1 показатель')).toContain(
    'Муниципалитеты-лидеры, за счёт которых в том числе достигнут региональный результат (значение показателя в 2021 г. выше 50 %): Кривошеинский район (93 %), г. Томск (85,5 %), Кожевниковский район (73 %), Колпашевский район (66,6 %), Молчановский район (60 %) и Бакчарский район (54,5 %).',
  );
});

test('shares published as percentages only, no official value: no «фактически достигнутый результат», no plan verdict, the mean once «справочно»', () => {
  const settings = { ...g.settings, indicators: g.settings.indicators.map((i) => ({ ...i, official: {} })) };
  const w = workbookGrids(settings, g.reports);
  const b = analyze(w.settingsValues, w.tabs);
  const one = plain(b.note.sections.find((s) => plain(s.heading).startsWith('1 показатель'))!.paragraphs.join('\n'));
  expect(one).toContain(
    'Муниципалитеты указали только доли вовлечённых обучающихся, без численности обучающихся, поэтому фактическое региональное значение показателя рассчитать нельзя и выполнение плана не оценивается. ' +
      'Справочно: среднее арифметическое долей 20 муниципалитетов — 34,78 % в 2020 г. и 42,15 % в 2021 г.; оно не учитывает численность обучающихся.',
  );
  expect(one).not.toMatch(/фактически достигнутый результат|план (не )?выполнен|за счёт которых/);
  // Not reached (not computable), so the units above 50 % are named with their values, ordered by value, not as «лидеры, за счёт которых…».
  expect(one).toContain(
    'Значение показателя в 2021 г. выше 50 % отмечено у 6 муниципалитетов: Кривошеинский район (93 %), г. Томск (85,5 %), Кожевниковский район (73 %), Колпашевский район (66,6 %), Молчановский район (60 %) и Бакчарский район (54,5 %).',
  );
});

test('change over years: 0 → 0 is not «сохранили», every rise from 0 is to be clarified, «в 2,8 раза» instead of +178,74 %', () => {
  expect(sectionText('2 показатель')).toContain(
    'Все 18 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. (без учёта 2 муниципалитетов с нулевым значением в оба года).',
  );
  expect(sectionText('6 показатель')).toContain(
    'Рост с нулевого значения требует уточнения (вероятно, данные за 2020 г. не были представлены и указаны как нулевые): г.о. Стрежевой (с 0 до 3567 обучающихся), Асиновский район (с 0 до 1420 обучающихся), Каргасокский район (с 0 до 25 обучающихся), г. Кедровый (с 0 до 19 обучающихся) и Молчановский район (с 0 до 16 обучающихся). В сравнение по годам эти значения не включены.',
  );
  expect(sectionText('6 показатель')).toContain(
    '14 из 15 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. Значение показателя снизилось: Кривошеинский район (с 529 до 510 обучающихся, или на 3,6 %).',
  );
  expect(sectionText('8 показатель')).toContain('Наибольший рост — г. Томск: с 127 до 354 студентов, или в 2,8 раза.');
  // г. Томск's 3 → 136 representatives stands against its 6 enterprises of 2020: not stated as the largest growth.
  expect(sectionText('7 показатель')).toContain('Наибольший рост — Колпашевский район: с 15 до 26 представителей, или на 73,3 %.');
  expect(text).not.toContain('в 45 раз');
  // Like for like: the region's change over the units with both years and no rise from zero, the basis stated.
  expect(sectionText('5 показатель')).toContain(
    'По данным 15 муниципалитетов, представивших их за оба года (без учёта значений, требующих уточнения), значение показателя выросло с 12 927 до 20 485 обучающихся, или на 58,5 %.',
  );
  // «Все 20 муниципалитетов», never «100 % муниципалитетов (20 из 20)».
  expect(text).toContain('Все 20 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г.');
  expect(text).not.toMatch(/100 % муниципалитетов \((\d+) из \1\)/);
  expect(sectionText('5 показатель')).toContain(
    'Все 15 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г.',
  );
  expect(text).not.toMatch(/4433|→/);
  // The check's «fall by more than half» (Кривошеинский район, 3 → 0) and the cross-check with representatives
  // (Бакчарский район: 3 enterprises, 1 representative in 2020) are not stated as falls.
  expect(sectionText('3 показатель')).toContain(
    'Все 5 муниципалитетов сохранили или увеличили значение показателя по сравнению с 2020 г. (без учёта 8 муниципалитетов с нулевым значением в оба года).',
  );
  expect(sectionText('3 показатель')).not.toMatch(/Снижение|вызывающие сомнение/);
  expect(text).not.toMatch(/\([^()]*\([^()]*\)\)|\) \(/);
});

test('coverage targets before their date: how far there is to go, in п. п. with one decimal', () => {
  expect(sectionText('Пункт 1')).toContain(
    'До целевого значения 75 % на 1 января 2023 г. остаётся 11,3 п. п. для общеобразовательных организаций и 36,3 п. п. для организаций дополнительного образования.',
  );
  expect(sectionText('Пункт 1')).not.toContain('не достигнута');
});

test('leaders of a count indicator, ordered by value with values, only when the regional result was reached; three tiers, each list once', () => {
  const three = sectionText('3 показатель');
  // ЗАТО Северск (73 enterprises, 62 representatives) and г. Томск (6 and 3 in 2020) are to be clarified, not leaders.
  expect(three).toContain(
    'Значение показателя в 2021 г. выше 5 предприятий (организаций) отмечено у 2 муниципалитетов-лидеров, за счёт которых в том числе достигнут региональный результат: Томский район (17 ед.) и Колпашевский район (9 ед.).',
  );
  // г. Кедровый 0 → 6 is a rise from zero: not a leader, to be clarified.
  expect(three).toContain(
    'Рост с нулевого значения требует уточнения (вероятно, данные за 2020 г. не были представлены и указаны как нулевые): г. Кедровый — с 0 до 6 предприятий (организаций). В сравнение по годам это значение не включено.',
  );
  expect(three).toContain('От 1 до 2 предприятий (организаций) — Зырянский, Чаинский и Кожевниковский районы.');
  expect(three).toContain(
    'Нулевые результаты — у 8 муниципалитетов: г.о. Стрежевой, Александровский, Верхнекетский, Каргасокский, Молчановский, Парабельский, Первомайский и Тегульдетский районы.',
  );
  expect(three.match(/Александровский/g)).toHaveLength(1);
});

test('grammar an official reads for: a unit in the locative, one addressee in the singular, a phrase closed before the dash', () => {
  expect(sectionText('Пункт 1')).toContain('В г. Кедровом организации дополнительного образования отсутствуют.');
  const r = sectionText('Рекомендации');
  expect(r).toContain(
    '5. Обеспечить положительную динамику числа обучающихся, участвующих в профориентационных мероприятиях, — муниципалитету: Кривошеинский район.',
  );
  expect(r).toMatch(/\n16\. Уточнить сведения, представленные в отчёте \(приложение 2 и таблица 3\), — муниципалитетам: г\. Кедровый, /);
  expect(r).toContain(
    'Руководителям органов местного самоуправления, осуществляющих управление в сфере образования Томской области; руководителям областных государственных образовательных организаций, в отношении которых Департамент общего образования Томской области выполняет функции учредителя; муниципальным и школьным координаторам реализации программ наставничества рекомендуется использовать потенциал',
  );
});

test('general recommendations with the addressee, the targets, resources with links and events with dates', () => {
  const r = sectionText('Рекомендации');
  expect(r).toContain(
    'ОГБУ «Региональный центр развития образования» (региональный наставнический центр в системе общего образования) рекомендует руководителям органов местного самоуправления, осуществляющих управление в сфере образования Томской области, стремиться к 1 января 2023 г. обеспечить:',
  );
  expect(r).toContain(
    '75 % охват общеобразовательных организаций и организаций дополнительного образования, вовлечённых в реализацию форм наставничества «ученик–ученик» и «учитель–ученик»;',
  );
  expect(r).toContain(
    'всероссийский конкурс «Большая перемена» (http://rcro.tomsk.ru/proektyi-rtsro/vserossijskij-konkurs-dlya-shkol-nikov-bol-shaya-peremena/);',
  );
  expect(r).toContain(
    'V открытый конкурс педагогического мастерства «Педагогический опыт XXI века. Идеи. Инновации» — осенний период 2022 г.',
  );
  expect(r).toContain(
    '1. Усилить работу по показателю «доля обучающихся 5–11 классов, вовлечённых в наставничество» (значение ниже регионального планового показателя 2021 г. — 20 %) — муниципалитетам: Каргасокский, Тегульдетский и Верхнекетский районы.',
  );
  expect(r).not.toMatch(/показател(ь|ю) (№ )?\d/);
});

test('the excluded value is described in official language in appendix 2', () => {
  expect(sectionText('Приложение 2')).toBe(
    'ЗАТО Северск — число организаций дополнительного образования, реализующих форму «работодатель–ученик»: указано «4» (число организаций, реализующих форму, превышает общее число организаций); значение не учтено.',
  );
  expect(text).not.toMatch(/вкладк|ячейк|отмечен[аы]? как готов|Отсутствие данных не приравнивается|в таблицах «—»/i);
});

test("one definition: the note's groups and table 3's status come from the same classification", () => {
  for (const ind of a.summary.indicators) {
    const def = a.settings.indicators.find((i) => i.id === ind.id)!;
    const plan = def.plans[a.settings.reportYear] ?? null;
    for (const r of ind.rows) {
      const f = classify(def, r.prev, r.cur, plan, r.unclear);
      expect(statusOf(def, r.prev, r.cur, plan, r.unclear).status).toBe(r.status);
      expect(ind.groups.leaders.includes(r.unit)).toBe(f.leader);
      expect(ind.groups.belowPlan.includes(r.unit)).toBe(f.belowPlan);
      expect(ind.groups.belowMinimum.includes(r.unit)).toBe(f.belowMinimum);
      if (r.status === 'лидер') expect(ind.groups.leaders).toContain(r.unit);
      if (r.status === 'ниже плана') expect(ind.groups.belowPlan).toContain(r.unit);
    }
  }
});

describe('table 3', () => {
  const doc = renderIndicatorsTab(a);
  const rows = doc.cells.map((r) => r.map((c) => c.v));
  test('an indicator with no data at all is one line', () => {
    const i = rows.findIndex((r) => String(r[0]).startsWith('4. '));
    expect(rows[i]).toEqual([`4. ${a.summary.indicators[3].name} — данные за 2020 и 2021 гг. не представлены`]);
    expect(rows[i + 1]).toEqual([]);
  });
  test('count indicators: minimum and leader threshold per unit, the plan on the regional row only', () => {
    const head = rows.findIndex((r) => String(r[0]).startsWith('3. '));
    expect(rows[head + 1]).toEqual([
      'Муниципалитет',
      '2020 г.',
      '2021 г.',
      'Изменение',
      'Изменение, %',
      'План 2020',
      'План 2021',
      'Минимум для единицы',
      'Лидер: выше',
      'Статус',
      'Динамика',
    ]);
    const unit = rows[head + 2];
    expect(unit.slice(5, 9)).toEqual(['', '', 2, 5]);
    const region = rows.slice(head).find((r) => r[0] === 'Регион (факт)')!;
    expect(region.slice(1, 9)).toEqual([92, 121, 29, '', 2, 5, '', '']);
  });
  test("an invalid value is «не учтено» in the legend's colour, whatever the status", () => {
    const s = {
      ...g.reports,
      'Асиновский район': {
        ...g.reports['Асиновский район'],
        indicators: { ...g.reports['Асиновский район'].indicators, '3': { prev: 1, cur: 'восемь' } },
      },
    };
    const w = workbookGrids(g.settings, s);
    const cells = renderIndicatorsTab(analyze(w.settingsValues, w.tabs)).cells;
    const errors = cells.flat().filter((c) => c.v === 'не учтено');
    expect(errors.length).toBeGreaterThan(0);
    for (const c of errors) expect(c.style?.background).toBe(PALETTE.error);
    expect(cells[1].find((c) => c.v === '«не учтено» — значение не соответствует форме отчёта')!.style!.background).toBe(PALETTE.error);
    expect(cells.flat().some((c) => c.v === 'ошибка')).toBe(false);
  });
});

describe('settings of the document', () => {
  test('a new workbook inherits no Tomsk targets, dates or resources, and has a neutral frame to fill', () => {
    const read = parseSettings(docValues(renderSettings(defaultSettings(2025)))).settings;
    expect(read.forms.map((f) => [f.targetPercent, f.targetDate])).toEqual([
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
    ]);
    expect(read.resources).toEqual([]);
    expect(read.indicators.map((i) => i.deadline)).toEqual(['', '', '', '', '', '', '', '']);
    expect(read.document).toMatchObject({
      title: 'Об итогах мониторинга реализации программ наставничества',
      organiser: '',
      signerPosition: '',
      signerName: '',
      executor: '',
      basis: [],
      font: 'Times New Roman',
    });
  });
  test('the frame fields round-trip through the settings tab', () => {
    const read = parseSettings(g.settingsValues).settings;
    expect(read.document).toEqual(g.settings.document);
    expect(read.resources).toEqual(g.settings.resources);
    expect(read.forms.map((f) => f.evidence)).toEqual([[], [], ['8'], ['3', '7']]);
  });
  test('a target date before the reporting period is a settings warning', () => {
    const settings = {
      ...g.settings,
      forms: g.settings.forms.map((f, i) => (i === 0 ? { ...f, targetDate: '01.01.2020' } : f)),
    };
    const w = workbookGrids(settings, g.reports);
    const found = analyze(w.settingsValues, w.tabs).findings.filter((f) => f.rule === 'settings');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', label: 'Срок цели', value: '01.01.2020' });
    expect(found[0].message).toBe(
      'Срок цели раньше отчётного 2021 года: цель, вероятно, осталась от прошлых лет. Укажите актуальные цель и срок.',
    );
  });
});

test('the note prints every addressed recommendation (Приложение 1), so the report and the Word file add no second copy', () => {
  expect(a.recommendations.length).toBe(20);
  expect(notePrintsRecommendations(a.note, a.recommendations)).toBe(true);
  const withoutAppendix = { ...a.note, sections: a.note.sections.filter((s) => !s.heading.startsWith('Приложение 1')) };
  expect(notePrintsRecommendations(withoutAppendix, a.recommendations)).toBe(false);
  expect(notePrintsRecommendations({ ...a.note, sections: [] }, a.recommendations)).toBe(false);
  expect(notePrintsRecommendations({ ...a.note, sections: [] }, [])).toBe(true);
  // A recommendation printed word for word (not under its unit's name) counts as printed too.
  const r = a.recommendations[0];
  const asText = { ...a.note, sections: [{ ...a.note.sections[0], paragraphs: [r.text] }] };
  expect(notePrintsRecommendations(asText, [r])).toBe(true);
  expect(notePrintsRecommendations(asText, a.recommendations.slice(0, 2))).toBe(false);
  // «Unit: …» counts only as the paragraph's opening: the name after another colon, or without «: », is not a printed recommendation.
  const paragraphs = (...p: string[]) => ({ ...a.note, sections: [{ ...a.note.sections[0], paragraphs: p }] });
  const named = { ...r, unit: 'Лесной район', text: 'другое' };
  expect(notePrintsRecommendations(paragraphs('Итог: Лесной район: обеспечить…'), [named])).toBe(false);
  expect(notePrintsRecommendations(paragraphs('Лесной район обеспечить…'), [named])).toBe(false);
  expect(notePrintsRecommendations(paragraphs('Лесной\u00a0район: обеспечить: довести…'), [named])).toBe(true);
});
