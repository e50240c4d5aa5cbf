// Rewrites the URL parameter table in README.md from the settings table (npm run docs).
import { readFileSync, writeFileSync } from 'node:fs';
import { parameterTableMarkdown } from '../src/lib/scenario/parameterTable';
import { replaceGenerated } from './readmeSection';

const path = new URL('../README.md', import.meta.url);
writeFileSync(path, replaceGenerated(readFileSync(path, 'utf8'), parameterTableMarkdown()));
console.log('README.md parameter table updated');
