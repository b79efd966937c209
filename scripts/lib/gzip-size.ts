import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
