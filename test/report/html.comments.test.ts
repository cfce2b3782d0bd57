// The note's appendix of the coordinators' comments in the printable report: heading, the words as typed, escaped.
import { renderReportHtml } from '../../src/report/html';
import { analyze } from '../../src/workbook/analyze';
import { sampleGrids, workbookGrids } from '../helpers/grids';

test('the report prints the appendix «Пояснения муниципалитетов …» with each comment escaped, under its unit', () => {
  const { settings, reports } = sampleGrids();
  reports['Асиновский район'].indicators!['4'] = { prev: 3, cur: '', comment: 'Данные <b>ГИР</b> & «Одарённые дети» недоступны' };
  const g = workbookGrids(settings, reports);
  const html = renderReportHtml(analyze(g.settingsValues, g.tabs), { date: new Date(2026, 11, 1) }).replace(/\u00a0/g, ' ');
  expect(html).toContain(
    '<h3>Приложение 3. Пояснения муниципалитетов к представленным сведениям</h3>\n<p>Асиновский район:</p>\n' +
      '<p>показатель № 4 «число обучающихся — участников высокорейтинговых мероприятий» (сведения за 2021 г. не представлены): ' +
      '«Данные &lt;b&gt;ГИР&lt;/b&gt; &amp; „Одарённые дети“ недоступны».</p>',
  );
  expect(html).not.toContain('<b>ГИР</b>');
});
