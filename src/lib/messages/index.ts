/**
 * Every area of the message catalogue, by name: a message's id is `<area>.<entry>` (`validator.emptyFile`).
 * tests/unit/messages-speak-both-languages.test.ts walks this list.
 */
import type { Catalogue } from './catalogue.ts';
import { archiveMessages } from './archive.ts';
import { buildMessages } from './build.ts';
import { cliMessages } from './cli.ts';
import { configMessages } from './config.ts';
import { importerMessages } from './importer.ts';
import { regionMessages } from './regions.ts';
import { schemaMessages } from './schema.ts';
import { validatorMessages } from './validator.ts';
import { workbookMessages } from './workbook.ts';

export const catalogue: Record<string, Catalogue> = {
  archive: archiveMessages,
  build: buildMessages,
  cli: cliMessages,
  config: configMessages,
  importer: importerMessages,
  region: regionMessages,
  schema: schemaMessages,
  validator: validatorMessages,
  workbook: workbookMessages,
};

/** Every message id in the catalogue. */
export function messageIds(): string[] {
  return Object.entries(catalogue).flatMap(([area, entries]) => Object.keys(entries).map((k) => `${area}.${k}`));
}
