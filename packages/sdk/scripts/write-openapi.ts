// Writes docs/openapi.json from the contract: `npm run openapi`. Run it after changing a schema or
// an operation; packages/sdk/test/openapi.node.test.ts fails while the committed copy is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { createOpenApiDocument } from '@customer-center/sdk/openapi';

const target = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));
// 2-space JSON with a final newline, laid out as Prettier would (so `prettier --check .` passes).
const json = `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`;
const formatted = await format(json, { ...(await resolveConfig(target)), filepath: target });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, formatted);
process.stdout.write(`Wrote ${target}\n`);
