// `npm run bench` exits non-zero when a target fails: the list it judges by, on target and continuation lines made by hand.
import { type ContinuationLine, misses, type TargetLine } from '../../../src/local/bench/targets';

const target = (status: TargetLine['status'], name: string): TargetLine => ({ status, target: name, detail: '' });
const run = (units: number, everyRunFits: boolean): ContinuationLine => ({
  units,
  action: 'сводка',
  modelledMs: 1,
  needsContinuation: !everyRunFits,
  runs: 1,
  runModelledMs: [1],
  everyRunFits,
});

test('all targets met and every run within its share: nothing to fail on', () => {
  expect(misses([target('PASS', 'a'), target('INFO', 'b')], [run(20, true)])).toEqual([]);
});

test('a failed target or a run over 5 minutes is named', () => {
  expect(misses([target('PASS', 'a'), target('FAIL', 'модельное время ≤ 10 с')], [run(2000, false)])).toEqual([
    'модельное время ≤ 10 с',
    'сводка, 2000 единиц: запуск дольше 5 минут',
  ]);
});
