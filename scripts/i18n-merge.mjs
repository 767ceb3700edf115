#!/usr/bin/env node
// Sets keys in the dictionaries (src/content/i18n/<lang>.json) from a patch file shaped
// {"en": {key: text}, "ru": {...}, "ja": {...}}; a null value deletes the key. Existing keys keep their
// place, new keys are appended. Usage: node scripts/i18n-merge.mjs patch.json [more.json ...]
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/content/i18n/', import.meta.url);
for (const file of process.argv.slice(2)) {
  const patch = JSON.parse(readFileSync(file, 'utf8'));
  for (const [lang, entries] of Object.entries(patch)) {
    const path = new URL(`${lang}.json`, dir);
    const dict = JSON.parse(readFileSync(path, 'utf8'));
    for (const [key, text] of Object.entries(entries)) {
      if (text === null) delete dict[key];
      else dict[key] = text;
    }
    writeFileSync(path, `${JSON.stringify(dict, null, 2)}\n`);
    console.log(`${file}: ${lang} ${Object.keys(entries).length} keys`);
  }
}
