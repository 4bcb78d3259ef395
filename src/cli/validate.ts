/** Checks a report against `report.schema.json`, generated from the TypeScript types. */
import Ajv from 'ajv';
import schema from '../report.schema.json';

let compiled: ReturnType<Ajv['compile']> | null = null;

/** The schema violations of a report (any value: it may come from another tool); empty when it conforms. */
export function validateReport(report: unknown): string[] {
  if (!compiled) compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (compiled(report)) return [];
  return (compiled.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
}
