/** Every command of the CLI, one module each. Add a command here and in its own file. */
import type { CommandModule } from '../context.js';
import { compareCommand } from './compare.js';
import { diffCommand } from './diff.js';
import { explainCommand } from './explain.js';
import { fixCommand } from './fix.js';
import { initCommand } from './init.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules.js';
import { sectionsCommand } from './sections.js';
import { textCommand } from './text.js';

export const COMMANDS: CommandModule[] = [
  lintCommand,
  textCommand,
  sectionsCommand,
  diffCommand,
  compareCommand,
  rulesCommand,
  explainCommand,
  fixCommand,
  initCommand,
];
