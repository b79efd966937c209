import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument, serializeOpenApiDocument } from './lib/openapi.js';

writeFileSync('openapi.json', serializeOpenApiDocument(buildOpenApiDocument()));
console.log('wrote openapi.json');
