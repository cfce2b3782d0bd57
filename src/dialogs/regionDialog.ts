// The «Передать в регион» dialog page (bundled for the browser into dist/RegionDialog.html): asks Apps Script for the rolled-up
// report (over several runs on a large workbook), says what is handed in, then writes the .xlsx in the browser and downloads it.
/// <reference lib="dom" />
import type { RegionHandoff } from '../domain/regionHandoff';
import { offerFile, runDialog, type ScriptRun, say } from './dialogPage';
import { regionXlsx } from '../documents/regionXlsx';

declare const google: { script: { run: ScriptRun } };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The dialog's sentences as a list, and the button that saves the file once they are read. */
export function offerHandoff(data: RegionHandoff): Promise<void> {
  say('Проверьте, что передаётся, и сохраните файл.');
  const list = document.createElement('ul');
  for (const line of data.lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.appendChild(item);
  }
  const save = document.createElement('button');
  save.textContent = `Сохранить файл для региона: ${data.fileName}`;
  save.onclick = () => {
    const file = new Blob([regionXlsx(data)], { type: XLSX_TYPE });
    offerFile(file, data.fileName, 'Файл скачивается. Отправьте его в региональный центр: он принимает файл командой collect.');
  };
  document.getElementById('status')!.after(list, save);
  return Promise.resolve();
}

runDialog<RegionHandoff>({
  ask: (success, failure) => google.script.run.withSuccessHandler(success).withFailureHandler(failure).regionHandoff(),
  mode: 'handoff',
  starting: 'Свожу отчёты школ муниципалитета…',
  noData: 'Не удалось получить данные для региона.',
  dataOf: (answer) => answer.handoff,
  offer: offerHandoff,
});
