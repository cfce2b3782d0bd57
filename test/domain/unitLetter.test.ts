import { analyze } from '../../src/workbook/analyze';
import { unitLetters } from '../../src/domain/unitLetter';
import { sampleGrids } from '../helpers/grids';

const g = sampleGrids();
const a = analyze(g.settingsValues, g.tabs);
const d = unitLetters(a.settings, a.summary);

test('dump', () => {
  for (const l of d.letters.slice(0, 3)) {
    console.log(l.fileName, JSON.stringify(l.note, null, 1), JSON.stringify(l.tables[0]?.body.map((r) => r.map((c) => c.text))));
  }
});
