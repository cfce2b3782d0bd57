// The coordinators' comments typed on a unit tab reach «Справка» (appendix) and «Ход сбора» (column «Пояснения») after a build, as text.
import { sampleSession } from '../helpers/bundle';
import { checkAndBuild, typeInto } from '../helpers/badInputs';

const ASINO = 'Асиновский район';
const HEADING = 'Приложение 3. Пояснения муниципалитетов к представленным сведениям';

function commentedSample() {
  const s = sampleSession();
  typeInto(s.ss, ASINO, 'ind:3:value', 'E', 'Предприятия района работают сезонно.');
  // Typed into the plain-text column, these stay text on the unit tab; the summary tabs must keep them text too.
  typeInto(s.ss, ASINO, 'ind:1:title', 'E', '+ уточним после проверки');
  typeInto(s.ss, ASINO, 'ind:7:value', 'E', '=СУММ(A1:A3)');
  return s;
}

test('comments typed on a unit tab appear on «Справка» under their unit and on «Ход сбора», never as formulas', () => {
  const s = commentedSample();
  const { build } = checkAndBuild(s);
  expect(build.ok).toBe(true);
  // The JSON of `build --json`: the words as typed (trimmed), the years without a value.
  expect(build.output!.schemaVersion).toBe(3);
  expect(build.output!.summary.comments).toEqual([
    {
      unit: ASINO,
      comments: [
        { indicator: '1', text: '+ уточним после проверки', missingYears: [], reasons: [] },
        { indicator: '3', text: 'Предприятия района работают сезонно.', missingYears: [], reasons: [] },
        { indicator: '7', text: '=СУММ(A1:A3)', missingYears: [], reasons: [] },
      ],
    },
  ]);

  const note = s.ss.getSheetByName('Справка')!.getDataRange();
  const lines = note.getValues().map((r) => String(r[0]).replace(/\u00a0/g, ' '));
  const at = lines.indexOf(HEADING);
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 5)).toEqual([
    'Асиновский район:',
    'показатель № 1 «доля обучающихся 5–11 классов, вовлечённых в наставничество»: «+ уточним после проверки»;',
    'показатель № 3 «число предприятий (организаций), предоставивших наставников»: «Предприятия района работают сезонно»;',
    'показатель № 7 «число представителей предприятий (организаций) — наставников обучающихся»: «=СУММ(A1:A3)».',
  ]);
  expect(lines).toContain('Пояснения муниципалитетов к представленным сведениям приведены в приложении 3.');
  expect(note.getFormulas().flat().filter(Boolean)).toEqual([]);

  const campaign = s.ss.getSheetByName('Ход сбора')!.getDataRange();
  const rows = campaign.getValues();
  const col = rows[1].indexOf('Пояснения');
  expect(col).toBeGreaterThan(0);
  const asino = rows.findIndex((r) => r[0] === ASINO);
  expect(rows[asino][col]).toBe('1. + уточним после проверки\n3. Предприятия района работают сезонно.\n7. =СУММ(A1:A3)');
  expect(rows.filter((r) => r[0] !== ASINO).map((r) => r[col])).not.toContain(expect.stringMatching(/уточним|СУММ/));
  expect(campaign.getFormulas().flat().filter(Boolean)).toEqual([]);
  // The coordinator is told where the comments go and what they become.
  expect(s.ss.getSheetByName('Инструкция')!.getDataRange().getValues().flat()).toContain(
    '6. Комментарии и причины, по которым данных нет, пишите в столбец «Комментарий», а не в ячейку с числом: они войдут в приложение к справке.',
  );
});

test('a reason typed after «нет данных» is printed as the reason, the comment beside it as the comment, with no error', () => {
  const s = sampleSession();
  typeInto(s.ss, ASINO, 'ind:5:value', 'D', 'нет данных: проектная деятельность не учитывалась');
  typeInto(s.ss, ASINO, 'ind:5:value', 'E', 'Учёт введён с 2022 г.');
  const { check } = checkAndBuild(s);
  expect(check.findings.filter((f) => f.unit === ASINO && f.severity === 'error')).toEqual([]);
  const lines = s.ss
    .getSheetByName('Справка')!
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]).replace(/\u00a0/g, ' '));
  expect(lines.slice(lines.indexOf(HEADING) + 1, lines.indexOf(HEADING) + 3)).toEqual([
    'Асиновский район:',
    'показатель № 5 «число обучающихся, вовлечённых в проектную деятельность» — сведения за 2021 г. не представлены, причина: «проектная деятельность не учитывалась»; комментарий: «Учёт введён с 2022 г.».',
  ]);
  const campaign = s.ss.getSheetByName('Ход сбора')!.getDataRange().getValues();
  expect(campaign.find((r) => r[0] === ASINO)![campaign[1].indexOf('Пояснения')]).toBe(
    '5. проектная деятельность не учитывалась; Учёт введён с 2022 г.',
  );
});
