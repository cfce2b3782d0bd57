// The CSV folder format: csv-parse errors name the file and line; pupil counts and bright examples reach the unit tabs;
// Excel's Russian «CSV» (Windows-1251, «;»), UTF-16 and tab-separated files read the same; a plan of «30%» is refused.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsvFolder, parseCsv } from '../../src/local/csvImport';
import { InputError } from '../../src/local/inputError';

test('quoted fields may hold commas, quotes and line breaks (RFC 4180)', () => {
  expect(parseCsv('a,b\n"x, ""y""","line 1\nline 2"\n')).toEqual([
    ['a', 'b'],
    ['x, "y"', 'line 1\nline 2'],
  ]);
});

test('an unclosed quote is an error naming the file and the line', () => {
  expect(() => parseCsv('a,b\n1,"2\n3,4\n', 'examples.csv')).toThrow(new InputError('examples.csv, строка 3: кавычка не закрыта.'));
});

test('a ragged row is an error naming the file and the line', () => {
  expect(() => parseCsv('a,b\n1,2\n3,4,5\n', 'x.csv')).toThrow(
    new InputError('x.csv, строка 3: число полей в строке не совпадает с заголовком.'),
  );
});

test('a broken file in a data folder is named with its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
  cpSync('data/north-2024', dir, { recursive: true });
  writeFileSync(join(dir, 'examples.csv'), `${readFileSync(join(dir, 'examples.csv'), 'utf8')}Лесной район,student_student,"не закрыто\n`);
  expect(() => importCsvFolder(dir)).toThrow(`${join(dir, 'examples.csv')}, строка 5: кавычка не закрыта.`);
});

test('pupil counts (involved_YYYY, total_YYYY) and examples.csv reach the report values; the years come from the columns', () => {
  const { settings, reports } = importCsvFolder('data/north-2024');
  expect([settings.previousYear, settings.reportYear]).toEqual([2023, 2024]);
  expect(reports['г. Полярный'].indicators!['1']).toEqual({
    involvedPrev: 3000,
    totalPrev: 10000,
    involvedCur: 5000,
    totalCur: 10000,
  });
  expect(reports['Заречный район'].indicators!['2']).toEqual({ prev: 10, cur: 15 });
  expect(reports['Озёрный район'].forms!.teacher_student.examples).toBe(
    'Проектные мастерские учителей и учеников работают в каждой школе района.',
  );
  expect(settings.forms.find((f) => f.key === 'teacher_student')).toMatchObject({
    targetPercent: 80,
    targetDate: '01.01.2025',
  });
  expect(settings.document.organiser).toBe('ГАУ ДПО «Институт развития образования Северной области»');
  expect(settings.resources[1]).toEqual({
    text: 'областной конкурс «Наставник года»',
    url: 'https://example.org/konkurs',
    when: 'октябрь 2025 г.',
  });
});

test('the published Tomsk folder loads as before: percentages only, no examples', () => {
  const { reports } = importCsvFolder('data/tomsk-2021');
  expect(reports['г. Томск'].indicators!['1']).toEqual({ prev: 79.2, cur: 85.5 });
  expect(Object.values(reports).every((r) => Object.values(r.forms!).every((f) => f.examples === undefined))).toBe(true);
});

describe('encodings and separators: what Excel and LibreOffice write in Russia reads the same as UTF-8 with commas', () => {
  // Windows-1251 bytes by the reverse of Node's own decoder (no iconv): every character of the sample has one.
  const decoder1251 = new TextDecoder('windows-1251');
  const byte1251 = new Map(Array.from({ length: 256 }, (_, b) => [decoder1251.decode(Uint8Array.of(b)), b] as const));
  const win1251 = (text: string) =>
    Buffer.from(
      [...text].map((c) => {
        const b = byte1251.get(c);
        if (b === undefined) throw new Error(`no Windows-1251 byte for ${c}`);
        return b;
      }),
    );
  const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const utf8 = (text: string) => Buffer.from(text, 'utf8');

  /** The CSV text again with another separator; fields holding a separator, a quote or a line break are quoted. */
  function withSeparator(text: string, sep: string): string {
    const quote = (f: string) => (/[",;\t\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    return `${parseCsv(text)
      .map((r) => r.map(quote).join(sep))
      .join('\r\n')}\r\n`;
  }

  /** data/north-2024 with every CSV written in an encoding and a separator. */
  function northAs(encode: (text: string) => Buffer, sep: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'mm-enc-'));
    cpSync('data/north-2024', dir, { recursive: true });
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')))
      writeFileSync(join(dir, f), encode(withSeparator(readFileSync(join(dir, f), 'utf8'), sep)));
    return dir;
  }

  const expected = importCsvFolder('data/north-2024');
  test.each([
    ['Windows-1251', '«;»', win1251, ';'],
    ['Windows-1251', 'табуляция', win1251, '\t'],
    ['UTF-16LE с BOM', 'табуляция', utf16le, '\t'],
    ['UTF-16BE с BOM', '«;»', utf16be, ';'],
    ['UTF-8 с BOM', '«;»', utf8bom, ';'],
    ['UTF-8 без BOM', 'табуляция', utf8, '\t'],
  ])('%s, разделитель %s: the same settings and values as the UTF-8 «,» folder', (_enc, _sep, encode, sep) => {
    expect(importCsvFolder(northAs(encode, sep))).toEqual(expected);
  });

  test('a decimal comma inside a «;» file is a number (79,2), not two fields', () => {
    const dir = northAs(win1251, ';');
    const file = join(dir, 'indicators_2023_2024.csv');
    const text = new TextDecoder('windows-1251').decode(readFileSync(file)).replace('Заречный район;10;15', 'Заречный район;10,5;15');
    writeFileSync(file, win1251(text));
    expect(importCsvFolder(dir).reports['Заречный район'].indicators!['2']).toEqual({ prev: 10.5, cur: 15 });
  });

  test('an error in a converted file says how it was read', () => {
    const dir = northAs(win1251, ';');
    const file = join(dir, 'forms_general_schools.csv');
    writeFileSync(file, Buffer.concat([readFileSync(file), win1251('Лишний район;1;2\r\n')]));
    const lines = readFileSync(file).toString('latin1').split('\n').length - 1;
    expect(() => importCsvFolder(dir)).toThrow(
      new InputError(
        `${file}, строка ${lines}: число полей в строке не совпадает с заголовком (прочитан как Windows-1251, разделитель «;»).`,
      ),
    );
  });

  test('a header with as many «;» as «,» is refused naming both', () => {
    expect(() => parseCsv('municipality;orgs_total,x\n', 'forms.csv')).toThrow(
      new InputError(
        'forms.csv, строка 1: в заголовке поровну разделителей «,» и «;» (по 1) — не понять, чем разделены столбцы. Оставьте один разделитель.',
      ),
    );
  });

  test('a header split by «|» is read as one column: the missing column is named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-enc-'));
    cpSync('data/north-2024', dir, { recursive: true });
    const file = join(dir, 'forms_general_schools.csv');
    writeFileSync(file, 'municipality|orgs_total\nЗаречный район|3\n');
    expect(() => importCsvFolder(dir)).toThrow(new InputError(`${file}: нет столбца «municipality», «orgs_total».`));
  });

  const SAVE = 'Сохраните файл как «CSV UTF-8 (разделитель — запятая)».';
  const refusals: Array<[string, Buffer, string]> = [
    [
      'UTF-16 without a BOM',
      Buffer.from('municipality,orgs_total\n', 'utf16le'),
      `f.csv: похоже на UTF-16 без метки порядка байтов (BOM) — кодировку не определить. ${SAVE}`,
    ],
    [
      'a UTF-8 BOM over Windows-1251 bytes (the error names the line)',
      Buffer.concat([utf8bom('municipality,orgs_total\n'), win1251('Заречный район,3\n')]),
      `f.csv, строка 2: файл помечен как UTF-8 (BOM), но байты на этой строке — не UTF-8. ${SAVE}`,
    ],
    [
      'KOI8-R (the letters of Windows-1251 upside down in case)',
      // «Заречный район» in KOI8-R: lowercase letters sit at C0–DF, where Windows-1251 has capitals.
      Buffer.concat([utf8('municipality,orgs_total\n'), Buffer.from([0xfa, 0xc1, 0xd2, 0xc5, 0xde, 0xce, 0xd9, 0xca, 0x2c, 0x33, 0x0a])]),
      `f.csv: файл не в UTF-8 и, судя по буквам, не в Windows-1251 (возможно, KOI8-R) — кодировку не определить. ${SAVE}`,
    ],
    [
      'a byte Windows-1251 does not define (0x98)',
      Buffer.concat([utf8('municipality,orgs_total\n'), win1251('Заречный'), Buffer.from([0x98, 0x2c, 0x33, 0x0a])]),
      `f.csv, строка 2: файл не в UTF-8 и не в Windows-1251 — кодировку не определить. ${SAVE}`,
    ],
  ];
  test.each(refusals)('%s is refused naming the file and what was found', (_case, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-enc-'));
    cpSync('data/north-2024', dir, { recursive: true });
    writeFileSync(join(dir, 'forms_general_schools.csv'), bytes);
    expect(() => importCsvFolder(dir)).toThrow(new InputError(message.replace('f.csv', join(dir, 'forms_general_schools.csv'))));
  });
});

describe('numbers of the settings files are numbers', () => {
  const catalogWith = (edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-plan-'));
    cpSync('data/north-2024', dir, { recursive: true });
    const file = join(dir, 'indicator_catalog.csv');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return { dir, file };
  };

  test.each(['30%', 'пятьдесят', '1e999'])('a plan of «%s» is refused with the file, the line and the column', (typed) => {
    const { dir, file } = catalogWith((t) => t.replace('1,share,percent,30,40,', `1,share,percent,${typed},40,`));
    expect(() => importCsvFolder(dir)).toThrow(
      new InputError(
        `${file}, строка 2, столбец «plan_2023»: план «${typed}» — ожидается число (например, 30 или 30,5), без знака «%» и без слов.`,
      ),
    );
  });

  test('a leader threshold in words and a target with «%» are refused the same way', () => {
    const { dir, file } = catalogWith((t) => t.replace(',50,,,,доля обучающихся 5-11', ',половина,,,,доля обучающихся 5-11'));
    expect(() => importCsvFolder(dir)).toThrow(
      `${file}, строка 2, столбец «leader_above»: порог лидеров «половина» — ожидается число (например, 30 или 30,5), без знака «%» и без слов.`,
    );
    const forms = join(dir, 'forms.csv');
    cpSync('data/north-2024/indicator_catalog.csv', file);
    writeFileSync(forms, readFileSync(forms, 'utf8').replace(',80,', ',80%,'));
    expect(() => importCsvFolder(dir)).toThrow(
      `${forms}, строка 3, столбец «target_percent»: цель «80%» — ожидается число (например, 30 или 30,5), без знака «%» и без слов.`,
    );
  });
});

describe('texts longer than a Sheets cell (50 000 characters, Google Drive Help «Files you can store in Google Drive»)', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-long-'));
    cpSync('data/north-2024', dir, { recursive: true });
    return dir;
  };

  test("one text over the limit is refused with the file, the line and the column, not with Sheets' English later", () => {
    const dir = folder();
    const file = join(dir, 'examples.csv');
    writeFileSync(file, `municipality,form,text\nг. Полярный,student_student,${'я'.repeat(50_001)}\n`);
    expect(() => importCsvFolder(dir)).toThrow(
      new InputError(
        `${file}, строка 2: в столбце «text» 50\u00a0001 знаков, а ячейка Google Таблицы вмещает не больше 50\u00a0000. Сократите текст.`,
      ),
    );
  });

  test('examples of one unit and form that together pass the limit are refused at the line that passes it', () => {
    const dir = folder();
    const file = join(dir, 'examples.csv');
    const row = `г. Полярный,student_student,${'я'.repeat(30_000)}\n`;
    writeFileSync(file, `municipality,form,text\n${row}${row}`);
    expect(() => importCsvFolder(dir)).toThrow(
      new InputError(
        `${file}, строка 3: у примеров «г. Полярный» по форме «student_student» вместе 60\u00a0001 знаков, а ячейка Google Таблицы вмещает не больше 50\u00a0000. Сократите текст.`,
      ),
    );
  });
});

test("official_YYYY in the catalogue is the region's published value («Значение региона ГГГГ»); «29,05%» is refused", () => {
  const { settings } = importCsvFolder('data/tomsk-2021');
  expect(settings.indicators.map((i) => [i.id, i.official])).toEqual([
    ['1', { 2020: 25.25, 2021: 29.05 }],
    ['2', { 2020: 17.2, 2021: 26.03 }],
    ...['3', '4', '5', '6', '7', '8'].map((id) => [id, {}]),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'mm-csv-'));
  cpSync('data/tomsk-2021', dir, { recursive: true });
  const file = join(dir, 'indicator_catalog.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace(',25.25,29.05', ',25.25,29.05%'));
  expect(() => importCsvFolder(dir)).toThrow(
    `${file}, строка 2, столбец «official_2021»: значение региона «29.05%» — ожидается число (например, 30 или 30,5), без знака «%» и без слов.`,
  );
});
