// The CLI's commands and options as one table: parsed strictly with Node's util.parseArgs, and the usage text made from it.
import { parseArgs } from 'node:util';
import { InputError } from './inputError';

interface OptionDef {
  /** A string option's value as the usage shows it (FILE.xlsx); a boolean option has none. */
  value?: string;
  required?: boolean;
  /** A file the command writes: it may not name an input or another output (see outputPaths.ts). */
  output?: boolean;
}

interface CommandDef {
  /** The positional arguments as the usage shows them. */
  positionals: string[];
  /** The last positional may be given more than once (at least once). */
  repeated?: boolean;
  options: Record<string, OptionDef>;
  help: string;
}

/** Every command and its options. An option is one line here: `docx: { value: 'NOTE.docx' }`. */
const COMMANDS: Record<string, CommandDef> = {
  template: {
    positionals: [],
    options: { out: { value: 'FILE.xlsx', required: true, output: true }, data: { value: 'DIR' }, year: { value: 'ГГГГ' } },
    help: 'новая таблица: «Настройки» и «Инструкция»; с --data — заполненная из папки CSV (формат data/tomsk-2021)',
  },
  tabs: {
    positionals: ['FILE.xlsx'],
    options: { out: { value: 'RESULT.xlsx', output: true } },
    help: 'вкладки единиц из списка на вкладке «Настройки» (как меню «Создать вкладки»); без --out файл дополняется',
  },
  check: {
    positionals: ['FILE.xlsx'],
    options: { json: { value: 'FINDINGS.json', output: true } },
    help: 'проверка данных: каждое замечание одной строкой; код выхода 1, если есть ошибки',
  },
  build: {
    positionals: ['FILE.xlsx'],
    options: {
      out: { value: 'RESULT.xlsx', required: true, output: true },
      json: { value: 'SUMMARY.json', output: true },
      html: { value: 'REPORT.html', output: true },
      docx: { value: 'NOTE.docx', output: true },
      stats: {},
    },
    help: 'сводка: таблицы, справка, рекомендации; --docx — справка с таблицами 1–3 в Word; входной файл не меняется',
  },
  letters: {
    positionals: ['FILE.xlsx'],
    options: { out: { value: 'DIR', required: true, output: true } },
    help: 'письма единицам: по файлу Word на каждую («Письмо — Асиновский район.docx») с её показателями, местом и рекомендациями',
  },
  status: {
    positionals: ['FILE.xlsx'],
    options: { json: { value: 'STATUS.json' } },
    help: 'ход сбора: состояние каждой единицы (не начат, заполняется, сдан, есть ошибки…); код выхода 1, пока не все сдали',
  },
  split: {
    positionals: ['FILE.xlsx'],
    options: { out: { value: 'DIR', required: true } },
    help: 'файл .xlsx на каждую единицу отчёта: её вкладка и «Инструкция», всё, кроме жёлтых ячеек, защищено',
  },
  collect: {
    positionals: ['FILE.xlsx', 'FILE|DIR'],
    repeated: true,
    options: { out: { value: 'RESULT.xlsx', required: true, output: true }, force: {} },
    help: 'возвращённые файлы единиц — в таблицу (только значения жёлтых ячеек); чужие и испорченные файлы не берёт; код выхода 1, если какой-то файл не взят; --force заменяет и принятые отчёты',
  },
  sample: {
    positionals: [],
    options: { out: { value: 'DIR' } },
    help: 'всё сразу на встроенном примере (Томская область, 2020–2021): то, что делает npm start',
  },
  'addon-dist': {
    positionals: [],
    options: {},
    help: 'папка dist-addon/ для публикации как дополнение (npm run push:addon)',
  },
};

function synopsis(name: string, c: CommandDef): string {
  const opts = Object.entries(c.options).map(([key, o]) => {
    const text = `--${key}${o.value ? ` ${o.value}` : ''}`;
    return o.required ? text : `[${text}]`;
  });
  return ['mentor-monitor', name, ...c.positionals, ...(c.repeated ? ['...'] : []), ...opts].join(' ');
}

export const USAGE = [
  'Мониторинг наставничества — локальный запуск дополнения',
  '',
  ...Object.entries(COMMANDS).flatMap(([name, c]) => [`  ${synopsis(name, c)}`, `      ${c.help}`]),
  '',
  'Значение можно писать и через «=»: --out=result.xlsx.',
  'Коды выхода: 0 — готово, 1 — в данных есть ошибки (check), не все сдали (status), не все файлы взяты (collect), 2 — неверный вызов или входной файл.',
].join('\n');

export interface Invocation {
  command: string;
  positionals: string[];
  /** String options by name; a boolean option is 'true' when given. */
  values: Record<string, string | boolean | undefined>;
}

/** The files a call writes through its options, as «--json» and the path given. */
export function outputsOf(inv: Invocation): Array<{ option: string; path: string }> {
  const def = COMMANDS[inv.command];
  if (!def) return [];
  return Object.entries(def.options)
    .filter(([key, o]) => o.output && typeof inv.values[key] === 'string')
    .map(([key]) => ({ option: `--${key}`, path: inv.values[key] as string }));
}

/** The option a util.parseArgs error is about ('--htm'), taken from its message. */
function optionIn(message: string): string {
  return /'(-[^' <]+)/.exec(message)?.[1] ?? '';
}

/** Parses argv strictly; a wrong call throws an InputError (exit code 2) in Russian that names the option or value. */
export function parseInvocation(argv: string[]): Invocation {
  const [command = 'help', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return { command: 'help', positionals: [], values: {} };
  const def = COMMANDS[command];
  if (!def) throw new InputError(`Неизвестная команда «${command}».\n\n${USAGE}`);
  const usage = `Вызов: ${synopsis(command, def)}`;
  const options = Object.fromEntries(
    Object.entries(def.options).map(([key, o]) => [key, { type: o.value ? ('string' as const) : ('boolean' as const) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = optionIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const known =
        Object.keys(def.options)
          .map((k) => `--${k}`)
          .join(', ') || 'нет';
      throw new InputError(`Неизвестный параметр ${option} у команды ${command} (допустимые: ${known}).\n${usage}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const isBoolean = option && !def.options[option.replace(/^-+/, '')]?.value;
      throw new InputError(
        isBoolean
          ? `Параметр ${option} пишется без значения.\n${usage}`
          : `После ${option} нужно значение: ${option} ${def.options[option.replace(/^-+/, '')]?.value ?? ''}.\n${usage}`,
      );
    }
    throw new InputError(`${message}\n${usage}`);
  }
  const positionals = parsed.positionals;
  if (positionals.length > def.positionals.length && !def.repeated) {
    const extra = positionals
      .slice(def.positionals.length)
      .map((p) => `«${p}»`)
      .join(', ');
    throw new InputError(`Лишний аргумент ${extra} у команды ${command}.\n${usage}`);
  }
  if (positionals.length < def.positionals.length)
    throw new InputError(`Укажите ${def.positionals.slice(positionals.length).join(' ')}.\n${usage}`);
  for (const [key, o] of Object.entries(def.options)) {
    if (o.required && parsed.values[key] === undefined) throw new InputError(`Укажите --${key} ${o.value}.\n${usage}`);
  }
  return { command, positionals, values: parsed.values as Invocation['values'] };
}
